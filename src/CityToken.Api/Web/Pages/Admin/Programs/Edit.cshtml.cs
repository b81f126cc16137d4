using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Programs;

/// <summary>Creates a program or edits one (rule with its rate table, caps, budget, dates) through the <see cref="ProgramService"/> the API runs.</summary>
public sealed class EditModel(ProgramService programs, TimeProvider time) : PageModel
{
    /// <summary>The program being edited; null when creating one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty]
    public ProgramForm Form { get; set; } = new();

    public bool IsNew => Slug is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            Form = new ProgramForm { StartsAt = time.GetUtcNow().UtcDateTime.Date, Rates = [new(), new(), new()] };
            return Page();
        }
        if ((await programs.GetAsync(Slug!, ct)).Value is not { } program)
        {
            return NotFound();
        }
        Form = ProgramForm.Of(program);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = Form.ToSettings(Slug);
        var caller = CurrentCaller.From(User);
        var outcome = (IsNew ? await programs.CreateAsync(settings, caller, ct) : await programs.UpdateAsync(Slug!, settings, caller, ct))
            .Audited(HttpContext, _ => settings.Slug);
        if (outcome.CopyProblemTo(ModelState, ProgramForm.FieldOf))
        {
            return Page();
        }
        TempData[nameof(IndexModel.Message)] = $"Program {settings.Slug} {(IsNew ? "created" : "saved")}.";
        return RedirectToPage("Index");
    }
}

/// <summary>The program form as posted: plain strings, turned into the API's <see cref="ProgramSettings"/>.</summary>
public sealed class ProgramForm
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? ActionType { get; set; }
    public string RuleKind { get; set; } = RewardRule.Fixed;
    public string? Amount { get; set; }
    public string? Rate { get; set; }
    public string? Baseline { get; set; }
    public string? Unit { get; set; }
    public List<RateRow> Rates { get; set; } = [];
    public string? MaxQuantity { get; set; } = "100";
    public string? DailyCap { get; set; }
    public string? MonthlyCap { get; set; }
    public string? Budget { get; set; }

    /// <summary>UTC (the form says so); datetime-local inputs carry no offset.</summary>
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public bool Active { get; set; } = true;

    public sealed class RateRow
    {
        public string? Category { get; set; }
        public string? Rate { get; set; }
    }

    public static ProgramForm Of(ProgramResponse p) => new()
    {
        Slug = p.Slug,
        Name = p.Name,
        ActionType = p.ActionType,
        RuleKind = p.Rule.Kind,
        Amount = p.Rule.Amount,
        Rate = p.Rule.Rate,
        Baseline = p.Rule.Baseline,
        Unit = p.Rule.Unit,
        Rates = (p.Rule.Rates ?? []).Select(r => new RateRow { Category = r.Key, Rate = r.Value }).Append(new RateRow()).ToList(),
        MaxQuantity = p.MaxQuantity,
        DailyCap = p.DailyCap,
        MonthlyCap = p.MonthlyCap,
        Budget = p.Budget,
        StartsAt = p.StartsAt.UtcDateTime,
        EndsAt = p.EndsAt?.UtcDateTime,
        Active = p.Active,
    };

    public ProgramSettings ToSettings(string? existingSlug) => new()
    {
        Slug = existingSlug ?? Slug?.Trim(),
        Name = Name,
        ActionType = ActionType?.Trim(),
        Rule = new RewardRule
        {
            Kind = RuleKind,
            Amount = RuleKind == RewardRule.Fixed ? Blank(Amount) : null,
            Rate = RuleKind is RewardRule.PerHour or RewardRule.BelowBaseline ? Blank(Rate) : null,
            Baseline = RuleKind == RewardRule.BelowBaseline ? Blank(Baseline) : null,
            Unit = Blank(Unit),
            Rates = RuleKind == RewardRule.PerUnit
                ? Rates.Where(r => !string.IsNullOrWhiteSpace(r.Category) || !string.IsNullOrWhiteSpace(r.Rate))
                    .GroupBy(r => r.Category?.Trim().ToLowerInvariant() ?? "")
                    .ToDictionary(g => g.Key, g => g.Last().Rate?.Trim() ?? "")
                : null,
        },
        MaxQuantity = Blank(MaxQuantity),
        DailyCap = Blank(DailyCap),
        MonthlyCap = Blank(MonthlyCap),
        Budget = Blank(Budget),
        StartsAt = StartsAt is { } start ? Utc(start) : null,
        EndsAt = EndsAt is { } end ? Utc(end) : null,
        Active = Active,
    };

    /// <summary>The form field an API error names ("rule.rates.plastic" → the rate table).</summary>
    public static string FieldOf(string apiField) => apiField switch
    {
        "rule.kind" => "Form.RuleKind",
        "rule.amount" => "Form.Amount",
        "rule.rate" => "Form.Rate",
        "rule.baseline" => "Form.Baseline",
        "rule" => "Form.RuleKind",
        _ when apiField.StartsWith("rule.rates", StringComparison.Ordinal) => "Form.Rates",
        _ => "Form." + char.ToUpperInvariant(apiField[0]) + apiField[1..],
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset Utc(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);

    public static string DateTimeValue(DateTime? value) => value?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? "";
}
