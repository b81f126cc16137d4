using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Actions;

/// <summary>
/// The action queue, filtered by status, program, resident (address or did:ethr) and day the action happened,
/// newest first, paged by id. Filters with <see cref="ActionService.Filter"/>, as GET /api/actions and its CSV export do.
/// </summary>
public sealed class IndexModel(CityTokenDb db, ActionService actions) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Program { get; set; }
    [BindProperty(SupportsGet = true)] public string? Resident { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public List<ActionResponse> Items { get; private set; } = [];
    public long? NextBefore { get; private set; }
    public List<string> Programs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var query = actions.Filter(NullIfBlank(Status), NullIfBlank(Program), NullIfBlank(Resident?.Trim()), From, To, errors);
        foreach (var (field, messages) in errors)
        {
            ModelState.AddModelError(field == "status" ? nameof(Status) : nameof(Resident), string.Join(" ", messages));
        }
        if (Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }
        if (!ModelState.IsValid)
        {
            return;
        }
        var page = await query.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(ct);
        NextBefore = page.Count > PageSize ? page[PageSize - 1].Id : null;
        Items = page.Take(PageSize).Select(ActionResponse.Of).ToList();
    }

    /// <summary>GET ?handler=Export: the actions these filters select as CSV, the same file as GET /api/actions/export.</summary>
    public Task<IActionResult> OnGetExportAsync(bool? excel) =>
        actions.Export(NullIfBlank(Status), NullIfBlank(Program), NullIfBlank(Resident?.Trim()), From, To).ToCsv(excel).SendAsync(HttpContext);

    /// <summary>The filters shown, for the export links.</summary>
    public Dictionary<string, string?> Filters() => new()
    {
        ["status"] = Status, ["program"] = Program, ["resident"] = Resident,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public Dictionary<string, string?> NextPageRoute() => new()
    {
        ["status"] = Status, ["program"] = Program, ["resident"] = Resident,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["before"] = NextBefore?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Base units (18 decimals) as whole tokens.</summary>
    public static string Tokens(string baseUnits) => TokenDisplay.Amount(baseUnits);
}
