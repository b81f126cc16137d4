using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Programs;

/// <summary>Programs with their rule, caps and budget; pause and resume through the API's own handlers.</summary>
public sealed class IndexModel(CityTokenDb db, TimeProvider time, IntakeService intake) : PageModel
{
    public List<ProgramResponse> Programs { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Programs = ApiOutcome.ValueOf<List<ProgramResponse>>(await ProgramsApi.List(db, ct)) ?? [];

    [HandlerRoles(StaffRoles.Admin)]
    public Task<IActionResult> OnPostPauseAsync(string slug, CancellationToken ct) => SetActiveAsync(slug, active: false, ct);

    [HandlerRoles(StaffRoles.Admin)]
    public Task<IActionResult> OnPostResumeAsync(string slug, CancellationToken ct) => SetActiveAsync(slug, active: true, ct);

    private async Task<IActionResult> SetActiveAsync(string slug, bool active, CancellationToken ct)
    {
        var result = ApiOutcome.Audited(HttpContext, await ProgramsApi.SetActive(slug, active, User, db, time, intake, ct), slug);
        Message = ApiOutcome.ValueOf<ProgramResponse>(result) is { } program
            ? $"Program {program.Slug} is {(program.Active ? "active" : "paused")}."
            : $"Program {slug} could not be changed.";
        return RedirectToPage();
    }

    public static string RuleSummary(RewardRule rule) => rule.Kind switch
    {
        RewardRule.Fixed => $"{rule.Amount} per action",
        RewardRule.PerUnit => string.Join(", ", (rule.Rates ?? []).Select(r => $"{r.Key} {r.Value}/{rule.Unit ?? "unit"}")),
        RewardRule.PerHour => $"{rule.Rate} per hour",
        RewardRule.BelowBaseline => $"{rule.Rate} per {rule.Unit ?? "unit"} below {rule.Baseline}",
        _ => rule.Kind,
    };
}
