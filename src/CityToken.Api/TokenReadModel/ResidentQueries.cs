using System.Buffers.Text;
using System.Text;
using System.Text.Json.Serialization;
using CityToken.Api.Ballots;
using CityToken.Api.Credentials;
using CityToken.Api.Redemptions;
using CityToken.Api.Rewards;
using Nethereum.Util;

namespace CityToken.Api.TokenReadModel;

/// <summary>GET /api/residents/{address}: what the index knows about a resident. Amounts are base units as decimal strings.</summary>
public sealed record ResidentResponse(
    string Address,
    string Did,
    string Balance,
    long? IndexedBlock,
    IReadOnlyList<ResidentCredential> Credentials,
    IReadOnlyList<ResidentVote> BallotsVoted);

/// <summary>
/// A credential about the resident's DID; <see cref="Status"/> is valid, expired, revoked or pending (computed now).
/// <see cref="Type"/> is the on-chain type (bytes32); <see cref="TypeName"/> its name when it is one of the city's types.
/// </summary>
public sealed record ResidentCredential(
    long Id, string Type, string? TypeName, string Status, string Issuer, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, string? RevocationReason, long? SupersededBy, string TransactionHash, long BlockNumber);

/// <summary>A ballot the resident's DID voted in.</summary>
public sealed record ResidentVote(long BallotId, int Option, string TransactionHash, long BlockNumber, DateTimeOffset Time);

/// <summary>One page of history, newest first; pass <see cref="NextCursor"/> as <c>cursor</c> for the next page (null at the end).</summary>
public sealed record HistoryPage(string Address, IReadOnlyList<HistoryEntry> Items, string? NextCursor);

/// <summary>
/// One token movement of the resident. <see cref="Kind"/>: reward (minted by a reward batch), mint (other mint),
/// received, sent, redemption (paid for a catalog reward), burn. <see cref="Direction"/>: in or out.
/// <see cref="For"/> says what it was for (the reward programs, or catalog reward and quantity). Everyone sees what
/// the chain shows plus the programs' names; the civic actions a reward paid for (<see cref="Actions"/>: quantities,
/// categories, the reporters' ids) are private: listed only for the resident signed in, admins and auditors, and
/// left out of the answer otherwise.
/// </summary>
public sealed record HistoryEntry(
    string Kind, string Direction, string Amount, string? Counterparty, string TransactionHash, long BlockNumber, int LogIndex,
    DateTimeOffset Time, string? For, string? BatchId, long? RedemptionId, long? RewardId, string? Quantity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RewardedAction>? Actions = null);

/// <summary>A civic action a reward paid for (its amount is part of the reward's amount).</summary>
public sealed record RewardedAction(long Id, string Program, string ExternalId, string Quantity, string? Category, string Amount, DateTimeOffset OccurredAt);

