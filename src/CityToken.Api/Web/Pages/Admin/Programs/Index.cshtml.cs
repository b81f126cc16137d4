using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Programs;

/// <summary>Programs with their rule, caps and budget; pause and resume through the <see cref="ProgramService"/> the API runs.</summary>
public sealed class IndexModel(ProgramService programs) : PageModel
{
    public List<ProgramResponse> Programs { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Programs = await programs.ListAsync(ct);

    [HandlerRoles(Rule = nameof(AccessRules.Admins))]
    public Task<IActionResult> OnPostPauseAsync(string slug, CancellationToken ct) => SetActiveAsync(slug, active: false, ct);

    [HandlerRoles(Rule = nameof(AccessRules.Admins))]
    public Task<IActionResult> OnPostResumeAsync(string slug, CancellationToken ct) => SetActiveAsync(slug, active: true, ct);

    private async Task<IActionResult> SetActiveAsync(string slug, bool active, CancellationToken ct)
    {
        var outcome = (await programs.SetActiveAsync(slug, active, CurrentCaller.From(User), ct)).Audited(HttpContext, _ => slug);
        Message = outcome.Value is { } program
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
