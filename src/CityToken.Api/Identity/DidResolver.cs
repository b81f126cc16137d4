using System.Text.Json.Nodes;
using CityToken.Api.Credentials;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace CityToken.Api.Identity;

/// <summary>A DID resolution result (W3C DID Resolution): document, document metadata, resolution metadata.</summary>
public sealed record DidResolutionResult(JsonObject? Document, JsonObject DocumentMetadata, DidResolutionError? Error)
{
    public bool Deactivated => DocumentMetadata["deactivated"]?.GetValue<bool>() == true;
}

/// <summary>
/// Resolves did:ethr DIDs of the configured chain from the identity projection (<see cref="DidEvent"/> rows written by
/// <see cref="DidRegistryProjection"/>): the latest document, or the document at a <c>versionId</c> (block number)
/// or <c>versionTime</c>.
/// </summary>
public sealed class DidResolver(CityTokenDb db, IOptions<ChainOptions> chainOptions, ChainGateway chain, TimeProvider time, CredentialTypes credentialTypes)
{
    private readonly long _chainId = chainOptions.Value.ChainId;

    /// <summary>Resolves <paramref name="didUrl"/> (a DID, optionally with <c>?versionId=</c> / <c>?versionTime=</c>).</summary>
    public async Task<DidResolutionResult> ResolveAsync(string didUrl, string? versionId, string? versionTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(didUrl);
        if (didUrl.Contains('#', StringComparison.Ordinal) || didUrl.Contains('/', StringComparison.Ordinal))
        {
            return Failed(DidResolutionError.InvalidDid($"{didUrl} is a DID URL with a path or fragment; this endpoint resolves DIDs."));
        }
        var did = didUrl;
        var query = didUrl.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            did = didUrl[..query];
            var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(didUrl[query..]);
            if (parameters.TryGetValue("versionId", out var id))
            {
                versionId = id.ToString();
            }
            if (parameters.TryGetValue("versionTime", out var t))
            {
                versionTime = t.ToString();
            }
        }
        if (!EthrDid.TryParse(did, _chainId, out var parsed, out var error))
        {
            return Failed(error!);
        }

        long? height = null;
        long? atTime = null;
        if (versionId is not null && versionTime is not null)
        {
            return Failed(DidResolutionError.InvalidOptions("Give versionId or versionTime, not both."));
        }
        if (versionId is not null)
        {
            if (!long.TryParse(versionId, NumberStyles.None, CultureInfo.InvariantCulture, out var block))
            {
                return Failed(DidResolutionError.InvalidOptions($"versionId must be a block number, not '{versionId}'."));
            }
            height = block;
        }
        if (versionTime is not null)
        {
            if (!DateTimeOffset.TryParse(versionTime, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                return Failed(DidResolutionError.InvalidOptions($"versionTime must be an ISO 8601 date-time, not '{versionTime}'."));
            }
            atTime = at.ToUnixTimeSeconds();
        }

        var history = await db.Set<DidEvent>().AsNoTracking()
            .Where(e => e.Identity == parsed!.Identity)
            .OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex)
            .ToListAsync(cancellationToken);

        long now;
        if (height is { } h)
        {
            var blockTime = await BlockTimeAsync(h, history, cancellationToken);
            if (blockTime is null)
            {
                return Failed(DidResolutionError.NotFound($"Block {h} (versionId) does not exist on chain {_chainId}."));
            }
            now = blockTime.Value;
        }
        else if (atTime is { } t)
        {
            now = t;
            height = history.Where(e => e.BlockTimestamp <= t).Select(e => e.BlockNumber).DefaultIfEmpty(0).Max();
        }
        else
        {
            now = time.GetUtcNow().ToUnixTimeSeconds();
        }

        var built = DidDocumentBuilder.Build(parsed!.Did, parsed.Address, parsed.PublicKeyHex, _chainId, history, height, now);
        var metadata = new JsonObject();
        if (built.Deactivated)
        {
            metadata["deactivated"] = true;
        }
        if (built.VersionId != 0)
        {
            metadata["versionId"] = built.VersionId.ToString(CultureInfo.InvariantCulture);
            metadata["updated"] = DidDocumentBuilder.IsoTime(history.First(e => e.BlockNumber == built.VersionId).BlockTimestamp);
        }
        if (built.NextVersionId is { } next)
        {
            metadata["nextVersionId"] = next.ToString(CultureInfo.InvariantCulture);
            metadata["nextUpdate"] = DidDocumentBuilder.IsoTime(history.First(e => e.BlockNumber == next).BlockTimestamp);
        }
        // Credentials are judged by the chain's clock (which may run ahead of the wall clock) for the latest version.
        var credentialsNow = versionId is null && versionTime is null ? await ChainClock.NowAsync(db, time, cancellationToken) : now;
        var credentials = await CredentialsAsync(parsed.Identity, credentialsNow, cancellationToken);
        if (credentials.Count > 0)
        {
            metadata["credentials"] = credentials;
        }
        return new DidResolutionResult(built.Document, metadata, null);
    }

    /// <summary>
    /// The credentials about the identity issued up to <paramref name="now"/>, with their status then. They go in the
    /// document metadata, not the document: a credential is a statement about the DID by a registrar, not a key or
    /// service of the DID, and the document stays equal to ethr-did-resolver's.
    /// </summary>
    private async Task<JsonArray> CredentialsAsync(string identity, long now, CancellationToken cancellationToken)
    {
        var records = await db.Set<CredentialRecord>().AsNoTracking()
            .Where(c => c.Subject == identity && c.IssuedAt <= now)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var prefix = "did:ethr:0x" + _chainId.ToString("x", CultureInfo.InvariantCulture) + ":";
        var list = new JsonArray();
        foreach (var c in records)
        {
            // A revocation after `now` (resolving an earlier version) is not known at that time.
            long? revokedAt = c.RevokedAt <= now ? c.RevokedAt : null;
            var entry = new JsonObject
            {
                ["id"] = c.Id,
                ["type"] = credentialTypes.NameOf(c.CredentialType),
                ["issuer"] = prefix + AddressUtil.Current.ConvertToChecksumAddress(c.Issuer),
                ["validFrom"] = DidDocumentBuilder.IsoTime(c.IssuedAt),
                ["validUntil"] = DidDocumentBuilder.IsoTime(revokedAt is { } revoked && revoked < c.ExpiresAt ? revoked : c.ExpiresAt),
                ["status"] = c.StatusAt(now),
            };
            if (revokedAt is { } at)
            {
                entry["revoked"] = DidDocumentBuilder.IsoTime(at);
            }
            list.Add(entry);
        }
        return list;
    }

    private static DidResolutionResult Failed(DidResolutionError error) => new(null, [], error);

    /// <summary>Time of a block: from the projection when any registry event sits in it, else from the chain.</summary>
    private async Task<long?> BlockTimeAsync(long blockNumber, List<DidEvent> history, CancellationToken cancellationToken)
    {
        var known = history.FirstOrDefault(e => e.BlockNumber == blockNumber)
            ?? await db.Set<DidEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.BlockNumber == blockNumber, cancellationToken);
        if (known is not null)
        {
            return known.BlockTimestamp;
        }
        var block = await chain.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new BlockParameter(new HexBigInteger(new BigInteger(blockNumber))));
        return block is null ? null : (long)block.Timestamp.Value;
    }
}