/// <summary>Reads of the resident projections (no chain access).</summary>
public static class ResidentQueries
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>did:ethr with the chain id in hex (did:ethr:0x7a69:0x… on Hardhat), the form ethr-did-resolver names networks by.</summary>
    public static string DidOf(string checksumAddress, long chainId) =>
        $"did:ethr:0x{chainId.ToString("x", CultureInfo.InvariantCulture)}:{checksumAddress}";

    public static async Task<ResidentResponse> GetResidentAsync(CityTokenDb db, string address, long chainId, TimeProvider time,
        CredentialTypes types, CancellationToken cancellationToken)
    {
        var key = Hex.Address(address);
        var balance = await db.Set<TokenBalance>().Where(b => b.Address == key).Select(b => b.Balance).FirstOrDefaultAsync(cancellationToken) ?? "0";
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        var credentials = (await db.Set<CredentialRecord>().AsNoTracking().Where(c => c.Subject == key).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => new ResidentCredential(c.Id, c.CredentialType, types.NameOf(c.CredentialType) is var name && name != c.CredentialType ? name : null, c.StatusAt(now), Checksum(c.Issuer),
                ChainClock.ToTime(c.IssuedAt), ChainClock.ToTime(c.ExpiresAt), c.RevokedAt is { } r ? ChainClock.ToTime(r) : null,
                c.RevocationReason switch { null => null, 1 => "superseded", _ => "revoked" }, c.SupersededBy, c.IssuedTransaction, c.IssuedBlock))
            .ToList();
        var votes = (await db.Set<VoteRecord>().AsNoTracking().Where(v => v.Voter == key).OrderBy(v => v.BallotId).ToListAsync(cancellationToken))
            .Select(v => new ResidentVote(v.BallotId, v.Option, v.TransactionHash, v.BlockNumber, ChainClock.ToTime(v.BlockTime)))
            .ToList();
        return new ResidentResponse(address, DidOf(address, chainId), balance, await ChainClock.IndexedBlockAsync(db, cancellationToken), credentials, votes);
    }

    /// <summary>
    /// A page of the resident's history; <paramref name="withActionDetails"/> (the resident, an admin or an auditor
    /// asks) lists each reward's civic actions, otherwise a reward names only its programs.
    /// </summary>
    public static async Task<HistoryPage> GetHistoryAsync(CityTokenDb db, string address, (long Block, int LogIndex)? before, int limit,
        bool withActionDetails, CancellationToken cancellationToken)
    {
        var key = Hex.Address(address);
        var query = db.Set<TokenTransfer>().AsNoTracking().Where(t => t.From == key || t.To == key);
        if (before is { } c)
        {
            query = query.Where(t => t.BlockNumber < c.Block || (t.BlockNumber == c.Block && t.LogIndex < c.LogIndex));
        }
        var transfers = await query.OrderByDescending(t => t.BlockNumber).ThenByDescending(t => t.LogIndex).Take(limit + 1).ToListAsync(cancellationToken);
        var more = transfers.Count > limit;
        if (more)
        {
            transfers.RemoveAt(transfers.Count - 1);
        }
        var txs = transfers.Select(t => t.TransactionHash).Distinct().ToList();
        var batches = await db.Set<RewardBatch>().AsNoTracking().Where(b => txs.Contains(b.TransactionHash)).ToDictionaryAsync(b => b.TransactionHash, cancellationToken);
        var rewarded = await RewardedActionsAsync(db, Checksum(key), batches.Values.Select(b => b.BatchId).ToList(), cancellationToken);
        var redemptions = (await db.Set<Redemption>().AsNoTracking().Where(r => txs.Contains(r.TransactionHash) && r.Resident == key).ToListAsync(cancellationToken))
            .GroupBy(r => r.TransactionHash).ToDictionary(g => g.Key, g => g.OrderBy(r => r.LogIndex).ToList());
        // The catalog takes the payment and passes it on to the merchant in the same transaction: that payout names the merchant.
        // Transfers are keyed by block: read the redemptions' blocks, keep their transactions.
        var redemptionBlocks = redemptions.Values.SelectMany(r => r).Select(r => r.BlockNumber).Distinct().ToList();
        var payouts = (await db.Set<TokenTransfer>().AsNoTracking()
                .Where(p => redemptionBlocks.Contains(p.BlockNumber) && p.From != key)
                .OrderBy(p => p.LogIndex).ToListAsync(cancellationToken))
            .Where(p => redemptions.ContainsKey(p.TransactionHash))
            .ToList();

        var items = transfers.Select(t =>
        {
            var incoming = t.To == key && t.From != key;
            var time = ChainClock.ToTime(t.BlockTime);
            if (t.From == Hex.ZeroAddress)
            {
                return batches.TryGetValue(t.TransactionHash, out var batch)
                    ? Reward(t, time, batch.BatchId, rewarded[batch.BatchId].ToList(), withActionDetails)
                    : new HistoryEntry("mint", "in", t.Amount, null, t.TransactionHash, t.BlockNumber, t.LogIndex, time, "mint", null, null, null, null);
            }
            if (!incoming && redemptions.TryGetValue(t.TransactionHash, out var redeemed) && redeemed.Count > 0)
            {
                // One Redeemed per redemption, each followed by its payment: pair them in log order.
                var redemption = redeemed.LastOrDefault(r => r.LogIndex < t.LogIndex) ?? redeemed[0];
                var payout = payouts.FirstOrDefault(p => p.TransactionHash == t.TransactionHash && p.From == t.To && p.LogIndex > t.LogIndex);
                var merchant = t.To == Hex.ZeroAddress ? null : Checksum(payout?.To ?? t.To);
                return new HistoryEntry("redemption", "out", t.Amount, merchant, t.TransactionHash,
                    t.BlockNumber, t.LogIndex, time, $"catalog reward {redemption.RewardId} x {redemption.Quantity}", null,
                    redemption.Id, redemption.RewardId, redemption.Quantity);
            }
            if (t.To == Hex.ZeroAddress)
            {
                return new HistoryEntry("burn", "out", t.Amount, null, t.TransactionHash, t.BlockNumber, t.LogIndex, time, "burn", null, null, null, null);
            }
            return incoming
                ? new HistoryEntry("received", "in", t.Amount, Checksum(t.From), t.TransactionHash, t.BlockNumber, t.LogIndex, time, "transfer", null, null, null, null)
                : new HistoryEntry("sent", "out", t.Amount, Checksum(t.To), t.TransactionHash, t.BlockNumber, t.LogIndex, time, "transfer", null, null, null, null);
        }).ToList();
        var next = more && items.Count > 0 ? EncodeCursor(items[^1].BlockNumber, items[^1].LogIndex) : null;
        return new HistoryPage(address, items, next);
    }

    private static HistoryEntry Reward(TokenTransfer t, DateTimeOffset time, string batchId, List<RewardedAction> actions, bool withActionDetails)
    {
        var programs = string.Join(", ", actions.Select(a => a.Program).Distinct());
        var forWhat = actions.Count == 0 ? $"reward batch {batchId}"
            : withActionDetails ? $"{programs} ({actions.Count} action{(actions.Count == 1 ? "" : "s")})"
            : programs;
        return new HistoryEntry("reward", "in", t.Amount, null, t.TransactionHash, t.BlockNumber, t.LogIndex, time, forWhat, batchId,
            null, null, null, actions.Count == 0 || !withActionDetails ? null : actions);
    }

    /// <summary>The resident's confirmed actions carried by the given reward batches, by batch id.</summary>
    private static async Task<ILookup<string, RewardedAction>> RewardedActionsAsync(CityTokenDb db, string resident, List<string> batchIds, CancellationToken cancellationToken)
    {
        if (batchIds.Count == 0)
        {
            return Array.Empty<RewardedAction>().ToLookup(_ => "");
        }
        var rows = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => a.Resident == resident && a.BatchId != null && batchIds.Contains(a.BatchId) && a.Status == ActionStatus.Confirmed)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.BatchId!, a => new RewardedAction(a.Id, a.ProgramSlug, a.ExternalId, a.Quantity, a.Category,
            a.Amount.ToString(CultureInfo.InvariantCulture), a.OccurredAt));
    }

    /// <summary>Opaque cursor: base64url of "block:logIndex" of the last entry returned.</summary>
    public static string EncodeCursor(long block, int logIndex) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{block}:{logIndex}")));

    public static bool TryDecodeCursor(string cursor, out (long Block, int LogIndex) position)
    {
        position = default;
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var block)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var logIndex))
            {
                position = (block, logIndex);
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }

    private static string Checksum(string address) => AddressUtil.Current.ConvertToChecksumAddress(address);
}
