namespace CityToken.Api.Indexing;

/// <summary>
/// "Now" for statuses computed at query time (credential expiry, ballot windows): the later of the wall clock
/// and the newest indexed block's time, so a chain whose clock was moved forward (evm_increaseTime) is respected.
/// </summary>
public static class ChainClock
{
    public static async Task<long> NowAsync(CityTokenDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var wall = time.GetUtcNow().ToUnixTimeSeconds();
        var newest = await db.Set<IndexedBlock>().OrderByDescending(b => b.Number).Select(b => (long?)b.Timestamp).FirstOrDefaultAsync(cancellationToken);
        return Math.Max(wall, newest ?? 0);
    }

    /// <summary>Last indexed block, or null before the first range.</summary>
    public static Task<long?> IndexedBlockAsync(CityTokenDb db, CancellationToken cancellationToken) =>
        db.Set<IndexerCheckpoint>().Where(c => c.BlockHash != null).OrderBy(c => c.Id).Select(c => (long?)c.BlockNumber).FirstOrDefaultAsync(cancellationToken);

    public static DateTimeOffset ToTime(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
}
