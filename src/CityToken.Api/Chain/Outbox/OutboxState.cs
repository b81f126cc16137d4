namespace CityToken.Api.Chain.Outbox;

/// <summary>What the worker last saw of the node, for /health (thread-safe snapshot).</summary>
public sealed class OutboxState
{
    private readonly Lock _gate = new();
    private string? _nodeProblem;
    private DateTimeOffset? _lastCycleAt;
    private int _consecutiveFailures;

    public void Succeeded(DateTimeOffset at)
    {
        lock (_gate)
        {
            _nodeProblem = null;
            _consecutiveFailures = 0;
            _lastCycleAt = at;
        }
    }

    public void Failed(DateTimeOffset at, string problem)
    {
        lock (_gate)
        {
            _nodeProblem = problem;
            _consecutiveFailures++;
            _lastCycleAt = at;
        }
    }

    public (string? NodeProblem, DateTimeOffset? LastCycleAt, int ConsecutiveFailures) Snapshot()
    {
        lock (_gate)
        {
            return (_nodeProblem, _lastCycleAt, _consecutiveFailures);
        }
    }
}
