namespace CityToken.Api.Rewards;

/// <summary>
/// The rewards side of the dashboard's overview, from <see cref="CivicAction"/> and <see cref="RewardProgram"/>:
/// confirmed rewards per program and day, the queue by status, residents rewarded, each program's budget.
/// </summary>
public sealed record RewardsOverview(
    IReadOnlyList<ProgramConfirmedPerDay> ConfirmedPerProgram,
    IReadOnlyDictionary<string, int> ActionsByStatus,
    int ActiveResidents,
    IReadOnlyList<RewardProgram> Programs)
{
    /// <summary>The overview since <paramref name="firstDay"/> (a local day, yyyy-MM-dd); programs by slug.</summary>
    public static async Task<RewardsOverview> GetAsync(CityTokenDb db, string firstDay, CancellationToken ct)
    {
        // Confirmed rewards per day and program. Amounts are base-unit strings in the database, so they are summed here.
        var confirmed = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Confirmed && a.LocalDay.CompareTo(firstDay) >= 0)
            .Select(a => new { a.LocalDay, a.ProgramSlug, a.Amount })
            .ToListAsync(ct);
        var perProgram = confirmed.GroupBy(a => a.ProgramSlug).OrderBy(g => g.Key).Select(g => new ProgramConfirmedPerDay(
            g.Key, g.GroupBy(a => a.LocalDay).ToDictionary(d => d.Key, d => d.Aggregate(BigInteger.Zero, (sum, a) => sum + a.Amount)))).ToList();
        var statusCounts = await db.Set<CivicAction>().AsNoTracking().GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var activeResidents = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => ActionStatus.Counting.Contains(a.Status) && a.LocalDay.CompareTo(firstDay) >= 0)
            .Select(a => a.Resident).Distinct().CountAsync(ct);
        var programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).ToListAsync(ct);
        return new RewardsOverview(perProgram, statusCounts, activeResidents, programs);
    }
}

/// <summary>A program's confirmed rewards (base units) per local day (yyyy-MM-dd); days without any are absent.</summary>
public sealed record ProgramConfirmedPerDay(string Program, IReadOnlyDictionary<string, BigInteger> PerDay);
