namespace CityToken.Api.Indexing;

/// <summary>
/// Which instance writes the index when several share one PostgreSQL database: the one holding the writer lock (a
/// session advisory lock, <see cref="DatabaseMutex.TryHoldAsync"/>). The others stand by and ask again every poll, so
/// when the writer dies (its session ends with it) another takes over within a poll interval. Fencing is separate and
/// does not trust this: every index write transaction takes <see cref="WriteKey"/> first and re-reads the checkpoint
/// under it (<see cref="RangeWriter"/>, <see cref="IndexRollback"/>), so even two instances that both believe they
/// write take turns and the second finds the range already stored. On SQLite there is one instance, always the writer.
/// </summary>
public sealed partial class IndexerLeadership(DatabaseMutex mutex, TimeProvider time, ILogger<IndexerLeadership> logger) : IAsyncDisposable
{
    /// <summary>The writer's session lock ("CTindex").</summary>
    private const long LeaderKey = 0x4354_696E_6465_78;

    /// <summary>The lock each index write transaction takes ("CTidxwr"); not the leader's key, which its own session holds.</summary>
    public const long WriteKey = 0x4354_6964_7877_72;

    private DatabaseMutex.HeldLock? _held;

    /// <summary>True while this instance writes the index.</summary>
    public bool IsWriter => _held is not null;

    /// <summary>When this instance became the writer (null while standing by).</summary>
    public DateTimeOffset? WriterSince { get; private set; }

    /// <summary>Keeps or takes the writer lock; false when another instance holds it.</summary>
    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        if (_held is not null)
        {
            if (await _held.IsHeldAsync(cancellationToken))
            {
                return true;
            }
            await LoseAsync();
        }
        _held = await mutex.TryHoldAsync(LeaderKey, cancellationToken);
        if (_held is not null)
        {
            WriterSince = time.GetUtcNow();
            LogWriter(logger);
        }
        return _held is not null;
    }

    private async Task LoseAsync()
    {
        var held = _held;
        (_held, WriterSince) = (null, null);
        LogLost(logger);
        try
        {
            await held!.DisposeAsync();
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // The session is gone already: so is its lock.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_held is not null)
        {
            await _held.DisposeAsync();
            _held = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexer: this instance now writes the index.")]
    private static partial void LogWriter(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexer: this instance lost the writer lock (its database session ended); standing by.")]
    private static partial void LogLost(ILogger logger);
}
