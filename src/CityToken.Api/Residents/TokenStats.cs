using CityToken.Api.Indexing;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Api.Residents;

/// <summary>
/// GET /api/tokens/stats. Amounts are base units as decimal strings. <see cref="MintedPerProgram"/> is null until
/// the rewards engine exists: it will group <c>RewardBatches</c> by the program its batch record names.
/// </summary>
public sealed record TokenStatsResponse(
    string TotalSupply, string Minted, string Burned, int Holders, int RewardBatches, long? IndexedBlock,
    IReadOnlyList<DailyMinted> MintedPerDay, IReadOnlyList<ProgramMinted>? MintedPerProgram);

/// <summary>Minted on one UTC day (block time).</summary>
public sealed record DailyMinted(string Day, string Minted, int Mints, string Burned, int Transfers);

/// <summary>Minted by one reward program (filled in by the rewards engine).</summary>
public sealed record ProgramMinted(string Program, string Minted, int Rewards);

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
            MintedPerProgram: null);
    }
}
