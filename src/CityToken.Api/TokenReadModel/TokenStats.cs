using CityToken.Api.Rewards;

namespace CityToken.Api.TokenReadModel;

/// <summary>
/// GET /api/tokens/stats. Amounts are base units as decimal strings. <see cref="MintedPerProgram"/> counts the
/// confirmed actions of each program whose reward batch the indexer has seen minted, per UTC day of that block.
/// </summary>
public sealed record TokenStatsResponse(
    string TotalSupply, string Minted, string Burned, int Holders, int RewardBatches, long? IndexedBlock,
    IReadOnlyList<DailyMinted> MintedPerDay, IReadOnlyList<ProgramMinted>? MintedPerProgram);

/// <summary>Minted on one UTC day (block time).</summary>
public sealed record DailyMinted(string Day, string Minted, int Mints, string Burned, int Transfers);

/// <summary>Minted by one reward program: in all, and per UTC day (newest first, as many days as asked).</summary>
public sealed record ProgramMinted(string Program, string Minted, int Rewards, IReadOnlyList<ProgramDayMinted> PerDay);

/// <summary>Minted by one program on one UTC day (block time).</summary>
public sealed record ProgramDayMinted(string Day, string Minted, int Rewards);

public static class TokenStats
{
    public static async Task<TokenStatsResponse> GetAsync(CityTokenDb db, int days, CancellationToken cancellationToken)
    {
        var supply = await db.Set<TokenSupply>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var perDay = await db.Set<TokenDailyStat>().AsNoTracking().OrderByDescending(d => d.Day).Take(days).ToListAsync(cancellationToken);
        return new TokenStatsResponse(
            supply?.TotalSupply ?? "0",
            supply?.Minted ?? "0",
            supply?.Burned ?? "0",
            await db.Set<TokenBalance>().CountAsync(cancellationToken),
            await db.Set<RewardBatch>().CountAsync(cancellationToken),
            await ChainClock.IndexedBlockAsync(db, cancellationToken),
            perDay.Select(d => new DailyMinted(d.Day, d.Minted, d.Mints, d.Burned, d.Transfers)).ToList(),
            await MintedPerProgramAsync(db, days, cancellationToken));
    }

    private static async Task<IReadOnlyList<ProgramMinted>> MintedPerProgramAsync(CityTokenDb db, int days, CancellationToken cancellationToken)
    {
        var blockTimes = await db.Set<RewardBatch>().AsNoTracking().ToDictionaryAsync(b => b.BatchId, b => b.BlockTime, cancellationToken);
        var confirmed = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Confirmed && a.BatchId != null)
            .Select(a => new { a.ProgramSlug, a.BatchId, a.Amount })
            .ToListAsync(cancellationToken);
        // Amounts are decimal strings in the database: summed here.
        return confirmed
            .Where(a => blockTimes.ContainsKey(a.BatchId!))
            .Select(a => new { a.ProgramSlug, a.Amount, Day = DateTimeOffset.FromUnixTimeSeconds(blockTimes[a.BatchId!]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            .GroupBy(a => a.ProgramSlug)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProgramMinted(
                g.Key,
                Sum(g.Select(a => a.Amount)),
                g.Count(),
                g.GroupBy(a => a.Day).OrderByDescending(d => d.Key, StringComparer.Ordinal).Take(days)
                    .Select(d => new ProgramDayMinted(d.Key, Sum(d.Select(a => a.Amount)), d.Count())).ToList()))
            .ToList();
    }

    private static string Sum(IEnumerable<System.Numerics.BigInteger> amounts) =>
        amounts.Aggregate(System.Numerics.BigInteger.Zero, (s, a) => s + a).ToString(CultureInfo.InvariantCulture);
}
