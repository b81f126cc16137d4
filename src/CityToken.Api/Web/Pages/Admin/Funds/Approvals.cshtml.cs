using CityToken.Api.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Funds;

/// <summary>
/// The approvers' page: disbursements waiting for a decision, with approve and reject buttons. A proposal of the
/// signed-in staff member is shown without buttons (the service refuses it anyway: two people are needed).
/// </summary>
public sealed class ApprovalsModel(FundsService funds, FundsQueries queries) : PageModel
{
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<(FundsProjectView Project, FundsDisbursementView Disbursement)> Pending { get; private set; } = [];

    /// <summary>The signed-in staff member's on-chain reference (their own proposals have no buttons).</summary>
    public string? Me { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [HandlerRoles(Rule = nameof(AccessRules.FundsApprovers))]
    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) => DecideAsync(id, approve: true, ct);

    [HandlerRoles(Rule = nameof(AccessRules.FundsApprovers))]
    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) => DecideAsync(id, approve: false, ct);

    private async Task<IActionResult> DecideAsync(long id, bool approve, CancellationToken ct)
    {
        var decided = (await funds.DecideAsync(id, approve, CurrentCaller.From(User), ct)).Audited(HttpContext, _ => id);
        if (decided.Succeeded)
        {
            Message = $"Disbursement {id}: {(approve ? "approval" : "rejection")} on its way to the chain (request {decided.Value.Id}).";
            return RedirectToPage();
        }
        decided.Problem.CopyTo(ModelState, _ => "");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = CurrentCaller.From(User).StaffKeyId is { } keyId ? FundsActors.Of(keyId) : null;
        var pending = new List<(FundsProjectView, FundsDisbursementView)>();
        foreach (var project in (await queries.ListProjectsAsync(ct)).Projects.Where(p => p.Pending != "0"))
        {
            var list = (await queries.ListDisbursementsAsync(project.Id, ct)).Value?.Disbursements ?? [];
            pending.AddRange(list.Where(d => d.Status == FundsEventKinds.Proposed).Select(d => (project, d)));
        }
        Pending = pending;
    }
}
