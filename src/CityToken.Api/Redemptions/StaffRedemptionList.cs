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
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 50, maxSize: 500, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The query is not valid.");
        }

        // A voucher belongs to the redemption (id, transaction) it was issued for: after a reorg it is void, not shown.
        var query = from redemption in db.Set<Redemption>().AsNoTracking()
                    join issued in db.Set<Voucher>().AsNoTracking()
                        on new { Id = redemption.Id, Tx = redemption.TransactionHash } equals new { Id = issued.RedemptionId, Tx = issued.TransactionHash } into vouchers
                    from voucher in vouchers.DefaultIfEmpty()
                    select new { Redemption = redemption, Voucher = voucher };
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
        var (rows, next) = await paging.PageAsync(query, row => row.Redemption.Id, cancellationToken);

        var rewardIds = rows.Select(row => row.Redemption.RewardId).Distinct().ToList();
        var names = await (from catalogReward in db.Set<CatalogReward>().AsNoTracking()
                           join listing in db.Set<CatalogListing>().AsNoTracking() on catalogReward.Uri equals listing.Uri
                           where rewardIds.Contains(catalogReward.RewardId)
                           select new { catalogReward.RewardId, listing.Name }).ToListAsync(cancellationToken);
        var keyIds = rows.Select(row => row.Voucher?.UsedByKeyId).OfType<int>().Distinct().ToList();
        var keyNames = await db.ApiKeys.AsNoTracking().Where(k => keyIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);

        var items = rows.Select(row =>
        {
            var r = row.Redemption;
            var v = row.Voucher;
            return new StaffRedemptionView(r.Id, AddressUtil.Current.ConvertToChecksumAddress(r.Resident), r.RewardId,
                names.FirstOrDefault(n => n.RewardId == r.RewardId)?.Name, r.Quantity, r.Price, r.Total, r.TransactionHash, r.BlockNumber,
                DateTimeOffset.FromUnixTimeSeconds(r.BlockTime),
                v is null ? Pending : v.UsedAt is null ? Issued : Used,
                v is null ? null : VoucherView.Of(v, revealTo: null),
                v?.UsedByKeyId is { } keyId ? keyNames.GetValueOrDefault(keyId) : null);
        }).ToList();
        return new StaffRedemptionPage(items, next);
    }
}
