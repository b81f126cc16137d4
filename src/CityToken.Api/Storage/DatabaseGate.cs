namespace CityToken.Api.Storage;

/// <summary>
/// One piece of work at a time under <paramref name="key"/>, across requests and instances: a semaphore within the
/// instance, and on PostgreSQL (<paramref name="database"/> given) <see cref="DatabaseMutex"/>'s session lock on the key,
/// taken before the work starts and released after it ends. Not re-entrant, not fair; cancellation applies to the waits.
/// </summary>
public sealed class DatabaseGate(DatabaseMutex? database, long key) : IDisposable
{
    private readonly SemaphoreSlim _local = new(1, 1);

    /// <summary>Runs <paramref name="work"/> alone: no other work under this gate's key runs beside it.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _local.WaitAsync(cancellationToken);
        try
        {
            await using var across = database is null ? null : await database.AcquireAsync(key, cancellationToken);
            return await work();
        }
        finally
        {
            _local.Release();
        }
    }

    public void Dispose() => _local.Dispose();
}
