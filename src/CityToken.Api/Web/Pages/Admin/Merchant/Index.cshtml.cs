using CityToken.Api.Redemptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Merchant;

/// <summary>
/// A merchant (signed in with its merchant key) accepts a resident's voucher: the same service as
/// POST /api/vouchers/{code}/redeem, so a code is accepted once, by its own merchant only.
/// </summary>
public sealed class IndexModel(VoucherService vouchers) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    public VoucherRedeemed? Accepted { get; private set; }

    public void OnGet()
    {
    }

    [HandlerRoles(Rule = nameof(AccessRules.Merchants))]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = Code?.Trim();
        var redeemed = (await vouchers.RedeemAsync(code ?? "", CurrentCaller.From(User), ct)).Audited(HttpContext, _ => code);
        if (redeemed.Succeeded)
        {
            Accepted = redeemed.Value;
            Code = null;
            ModelState.Clear();
        }
        else
        {
            redeemed.Problem.CopyTo(ModelState, _ => nameof(Code));
        }
        return Page();
    }
}
