using CityToken.Api.Redemptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Redemptions;

/// <summary>
/// Vouchers issued and used per merchant (never a code), and the merchant keys that accept them: listed for admins and
/// auditors, created by admins (the key is shown once, as POST /api/merchants/keys answers it).
/// </summary>
public sealed class VouchersModel(VoucherService vouchers) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Merchant { get; set; }

    public MerchantKeyCreated? NewKey { get; private set; }
    public IReadOnlyList<MerchantVoucherCount> PerMerchant { get; private set; } = [];
    public int Pending { get; private set; }
    public IReadOnlyList<MerchantKeyView> Keys { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [HandlerRoles(Rule = nameof(AccessRules.CatalogManagers))]
    public async Task<IActionResult> OnPostCreateKeyAsync(CancellationToken ct)
    {
        var request = new MerchantKeyRequest(Name, string.IsNullOrWhiteSpace(Merchant) ? null : Merchant.Trim());
        var created = (await vouchers.CreateMerchantKeyAsync(request, ct)).Audited(HttpContext, key => key.Id);
        if (created.Succeeded)
        {
            NewKey = created.Value;
            (Name, Merchant) = (null, null);
            ModelState.Clear();
        }
        else
        {
            created.Problem.CopyTo(ModelState, field => char.ToUpperInvariant(field[0]) + field[1..]);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (PerMerchant, Pending) = await vouchers.CountAsync(ct);
        Keys = await vouchers.ListMerchantKeysAsync(ct);
        // A page holding a key must not be cached anywhere.
        Response.Headers.CacheControl = "no-store";
    }
}
