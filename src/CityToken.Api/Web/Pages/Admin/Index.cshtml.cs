using System.Globalization;
using System.Numerics;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Indexing;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Api.Web.Pages.Admin;

/// <summary>
/// The overview: minted per day (per program from confirmed actions, in total from the token index), action queue
/// depth by status, outbox depth, indexer lag, budget per program, and whether minting waits (token paused, mint cap
/// reached). Reads the same read models the API serves.
/// </summary>
public sealed class IndexModel(CityTokenDb db, IndexerStatus indexer, MintHold mintHold, TimeProvider time) : PageModel
{
    public const int Days = 30;

    public required TokenStatsResponse Stats { get; set; }
    public required OverviewCharts Charts { get; set; }
    public int ActiveResidents { get; set; }
    public long? IndexerLag { get; set; }
    public IndexerStatus Indexer => indexer;

    /// <summary>Why minting waits, as the batcher's last look at the chain found; null while it mints.</summary>
    public MintHoldState? MintingHold { get; } = mintHold.Current;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stats = await TokenStats.GetAsync(db, Days, ct);
        var firstDay = time.GetUtcNow().UtcDateTime.Date.AddDays(-(Days - 1));
        var days = Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var from = days[0];

        // Confirmed rewards per day and program. Amounts are base-unit strings in the database, so they are summed here.
        var confirmed = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Confirmed && a.LocalDay.CompareTo(from) >= 0)
            .Select(a => new { a.LocalDay, a.ProgramSlug, a.Amount })
            .ToListAsync(ct);
        var perProgram = confirmed.GroupBy(a => a.ProgramSlug).OrderBy(g => g.Key).Select(g =>
        {
            var byDay = g.GroupBy(a => a.LocalDay).ToDictionary(d => d.Key, d => d.Aggregate(BigInteger.Zero, (sum, a) => sum + a.Amount));
            return new ChartSeries(g.Key, days.Select(d => Tokens(byDay.GetValueOrDefault(d))).ToList());
        }).ToList();
        var chainPerDay = Stats.MintedPerDay.ToDictionary(d => d.Day, d => Tokens(BigInteger.Parse(d.Minted, CultureInfo.InvariantCulture)));

        var statusCounts = await db.Set<CivicAction>().AsNoTracking().GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var outboxCounts = await db.Set<OutboxEntry>().AsNoTracking().GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        ActiveResidents = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => ActionStatus.Counting.Contains(a.Status) && a.LocalDay.CompareTo(from) >= 0)
            .Select(a => a.Resident).Distinct().CountAsync(ct);

        var programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).ToListAsync(ct);
        IndexerLag = indexer.HeadBlock is { } head && indexer.IndexedBlock is { } indexed ? Math.Max(0, head - indexed) : null;

        string[] statuses = [ActionStatus.Accepted, ActionStatus.Queued, ActionStatus.Batched, ActionStatus.Submitted, ActionStatus.Confirmed, ActionStatus.Rejected, ActionStatus.Failed];
        Charts = new OverviewCharts(
            days,
            perProgram,
            days.Select(d => chainPerDay.GetValueOrDefault(d)).ToList(),
            statuses.ToList(),
            statuses.Select(s => statusCounts.GetValueOrDefault(s)).ToList(),
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
