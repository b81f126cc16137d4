using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CityToken.Api.Identity;
using CityToken.Contracts.CredentialRegistry.ContractDefinition;
using Nethereum.Util;

namespace CityToken.Api.Credentials;

/// <summary>The filters of a credential list (all optional): did, status, type, and the page.</summary>
public sealed record CredentialQuery(string? Did = null, string? Status = null, string? Type = null, string? Cursor = null, int? Limit = null);

/// <summary>
/// Credential issuance and revocation by registrars, sent to CredentialRegistry through the transaction outbox; staff
/// list and filter, a resident sees the credentials of their own address. Used by /api/credentials and the dashboard.
/// </summary>
public sealed partial class CredentialService(
    CityTokenDb db, TransactionOutbox outbox, ChainGateway chain, CredentialTypes types, PersonKeyDeriver personKeys,
    IOptions<ChainOptions> chainOptions, TimeProvider time)
{
    /// <summary>Stages the issue of a credential; the same idempotency key from the same staff key answers the first request again.</summary>
    public async Task<Outcome<CredentialView>> IssueAsync(IssueCredentialRequest body, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        EthrDid? did = null;
        if (string.IsNullOrWhiteSpace(body.Did))
        {
            errors["did"] = ["Required: a did:ethr of this chain (did:ethr:0x7a69:0x… or did:ethr:0x…)."];
        }
        else if (!EthrDid.TryParse(body.Did.Trim(), chainOptions.Value.ChainId, out did, out var didError))
        {
            errors["did"] = [didError!.Message];
        }
        else if (did!.Address == Hex.ZeroAddress)
        {
            errors["did"] = ["The zero address is not an identity."];
        }
        if (!types.IsKnown(body.Type))
        {
            errors["type"] = [$"Must be one of: {string.Join(", ", types.Names)}."];
        }
        if (!PersonKeyDeriver.TryNormalize(body.OfficialId, out var officialId, out var officialIdError))
        {
            errors["officialId"] = [officialIdError];
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        long expiresAt = 0;
        if (!TryParseTime(body.ExpiresAt, out var expiry))
        {
            errors["expiresAt"] = ["Required: an ISO 8601 date-time, e.g. 2030-01-31T00:00:00Z."];
        }
        else if ((expiresAt = expiry.ToUnixTimeSeconds()) <= now)
        {
            errors["expiresAt"] = [$"Must be in the future (the chain's time is {ChainClock.ToTime(now):O})."];
        }
        if (body.IdempotencyKey is { } clientKey && !IdempotencyKeyPattern().IsMatch(clientKey))
        {
            errors["idempotencyKey"] = ["Optional; when given, 1 to 100 characters among letters, digits and . _ : -"];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The credential request is not valid.");
        }
        var registry = RegistryAddress();
        if (!registry.Succeeded)
        {
            return registry.Problem;
        }

        var personKey = personKeys.Derive(officialId);
        var typeName = body.Type!;
        var data = new JsonObject
        {
            ["credentialType"] = typeName,
            ["subject"] = did!.Did,
            ["expiresAt"] = DidDocumentBuilder.IsoTime(expiresAt),
        }.ToJsonString();
        var dataHash = Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(data));
        // A client's idempotency key names the request (per staff key, so two registrars' keys never collide);
        // without one, every request is new.
        var requestKey = body.IdempotencyKey is { } idempotencyKey
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{caller.StaffKeyId?.ToString(CultureInfo.InvariantCulture) ?? caller.Name}\n{idempotencyKey}")))
            : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var call = new IssueFunction
        {
            Subject = did.Address,
            CredentialType = CredentialTypes.HashBytesOf(typeName),
            PersonKey = personKey,
            ExpiresAt = (ulong)expiresAt,
            DataHash = dataHash,
            Uri = "",
        };
        var outboxRequest = TransactionOutbox.CallRequest(registry.Value, call, "credential-issue:" + requestKey, $"issue {typeName} credential to {did.Did}");
        OutboxEnqueueResult staged;
        try
        {
            staged = await outbox.StageAsync(db, outboxRequest, cancellationToken);
        }
        catch (OutboxConflictException)
        {
            return IdempotencyConflict(body.IdempotencyKey);
        }
        if (staged.Existing)
        {
            return await RepeatAsync(requestKey, now, cancellationToken);
        }
        var request = new CredentialRequest
        {
            RequestKey = requestKey,
            Did = did.Did,
            Subject = Hex.Address(did.Address),
            CredentialType = typeName,
            CredentialTypeHash = CredentialTypes.HashOf(typeName),
            PersonKey = Hex.Of(personKey),
            ExpiresAt = expiresAt,
            DataHash = Hex.Of(dataHash),
            Data = data,
            RequestedBy = caller.Name ?? "",
            RequestedAt = time.GetUtcNow(),
            IssueEntry = staged.Entry,
        };
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (body.IdempotencyKey is not null)
        {
            // A concurrent request with the same key was stored first: answer as its repeat (or a conflict).
            db.ChangeTracker.Clear();
            try
            {
                await outbox.StageAsync(db, outboxRequest, cancellationToken);
            }
            catch (OutboxConflictException)
            {
                return IdempotencyConflict(body.IdempotencyKey);
            }
            return await RepeatAsync(requestKey, now, cancellationToken);
        }
        outbox.Wake();
        return new CredentialRow { Request = request, Issue = staged.Entry }.Describe(now);
    }

    /// <summary>One credential request: staff see any, a resident only those of their own address (else not found).</summary>
    public async Task<Outcome<CredentialView>> GetAsync(string id, CurrentCaller caller, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var requestId))
        {
            return IdProblem();
        }
        var row = await CredentialRow.Query(db).Where(r => r.Request.Id == requestId).SingleOrDefaultAsync(cancellationToken);
        if (row is null || !MaySee(caller, row.Request))
        {
            return NotFound(requestId);
        }
        return row.Describe(await ChainClock.NowAsync(db, time, cancellationToken));
    }

    /// <summary>Stages the revocation of an issued credential; asking again answers the same revocation.</summary>
    public async Task<Outcome<CredentialView>> RevokeAsync(string id, CurrentCaller caller, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var requestId))
        {
            return IdProblem();
        }
        var row = await CredentialRow.Query(db).Where(r => r.Request.Id == requestId).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound(requestId);
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        if (row.Revoke is not null)
        {
            // Asked before: the same revocation, nothing sent twice.
            return row.Describe(now);
        }
        if (row.Credential is null)
        {
            var step = ChainStepView.StatusOf(row.Issue.Status);
            return Problem.Conflict("The credential is not on chain.",
                step is "reverted" or "failed"
                    ? $"Credential request {requestId} was never issued (its transaction {step}: {row.Issue.Error}); there is nothing to revoke."
                    : $"Credential request {requestId} is not on chain yet (issue transaction {step}); revoke it once it is (GET /api/credentials/{requestId} shows a credentialId).");
        }
        if (row.Credential.RevokedAt is not null)
        {
            return Problem.Conflict("The credential is already revoked.",
                $"Credential {row.Credential.Id} was already revoked ({(row.Credential.RevocationReason == 1 ? $"superseded by credential {row.Credential.SupersededBy}" : "by a registrar")}).");
        }
        var registry = RegistryAddress();
        if (!registry.Succeeded)
        {
            return registry.Problem;
        }
        var call = new RevokeFunction { CredentialId = row.Credential.Id };
        var staged = await outbox.StageCallAsync(db, registry.Value, call, "credential-revoke:" + row.Request.RequestKey,
            $"revoke credential {row.Credential.Id} ({row.Request.CredentialType}) of {row.Request.Did}", cancellationToken);
        var request = await db.Set<CredentialRequest>().SingleAsync(r => r.Id == requestId, cancellationToken);
        request.RevokeEntry = staged.Entry;
        request.RevokeRequestedBy = caller.Name ?? "";
        request.RevokeRequestedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        return (row with { Request = request, Revoke = staged.Entry }).Describe(now);
    }

    /// <summary>Credential requests, newest first, filtered; a resident (not staff) sees those of their own address only.</summary>
    public async Task<Outcome<CredentialPage>> ListAsync(CredentialQuery filter, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        long? before = null;
        if (filter.Cursor is not null)
        {
            if (TryParseId(filter.Cursor, out var position))
            {
                before = position;
            }
            else
            {
                errors["cursor"] = ["Not a cursor returned by this endpoint (use nextCursor of the previous page)."];
            }
        }
        var size = filter.Limit ?? 50;
        if (size is < 1 or > 200)
        {
            errors["limit"] = ["Must be between 1 and 200."];
        }
        var (query, now) = await FilterAsync(filter, caller, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The query is not valid.");
        }
        if (before is { } b)
        {
            query = query.Where(r => r.Request.Id < b);
        }
        var rows = await query.OrderByDescending(r => r.Request.Id).Take(size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        var items = rows.Take(size).Select(r => r.Describe(now)).ToList();
        return new CredentialPage(items, more ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>
    /// The requests the filters (did, status, type) select and the chain time their status is judged at; a resident's
    /// are their own only. The list and its CSV export share it; a bad filter adds to <paramref name="errors"/>.
    /// </summary>
    private async Task<(IQueryable<CredentialRow> Query, long Now)> FilterAsync(
        CredentialQuery filter, CurrentCaller caller, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        string? subject = null;
        if (filter.Did is not null)
        {
            if (EthrDid.TryParse(filter.Did, chainOptions.Value.ChainId, out var parsed, out var didError))
            {
                subject = Hex.Address(parsed!.Address);
            }
            else
            {
                errors["did"] = [didError!.Message];
            }
        }
        if (filter.Status is not null && !CredentialRow.Statuses.Contains(filter.Status, StringComparer.Ordinal))
        {
            errors["status"] = [$"Must be one of: {string.Join(", ", CredentialRow.Statuses)}."];
        }
        if (filter.Type is not null && !types.IsKnown(filter.Type))
        {
            errors["type"] = [$"Must be one of: {string.Join(", ", types.Names)}."];
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        var query = CredentialRow.Query(db);
        if (!caller.IsStaff)
        {
            // A resident: the credentials of their own address only.
            var own = Hex.Address(caller.OwnAddress ?? Hex.ZeroAddress);
            query = query.Where(r => r.Request.Subject == own);
        }
        if (subject is not null)
        {
            query = query.Where(r => r.Request.Subject == subject);
        }
        if (filter.Type is not null)
        {
            query = query.Where(r => r.Request.CredentialType == filter.Type);
        }
        return (CredentialRow.WithStatus(query, filter.Status, now), now);
    }

    /// <summary>The request stored under <paramref name="requestKey"/>, answered as the first time.</summary>
    private async Task<Outcome<CredentialView>> RepeatAsync(string requestKey, long now, CancellationToken cancellationToken)
    {
        var row = await CredentialRow.Query(db).Where(r => r.Request.RequestKey == requestKey).SingleAsync(cancellationToken);
        return row.Describe(now);
    }

    /// <summary>The registry's address in the current deployment, or the 503 problem of a missing deployment.</summary>
    private Outcome<string> RegistryAddress() =>
        ContractAddress.TryGet(chain, ContractNames.CredentialRegistry, out var registry, out var noDeployment)
            ? registry
            : noDeployment;

    private static bool MaySee(CurrentCaller caller, CredentialRequest request) =>
        caller.IsStaff || caller.OwnAddress is { } own && Hex.Address(own) == request.Subject;

    private static Problem IdempotencyConflict(string? key) => Problem.Conflict("Idempotency key already used.",
        $"The idempotency key '{key}' was already used for a different credential request.");

    private static bool TryParseTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static bool TryParseId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private static Problem IdProblem() =>
        Problem.Invalid(new Dictionary<string, string[]> { ["id"] = ["A credential request id is a positive integer."] }, "The credential id is not valid.");

    private static Problem NotFound(long id) =>
        Problem.NotFound("Unknown credential.", $"There is no credential request {id} (or it is not yours).");

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex IdempotencyKeyPattern();
}
