using CityToken.Api.Auth;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Api.Redemptions;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nethereum.Util;

namespace CityToken.Api.Web.Pages.Admin.Redemptions;

/// <summary>
/// Vouchers issued and used per merchant (never a code), and the merchant keys that accept them: listed for admins and
/// auditors, created by admins (the key is shown once, as POST /api/merchants/keys answers it).
/// </summary>
public sealed class VouchersModel(CityTokenDb db, TimeProvider time) : PageModel
{
    /// <summary>Voucher counts of one merchant (null: the city's own desk, for rewards whose tokens are burned).</summary>
    public sealed record MerchantVouchers(string? Merchant, int Issued, int Used);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Merchant { get; set; }

    public MerchantKeyCreated? NewKey { get; private set; }
    public IReadOnlyList<MerchantVouchers> PerMerchant { get; private set; } = [];
    public int Pending { get; private set; }
    public IReadOnlyList<MerchantKeyView> Keys { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [HandlerRoles(StaffRoles.Admin)]
    public async Task<IActionResult> OnPostCreateKeyAsync(CancellationToken ct)
    {
        var request = ApiOutcome.JsonRequest(HttpContext, new MerchantKeyRequest(Name, string.IsNullOrWhiteSpace(Merchant) ? null : Merchant.Trim()));
        var result = ApiOutcome.Audited(HttpContext, await VouchersApi.CreateMerchantKey(request, db, time, ct));
        if (!ApiOutcome.CopyProblem(result, ModelState, field => char.ToUpperInvariant(field[0]) + field[1..])
            && ApiOutcome.ValueOf<MerchantKeyCreated>(result) is { } created)
        {
            NewKey = created;
            (Name, Merchant) = (null, null);
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // Only vouchers whose redemption (id, transaction) is still indexed count: a reorg voids the others.
        var live = from voucher in db.Set<Voucher>().AsNoTracking()
                   join redemption in db.Set<Redemption>().AsNoTracking()
                       on new { Id = voucher.RedemptionId, Tx = voucher.TransactionHash } equals new { Id = redemption.Id, Tx = redemption.TransactionHash }
                   select voucher;
        var counts = await live.GroupBy(v => v.Merchant)
            .Select(g => new { Merchant = g.Key, Issued = g.Count(), Used = g.Count(v => v.UsedAt != null) })
            .ToListAsync(ct);
        PerMerchant = counts.OrderBy(c => c.Merchant)
            .Select(c => new MerchantVouchers(c.Merchant == Hex.ZeroAddress ? null : AddressUtil.Current.ConvertToChecksumAddress(c.Merchant), c.Issued, c.Used))
            .ToList();
        Pending = await db.Set<Redemption>().AsNoTracking()
            .CountAsync(r => !db.Set<Voucher>().Any(v => v.RedemptionId == r.Id && v.TransactionHash == r.TransactionHash), ct);
        Keys = ApiOutcome.ValueOf<IReadOnlyList<MerchantKeyView>>(await VouchersApi.ListMerchantKeys(db, ct)) ?? [];
        // A page holding a key must not be cached anywhere.
        Response.Headers.CacheControl = "no-store";
    }
}
