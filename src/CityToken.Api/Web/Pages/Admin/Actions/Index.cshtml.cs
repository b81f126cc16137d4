using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Actions;

/// <summary>
/// The action queue, filtered by status, program, resident (address or did:ethr) and day the action happened,
/// newest first, paged by id. Reads the same table as GET /api/actions (which has no date filter).
/// </summary>
public sealed class IndexModel(CityTokenDb db, IOptions<ChainOptions> chain) : PageModel
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
        var query = db.Set<CivicAction>().AsNoTracking();
        if (!string.IsNullOrEmpty(Status))
        {
            if (!ActionStatus.All.Contains(Status))
            {
                ModelState.AddModelError(nameof(Status), $"One of: {string.Join(", ", ActionStatus.All)}.");
            }
            query = query.Where(a => a.Status == Status);
        }
        if (!string.IsNullOrEmpty(Program))
        {
            query = query.Where(a => a.ProgramSlug == Program);
        }
        if (!string.IsNullOrWhiteSpace(Resident))
        {
            if (ResidentId.TryParse(Resident.Trim(), chain.Value.ChainId, out var address, out _, out var detail))
            {
                query = query.Where(a => a.Resident == address);
            }
            else
            {
                ModelState.AddModelError(nameof(Resident), detail);
            }
        }
        // occurredAt in UTC days; LocalDay (the city's day) is what caps count, but staff filter by calendar dates.
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt < end);
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

    public Dictionary<string, string?> NextPageRoute() => new()
    {
        ["status"] = Status, ["program"] = Program, ["resident"] = Resident,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["before"] = NextBefore?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Base units (18 decimals) as whole tokens.</summary>
    public static string Tokens(string baseUnits) => TokenDisplay.Amount(baseUnits);
}
