namespace CityToken.Api.Funds;

/// <summary>
/// One funds decision checked and staged at a time, across requests and instances: otherwise two approvals sent at once
/// could both pass the checks (not yet decided, within budget) and the second would be sent and revert, paid for. A
/// semaphore within the instance, and on PostgreSQL the database's advisory lock across instances (<see cref="DatabaseGate"/>).
/// </summary>
public sealed class FundsDecisionGate(DatabaseMutex database) : IDisposable
{
    private const long DatabaseKey = 0x4354_6675_6E64_73; // "CTfunds"
    private readonly DatabaseGate _gate = new(database, DatabaseKey);

    /// <summary>Runs <paramref name="work"/> (checks, then staging and saving) while holding the gate.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) => _gate.RunAsync(work, cancellationToken);

    public void Dispose() => _gate.Dispose();
}
