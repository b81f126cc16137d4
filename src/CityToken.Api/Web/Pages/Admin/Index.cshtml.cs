using CityToken.Api.Chain.Signing;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin;

/// <summary>
/// The overview: minted per day (per program from confirmed actions, in total from the token index), action queue
/// depth by status, outbox depth, indexer lag, budget per program, whether minting waits (token paused, mint cap
/// reached) and the signing account's ETH (warned below <c>Chain:MinSignerBalanceEth</c>, as readiness degrades). Reads the
/// same read models the API serves; the rewards figures come from <see cref="RewardsOverview"/>.
/// </summary>
public sealed class IndexModel(CityTokenDb db, IndexerStatus indexer, MintHold mintHold, SignerBalance signerBalance, TimeProvider time) : PageModel
{
    public const int Days = 30;

    public required TokenStatsResponse Stats { get; set; }
    public required OverviewCharts Charts { get; set; }
    public int ActiveResidents { get; set; }
    public long? IndexerLag { get; set; }
    public IndexerStatus Indexer => indexer;
    public required SignerFunds Signer { get; set; }

    /// <summary>Why minting waits, as the batcher's last look at the chain found; null while it mints.</summary>
    public MintHoldState? MintingHold { get; } = mintHold.Current;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stats = await TokenStats.GetAsync(db, Days, ct);
        Signer = await signerBalance.ReadAsync();
        var firstDay = time.GetUtcNow().UtcDateTime.Date.AddDays(-(Days - 1));
        var days = Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var from = days[0];

        var rewards = await RewardsOverview.GetAsync(db, from, ct);
        var perProgram = rewards.ConfirmedPerProgram
            .Select(p => new ChartSeries(p.Program, days.Select(d => Tokens(p.PerDay.GetValueOrDefault(d))).ToList())).ToList();
        var chainPerDay = Stats.MintedPerDay.ToDictionary(d => d.Day, d => Tokens(BigInteger.Parse(d.Minted, CultureInfo.InvariantCulture)));
        var outboxCounts = await db.Set<OutboxEntry>().AsNoTracking().GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        ActiveResidents = rewards.ActiveResidents;
        var programs = rewards.Programs;
        IndexerLag = indexer.HeadBlock is { } head && indexer.IndexedBlock is { } indexed ? Math.Max(0, head - indexed) : null;

        string[] statuses = [ActionStatus.Accepted, ActionStatus.Queued, ActionStatus.Batched, ActionStatus.Submitted, ActionStatus.Confirmed, ActionStatus.Rejected, ActionStatus.Failed];
        Charts = new OverviewCharts(
            days,
            perProgram,
            days.Select(d => chainPerDay.GetValueOrDefault(d)).ToList(),
            statuses.ToList(),
            statuses.Select(s => rewards.ActionsByStatus.GetValueOrDefault(s)).ToList(),
            outboxCounts.Select(o => o.Status.ToString().ToLowerInvariant()).ToList(),
            outboxCounts.Select(o => o.Count).ToList(),
            programs.Select(p => p.Slug).ToList(),
            programs.Select(p => Tokens(p.Confirmed)).ToList(),
            programs.Select(p => Tokens(p.Reserved)).ToList(),
            programs.Select(p => Tokens(BigInteger.Max(BigInteger.Zero, p.Remaining))).ToList());
    }

    /// <summary>Whole tokens as a chart number (charts need doubles; exact figures are in the tables).</summary>
    public static double Tokens(BigInteger baseUnits) => (double)baseUnits / (double)TokenAmount.OneToken;
}

/// <summary>One chart line or bar series.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> Data);

/// <summary>Everything the overview's charts draw, serialized into the page as JSON for /js/admin.js.</summary>
public sealed record OverviewCharts(
    IReadOnlyList<string> Days,
    IReadOnlyList<ChartSeries> MintedPerProgram,
    IReadOnlyList<double> MintedOnChain,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<int> StatusCounts,
    IReadOnlyList<string> OutboxStatuses,
    IReadOnlyList<int> OutboxCounts,
    IReadOnlyList<string> Programs,
    IReadOnlyList<double> BudgetConfirmed,
    IReadOnlyList<double> BudgetReserved,
    IReadOnlyList<double> BudgetRemaining);
