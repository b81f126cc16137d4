using CityToken.Api.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Funds;

/// <summary>
/// The finance officers' page: projects as indexed, a form to create one, and forms to propose a payment or a payroll
/// (worker id and amount per line; the receipt codes are shown once, to hand to the workers). Same service as the API.
/// </summary>
public sealed class IndexModel(FundsService funds, FundsQueries queries) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? Budget { get; set; }
    [BindProperty] public string? Currency { get; set; }
    [BindProperty] public long ProjectId { get; set; }
    [BindProperty] public string? Payee { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? DocumentHash { get; set; }
    [BindProperty] public string? Wages { get; set; }

    [TempData] public string? Message { get; set; }

    /// <summary>The last payroll's receipt codes, as JSON, for one display.</summary>
    [TempData] public string? ReceiptsJson { get; set; }

    public IReadOnlyList<FundsWageReceipt> Receipts { get; private set; } = [];

    public IReadOnlyList<FundsProjectView> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Currency ??= "CNY";
        Category ??= "works";
        Receipts = ReceiptsJson is null ? [] : JsonSerializer.Deserialize<List<FundsWageReceipt>>(ReceiptsJson, JsonSerializerOptions.Web) ?? [];
        await LoadAsync(ct);
    }

    [HandlerRoles(Rule = nameof(AccessRules.FundsBudgeters))]
    public async Task<IActionResult> OnPostProjectAsync(CancellationToken ct)
    {
        var request = new FundsProjectRequest(Name, Description, Department, Json(Budget), Currency);
        var created = (await funds.CreateProjectAsync(request, CurrentCaller.From(User), ct)).Audited(HttpContext, a => a.Id);
        if (created.Succeeded)
        {
            Message = $"Project \"{Name?.Trim()}\" is on its way to the chain (request {created.Value.Id}); it is listed once indexed.";
            return RedirectToPage();
        }
        created.Problem.CopyTo(ModelState, Field);
        await LoadAsync(ct);
        return Page();
    }

    [HandlerRoles(Rule = nameof(AccessRules.FundsOfficers))]
    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        var payroll = string.Equals(Category, "payroll", StringComparison.OrdinalIgnoreCase);
        var request = payroll
            ? new FundsDisbursementRequest(null, null, Category, null, Description, ParseWages(Wages))
            : new FundsDisbursementRequest(Payee?.Trim(), Json(Amount), Category, DocumentHash?.Trim(), Description, null);
        var proposed = (await funds.ProposeAsync(ProjectId, request, CurrentCaller.From(User), ct)).Audited(HttpContext, a => a.Id);
        if (proposed.Succeeded)
        {
            Message = $"The proposal is on its way to the chain (request {proposed.Value.Id}); an approver decides it once indexed.";
            if (proposed.Value.Receipts is { } receipts)
            {
                ReceiptsJson = JsonSerializer.Serialize(receipts, JsonSerializerOptions.Web);
            }
            return RedirectToPage();
        }
        proposed.Problem.CopyTo(ModelState, Field);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>"worker, amount" per line; a line that does not parse is sent as is, so the API names it.</summary>
    private static List<FundsWageRequest> ParseWages(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new FundsWageRequest(parts[0], Json(parts.Length > 1 ? parts[1] : null)))
            .ToList();

    private static JsonElement? Json(string? text) => string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.SerializeToElement(text.Trim());

    private static string Field(string field) => field.StartsWith("wages", StringComparison.Ordinal) || field == "payroll" ? nameof(Wages)
        : char.ToUpperInvariant(field[0]) + field[1..];

    private async Task LoadAsync(CancellationToken ct) => Projects = (await queries.ListProjectsAsync(ct)).Projects;
}
