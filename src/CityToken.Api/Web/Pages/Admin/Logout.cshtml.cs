using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin;

/// <summary>Ends the staff session (POST only, with the antiforgery token, so a link cannot sign anyone out).</summary>
public sealed class LogoutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StaffCookie.SchemeName);
        return LocalRedirect(StaffCookie.LoginPath);
    }
}
