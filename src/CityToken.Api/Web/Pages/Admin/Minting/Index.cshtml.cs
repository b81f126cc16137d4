using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Minting;

/// <summary>
/// Mint batches (filter by status, cursor paging) and the latest reconciliation report, from the
/// <see cref="MintingService"/> the API runs. Admins and auditors read them and may run a reconciliation (it reports,
/// never fixes); only admins start a batching run.
/// </summary>
public sealed class IndexModel(MintingService minting) : PageModel
{
    public static IReadOnlyList<string> Statuses => MintingService.BatchStatuses;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<MintBatchResponse> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public ReconciliationReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await minting.ListBatchesAsync(NullIfBlank(Status), NullIfBlank(Cursor), null, ct);
        outcome.CopyProblemTo(ModelState, field => field == "status" ? nameof(Status) : nameof(Cursor));
        Items = outcome.Value?.Items ?? [];
        NextCursor = outcome.Value?.NextCursor;
        Report = (await minting.LatestReportAsync(ct)).Value;
    }

    /// <summary>POST /api/rewards/reconciliation is open to auditors: it checks and reports, and changes nothing it checks.</summary>
    [HandlerRoles(Rule = nameof(AccessRules.AdminOrAuditor))]
    public async Task<IActionResult> OnPostReconcileAsync(CancellationToken ct)
    {
        var report = ((Outcome<ReconciliationReport>)await minting.ReconcileAsync(ct)).Audited(HttpContext).Value!;
        Message = report.Ok
            ? $"Reconciliation ran: {report.BatchesChecked} batch(es) and {report.ActionsChecked} action(s) checked, no difference."
            : $"Reconciliation ran: {report.Differences.Count} difference(s) found (reported, not fixed).";
        return RedirectToPage();
    }

    [HandlerRoles(Rule = nameof(AccessRules.Admins))]
    public IActionResult OnPostRun()
    {
        // Audited on "mint-batches", the last segment of where POST /api/mint-batches/run points, as it always was.
        var run = ((Outcome<MintRunRequested>)minting.RequestRun()).Audited(HttpContext, _ => "mint-batches").Value!;
        Message = $"A batching run was started (job {run.JobId}); new batches show here.";
        return RedirectToPage();
    }

    public Dictionary<string, string> NextPageRoute() => new()
    {
        [nameof(Status)] = Status ?? "",
        [nameof(Cursor)] = NextCursor ?? "",
    };

    public static string Tokens(string baseUnits) => TokenDisplay.Amount(baseUnits);

    /// <summary>GET ?handler=Export: the batches of this status as CSV, the same file as GET /api/mint-batches/export.</summary>
    public Task<IActionResult> OnGetExportAsync(bool? excel) => minting.ExportBatches(NullIfBlank(Status)).ToCsv(excel).SendAsync(HttpContext);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
