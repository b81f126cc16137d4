namespace CityToken.Api.Indexing;

/// <summary>
/// Copies the SQLite WAL into the database file (a PASSIVE checkpoint: it never blocks a writer) on its own
/// connection and task, after the indexer committed a piece with automatic checkpoints off
/// (<see cref="SqliteIndexerPragmas"/>). Requests made while one runs are merged into the next.
/// </summary>
public sealed partial class WalCheckpointer(IServiceScopeFactory scopes, ILogger<WalCheckpointer> logger) : IDisposable
{
    private readonly SemaphoreSlim _requested = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _start = new();
    private Task? _loop;

    /// <summary>Asks for a checkpoint soon (starts the background task on first use).</summary>
    public void Request()
    {
        lock (_start)
        {
            _loop ??= Task.Run(LoopAsync);
        }
        try
        {
            _requested.Release();
        }
        catch (SemaphoreFullException)
        {
            // One is already pending: it will include this commit.
        }
    }

    private async Task LoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await _requested.WaitAsync(_stopping.Token);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", _stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next request tries again; other connections still checkpoint automatically.
                LogFailed(logger, ex);
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping: whatever the last checkpoint did, SQLite finishes it at the next one.
        }
        _stopping.Dispose();
        _requested.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint failed; retrying after the next indexed piece.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
