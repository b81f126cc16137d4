using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin;

/// <summary>Exchanges a staff API key for the "staff" cookie session (name and roles of the key).</summary>
public sealed class LoginModel(CityTokenDb db) : PageModel
{
    /// <summary>Where a merchant key lands: merchants are not city staff and have no overview.</summary>
    public const string MerchantHome = "/admin/merchant";

    [BindProperty]
    public string? ApiKey { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var key = string.IsNullOrWhiteSpace(ApiKey) ? null : await StaffKeyLookup.FindActiveAsync(db, ApiKey.Trim(), ct);
        if (key is null)
        {
            ModelState.AddModelError("", "This API key is unknown or revoked.");
            return Page();
        }
        var principal = StaffCookie.PrincipalOf(key);
        await HttpContext.SignInAsync(StaffCookie.SchemeName, principal);
        // Only local return URLs: the sign-in page must not become an open redirect.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : principal.Allows(AccessRules.Staff) ? "/admin" : MerchantHome);
    }
}
