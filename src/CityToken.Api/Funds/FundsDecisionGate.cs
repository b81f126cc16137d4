namespace CityToken.Api.Funds;

/// <summary>
/// One funds decision checked and staged at a time, across requests and instances: otherwise two approvals sent at once
/// could both pass the checks (not yet decided, within budget) and the second would be sent and revert, paid for. A
/// semaphore within the instance, and on PostgreSQL the database's advisory lock across instances.
/// </summary>
public sealed class FundsDecisionGate(DatabaseMutex database) : IDisposable
{
    private const long DatabaseKey = 0x4354_6675_6E64_73; // "CTfunds"
    private readonly SemaphoreSlim _local = new(1, 1);

    /// <summary>Runs <paramref name="work"/> (checks, then staging and saving) while holding the gate.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _local.WaitAsync(cancellationToken);
        try
        {
            await using var held = await database.AcquireAsync(DatabaseKey, cancellationToken);
            return await work();
        }
        finally
        {
            _local.Release();
        }
    }

    public void Dispose() => _local.Dispose();
}
