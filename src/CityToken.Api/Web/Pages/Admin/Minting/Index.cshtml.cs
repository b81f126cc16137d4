using System.Globalization;
using System.Numerics;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Api.Storage;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Minting;

/// <summary>
/// Mint batches (filter by status, cursor paging) and the latest reconciliation report, from the minting API's own
/// handlers. Admins and auditors read them and may run a reconciliation (it reports, never fixes); only admins start a
/// batching run.
/// </summary>
public sealed class IndexModel(CityTokenDb db, RewardsReconciliation reconciliation, IBackgroundJobClient jobs) : PageModel
{
    public static readonly string[] Statuses =
        [MintBatchStatus.Pending, MintBatchStatus.Submitted, MintBatchStatus.Confirmed, MintBatchStatus.Requeued, MintBatchStatus.Failed];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<MintBatchResponse> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public ReconciliationReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await MintingApi.List(NullIfBlank(Status), NullIfBlank(Cursor), null, db, ct);
        ApiOutcome.CopyProblem(result, ModelState, field => field == "status" ? nameof(Status) : nameof(Cursor));
        var page = ApiOutcome.ValueOf<MintBatchPage>(result);
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
        Report = ApiOutcome.ValueOf<ReconciliationReport>(await MintingApi.Latest(db, ct));
    }

    /// <summary>POST /api/rewards/reconciliation is open to auditors: it checks and reports, and changes nothing it checks.</summary>
    [HandlerRoles(StaffRoles.Admin, StaffRoles.Auditor)]
    public async Task<IActionResult> OnPostReconcileAsync(CancellationToken ct)
    {
        var report = ApiOutcome.ValueOf<ReconciliationReport>(ApiOutcome.Audited(HttpContext, await MintingApi.Reconcile(reconciliation, ct)))!;
        Message = report.Ok
            ? $"Reconciliation ran: {report.BatchesChecked} batch(es) and {report.ActionsChecked} action(s) checked, no difference."
            : $"Reconciliation ran: {report.Differences.Count} difference(s) found (reported, not fixed).";
        return RedirectToPage();
    }

    [HandlerRoles(StaffRoles.Admin)]
    public IActionResult OnPostRun()
    {
        var run = ApiOutcome.ValueOf<MintRunRequested>(ApiOutcome.Audited(HttpContext, MintingApi.Run(jobs)))!;
        Message = $"A batching run was started (job {run.JobId}); new batches show here.";
        return RedirectToPage();
    }

    public Dictionary<string, string> NextPageRoute() => new()
    {
        [nameof(Status)] = Status ?? "",
        [nameof(Cursor)] = NextCursor ?? "",
    };

    public static string Tokens(string baseUnits) => TokenAmount.FormatTokens(BigInteger.Parse(baseUnits, CultureInfo.InvariantCulture));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
