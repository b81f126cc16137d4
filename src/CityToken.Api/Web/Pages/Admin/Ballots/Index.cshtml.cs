using CityToken.Api.Ballots;
using CityToken.Api.Credentials;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Ballots;

/// <summary>
/// Ballots as indexed (status, turnout, quorum) and a form creating one through the service the ballot API uses
/// (its text stored off chain, createBallot sent through the outbox). Times are UTC.
/// </summary>
public sealed class IndexModel(
    BallotQueries queries, BallotAdminService admin, BallotChain ballots, CredentialTypes types, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Options { get; set; }
    [BindProperty] public DateTime? Start { get; set; }
    [BindProperty] public DateTime? End { get; set; }
    [BindProperty] public long? Quorum { get; set; }
    [BindProperty] public string? CredentialType { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<BallotResponse> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IReadOnlyList<string> Types => types.Names;

    /// <summary>The credential a voter needs, by name (the index holds the on-chain type hash).</summary>
    public string TypeName(string hash) => types.NameOf(hash);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Defaults from the chain's clock (the contract's), not the server's: a ballot starts in the future.
        var now = await ChainNowAsync(ct);
        Start ??= Minute(now.AddMinutes(10));
        End ??= Minute(now.AddDays(7));
        Quorum ??= 0;
        CredentialType ??= CredentialTypes.Resident;
        await LoadAsync(ct);
    }

    /// <summary>GET ?handler=Export: every ballot's results as CSV, one row per option, the same file as GET /api/ballots/results/export.</summary>
    public async Task<IActionResult> OnGetExportAsync(bool? excel, CancellationToken ct) =>
        await new CsvFileResult<(BallotResponse Ballot, BallotOptionTally Option)>(await queries.ExportResultsAsync(ct), excel == true).SendAsync(HttpContext);

    [HandlerRoles(Rule = nameof(AccessRules.BallotAdmins))]
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var request = new CreateBallotRequest(
            Title, Description, (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Iso(Start), Iso(End), Quorum is { } quorum ? JsonSerializer.SerializeToElement(quorum) : null, CredentialType);
        var created = (await admin.CreateAsync(request, CurrentCaller.From(User), ct)).Audited(HttpContext, view => view.Id);
        if (created.Succeeded)
        {
            Message = $"Ballot \"{Title?.Trim()}\" (request {created.Value.Id}) is {created.Value.Status}; it is listed once the indexer sees it on chain.";
            return RedirectToPage();
        }
        created.Problem.CopyTo(ModelState, field => char.ToUpperInvariant(field[0]) + field[1..]);
        await LoadAsync(ct);
        return Page();
    }

    public Dictionary<string, string> NextPageRoute() => new() { [nameof(Cursor)] = NextCursor ?? "" };

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await queries.ListAsync(string.IsNullOrWhiteSpace(Cursor) ? null : Cursor.Trim(), limit: null, ct);
        result.CopyProblemTo(ModelState, _ => nameof(Cursor));
        var page = result.Value;
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
    }

    private async Task<DateTime> ChainNowAsync(CancellationToken ct)
    {
        try
        {
            return DateTimeOffset.FromUnixTimeSeconds(await ballots.NowAsync()).UtcDateTime;
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            return time.GetUtcNow().UtcDateTime;
        }
    }

    private static DateTime Minute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, DateTimeKind.Utc);

    private static string? Iso(DateTime? t) =>
        t is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : null;
}
