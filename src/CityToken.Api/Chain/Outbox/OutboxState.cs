namespace CityToken.Api.Chain.Outbox;

/// <summary>What the worker last saw of the node and of the sender lease, for /health (thread-safe snapshot).</summary>
public sealed class OutboxState
{
    private readonly Lock _gate = new();
    private string? _nodeProblem;
    private DateTimeOffset? _lastCycleAt;
    private int _consecutiveFailures;
    private LeaseStatus? _lease;
    private DateTimeOffset? _leaseLostAt;
    private string? _leaseLostReason;
    private long? _head;

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

    /// <summary>
    /// The chain head the last cycle saw (for the stuck-by-blocks rule in /health); true when it is below the one seen
    /// before (the node restarted from older state, or a reorg to a shorter chain).
    /// </summary>
    public bool SawHead(long head)
    {
        lock (_gate)
        {
            var wentBack = head < _head;
            _head = head;
            return wentBack;
        }
    }

    /// <summary>The lease as the last cycle found it (held by this instance or another).</summary>
    public void Lease(LeaseStatus lease)
    {
        lock (_gate)
        {
            _lease = lease;
        }
    }

    /// <summary>This instance held the lease and lost it (another instance claimed it).</summary>
    public void LeaseLost(DateTimeOffset at, string reason)
    {
        lock (_gate)
        {
            _lease = _lease is null ? null : _lease with { Held = false, NewlyAcquired = false };
            _leaseLostAt = at;
            _leaseLostReason = reason;
        }
    }

    public OutboxStateSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new OutboxStateSnapshot(_nodeProblem, _lastCycleAt, _consecutiveFailures, _lease, _leaseLostAt, _leaseLostReason, _head);
        }
    }
}

/// <summary>A copy of <see cref="OutboxState"/> at one moment.</summary>
public sealed record OutboxStateSnapshot(
    string? NodeProblem,
    DateTimeOffset? LastCycleAt,
    int ConsecutiveFailures,
    LeaseStatus? Lease,
    DateTimeOffset? LeaseLostAt,
    string? LeaseLostReason,
    long? Head);
