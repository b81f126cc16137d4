using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Web.Pages.Admin.Actions;

/// <summary>
/// CSV upload: the page sends the file with XMLHttpRequest (for the progress bar) to its own handler, which runs
/// the API's streaming bulk handler under the staff session and answers its per-row report as JSON.
/// </summary>
public sealed class UploadModel(IntakeService intake, IOptions<RewardsOptions> options) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>POST text/csv with the antiforgery token in the RequestVerificationToken header.</summary>
    public async Task<IActionResult> OnPostCsvAsync(CancellationToken ct)
    {
        // Not ApiOutcome.Audited: like POST /api/actions/bulk, each reported action is its own audit record (reporter, time, hash).
        var result = await ActionsApi.Bulk(HttpContext, User, intake, options, ct);
        await result.ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
