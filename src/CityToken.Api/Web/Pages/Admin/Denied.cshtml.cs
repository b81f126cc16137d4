using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin;

/// <summary>Where the staff cookie sends a signed-in user whose role does not allow a page: answers 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
