using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Api.Redemptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Merchant;

/// <summary>
/// A merchant (signed in with its merchant key) accepts a resident's voucher: the same handler as
/// POST /api/vouchers/{code}/redeem, so a code is accepted once, by its own merchant only.
/// </summary>
public sealed class IndexModel(CityTokenDb db, TimeProvider time) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    public VoucherRedeemed? Accepted { get; private set; }

    public void OnGet()
    {
    }

    [HandlerRoles(StaffRoles.Merchant)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = ApiOutcome.Audited(HttpContext, await VouchersApi.RedeemVoucher(Code?.Trim() ?? "", User, db, time, ct), Code?.Trim());
        if (!ApiOutcome.CopyProblem(result, ModelState, _ => nameof(Code)))
        {
            Accepted = ApiOutcome.ValueOf<VoucherRedeemed>(result);
            Code = null;
            ModelState.Clear();
        }
        return Page();
    }
}
