using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Actions;

/// <summary>
/// CSV upload: the page sends the file with XMLHttpRequest (for the progress bar) to its own handler, which runs
/// the same streaming CSV intake as POST /api/actions/bulk (<see cref="ActionService"/>, with the endpoint's body bound)
/// under the staff session and answers its per-row report as JSON.
/// </summary>
public sealed class UploadModel(ActionService actions) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>POST text/csv with the antiforgery token in the RequestVerificationToken header.</summary>
    public async Task<IActionResult> OnPostCsvAsync(CancellationToken ct)
    {
        // Not audited as a page write: like POST /api/actions/bulk, each reported action is its own audit record (reporter, time, hash).
        var result = await ActionsApi.Bulk(HttpContext, CurrentCaller.From(User), actions, ct);
        await result.ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
