using CityToken.Api.TokenReadModel;
using Nethereum.Util;

namespace CityToken.Api.Redemptions;

/// <summary>
/// One on-chain redemption as staff see it. <c>status</c> is the voucher's: <c>pending</c> (indexed, voucher not issued
/// yet), <c>issued</c> or <c>used</c>. The voucher's code is never part of it (staff never see codes).
/// </summary>
public sealed record StaffRedemptionView(
    long RedemptionId, string Resident, long RewardId, string? RewardName, string Quantity, string Price, string Total,
    string TransactionHash, long BlockNumber, DateTimeOffset BlockTime, string Status, VoucherView? Voucher, string? UsedBy);

/// <summary>A page of redemptions, newest first; pass <c>nextCursor</c> as <c>cursor</c> for the next.</summary>
public sealed record StaffRedemptionPage(IReadOnlyList<StaffRedemptionView> Items, string? NextCursor);

/// <summary>
/// Every resident's indexed redemptions with their vouchers' state, for admins and auditors: GET /api/redemptions and
/// the dashboard's redemptions page.
/// </summary>
public sealed class StaffRedemptionList(CityTokenDb db)
{
    public const string Pending = "pending";
    public const string Issued = "issued";
    public const string Used = "used";
    public static readonly IReadOnlyList<string> Statuses = [Pending, Issued, Used];

    public async Task<Outcome<StaffRedemptionPage>> ListAsync(
        string? status, string? resident, long? rewardId, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filter(status, resident, rewardId, errors);
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 50, maxSize: 500, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The query is not valid.");
        }
        var (rows, next) = await paging.PageAsync(query, row => row.Redemption.Id, cancellationToken);

        var rewardIds = rows.Select(row => row.Redemption.RewardId).Distinct().ToList();
        var names = await RewardNames(db.Set<CatalogReward>().Where(r => rewardIds.Contains(r.RewardId)), cancellationToken);
        var keyIds = rows.Select(row => row.Voucher?.UsedByKeyId).OfType<int>().Distinct().ToList();
        var keyNames = await db.ApiKeys.AsNoTracking().Where(k => keyIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        return new StaffRedemptionPage(rows.Select(row => row.View(names, keyNames)).ToList(), next);
    }

    /// <summary>The columns of GET /api/redemptions/export: the list's JSON fields, the voucher's flattened (never its code).</summary>
    public static readonly IReadOnlyList<CsvColumn<StaffRedemptionView>> ExportColumns =
    [
        new("redemptionId", r => CsvText.Number(r.RedemptionId)),
        new("resident", r => r.Resident),
        new("rewardId", r => CsvText.Number(r.RewardId)),
        new("rewardName", r => r.RewardName),
        new("quantity", r => r.Quantity),
        new("price", r => r.Price),
        new("total", r => r.Total),
        new("transactionHash", r => r.TransactionHash),
        new("blockNumber", r => CsvText.Number(r.BlockNumber)),
        new("blockTime", r => CsvText.Time(r.BlockTime)),
        new("status", r => r.Status),
        new("voucherMerchant", r => r.Voucher?.Merchant),
        new("voucherIssuedAt", r => CsvText.Time(r.Voucher?.IssuedAt)),
        new("voucherUsedAt", r => CsvText.Time(r.Voucher?.UsedAt)),
        new("usedBy", r => r.UsedBy),
    ];

    /// <summary>Every redemption the list's filters select, newest first, streamed; reward and key names (small tables) read once first.</summary>
    public async Task<Outcome<CsvExport<StaffRedemptionView>>> ExportAsync(string? status, string? resident, long? rewardId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filter(status, resident, rewardId, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The query is not valid.");
        }
        var names = await RewardNames(db.Set<CatalogReward>(), cancellationToken);
        var keyNames = await db.ApiKeys.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        return new CsvExport<StaffRedemptionView>("redemptions", ExportColumns,
            Views(query.OrderByDescending(row => row.Redemption.Id).AsAsyncEnumerable(), names, keyNames));
    }

    private static async IAsyncEnumerable<StaffRedemptionView> Views(
        IAsyncEnumerable<RedemptionRow> rows, Dictionary<long, string> names, Dictionary<int, string> keyNames)
    {
        await foreach (var row in rows)
        {
            yield return row.View(names, keyNames);
        }
    }

    private IQueryable<RedemptionRow> Filter(string? status, string? resident, long? rewardId, Dictionary<string, string[]> errors)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            errors["status"] = [$"One of: {string.Join(", ", Statuses)} (the voucher's state)."];
        }
        string? address = null;
        if (resident is not null)
        {
            if (ResidentAddress.TryParse(resident, out var parsed, out var error))
            {
                address = Hex.Address(parsed);
            }
            else
            {
                errors["resident"] = [error];
            }
        }

        // A voucher belongs to the redemption (id, transaction) it was issued for: after a reorg it is void, not shown.
        var query = from redemption in db.Set<Redemption>().AsNoTracking()
                    join issued in db.Set<Voucher>().AsNoTracking()
                        on new { Id = redemption.Id, Tx = redemption.TransactionHash } equals new { Id = issued.RedemptionId, Tx = issued.TransactionHash } into vouchers
                    from voucher in vouchers.DefaultIfEmpty()
                    select new RedemptionRow { Redemption = redemption, Voucher = voucher };
        query = status switch
        {
            Pending => query.Where(row => row.Voucher == null),
            Issued => query.Where(row => row.Voucher != null && row.Voucher.UsedAt == null),
            Used => query.Where(row => row.Voucher != null && row.Voucher.UsedAt != null),
            _ => query,
        };
        if (address is not null)
        {
            query = query.Where(row => row.Redemption.Resident == address);
        }
        if (rewardId is { } reward)
        {
            query = query.Where(row => row.Redemption.RewardId == reward);
        }
        return query;
    }

    /// <summary>The listed names of <paramref name="rewards"/>, by reward id (a reward's first listing when several share its URI).</summary>
    private async Task<Dictionary<long, string>> RewardNames(IQueryable<CatalogReward> rewards, CancellationToken cancellationToken)
    {
        var names = await (from catalogReward in rewards.AsNoTracking()
                           join listing in db.Set<CatalogListing>().AsNoTracking() on catalogReward.Uri equals listing.Uri
                           select new { catalogReward.RewardId, listing.Name }).ToListAsync(cancellationToken);
        var byId = new Dictionary<long, string>();
        foreach (var name in names)
        {
            byId.TryAdd(name.RewardId, name.Name);
        }
        return byId;
    }

    /// <summary>A redemption with the voucher issued for it, if any. Member initialisers (not a constructor) so EF Core can filter on it.</summary>
    private sealed record RedemptionRow
    {
        public required Redemption Redemption { get; init; }

        public Voucher? Voucher { get; init; }

        public StaffRedemptionView View(Dictionary<long, string> names, Dictionary<int, string> keyNames)
        {
            var (r, v) = (Redemption, Voucher);
            return new StaffRedemptionView(r.Id, AddressUtil.Current.ConvertToChecksumAddress(r.Resident), r.RewardId,
                names.GetValueOrDefault(r.RewardId), r.Quantity, r.Price, r.Total, r.TransactionHash, r.BlockNumber,
                DateTimeOffset.FromUnixTimeSeconds(r.BlockTime),
                v is null ? Pending : v.UsedAt is null ? Issued : Used,
                v is null ? null : VoucherView.Of(v, revealTo: null),
                v?.UsedByKeyId is { } keyId ? keyNames.GetValueOrDefault(keyId) : null);
        }
    }
}
