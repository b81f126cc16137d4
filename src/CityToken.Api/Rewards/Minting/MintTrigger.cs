using Hangfire;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// Starts batching soon after actions are queued: at once (a Hangfire job) when the queue reaches the batch size,
/// otherwise after at most <see cref="MintingOptions.MaxQueueDelaySeconds"/> (a delayed job). At most one of each
/// is outstanding. The recurring job is the safety net; none of this state needs to survive a restart, since the
/// queue itself is in the database.
/// </summary>
public sealed class MintTrigger(IBackgroundJobClient jobs, IOptions<MintingOptions> options)
{
    private int _queuedSinceRun;
    private int _immediateOutstanding;
    private int _delayedOutstanding;

    /// <summary>Intake or a retry queued <paramref name="count"/> actions.</summary>
    public void Queued(int count)
    {
        var settings = options.Value;
        if (!settings.Enabled || count <= 0)
        {
            return;
        }
        var queued = Interlocked.Add(ref _queuedSinceRun, count);
        if (queued >= settings.BatchSize)
        {
            RunNow();
        }
        else if (Interlocked.Exchange(ref _delayedOutstanding, 1) == 0)
        {
            jobs.Schedule<MintBatcher>(batcher => batcher.RunAsync(CancellationToken.None), TimeSpan.FromSeconds(settings.MaxQueueDelaySeconds));
        }
    }

    /// <summary>Enqueues a batching run unless one is already waiting (e.g. after start-up, for what was queued before).</summary>
    public void RunNow()
    {
        if (options.Value.Enabled && Interlocked.Exchange(ref _immediateOutstanding, 1) == 0)
        {
            jobs.Enqueue<MintBatcher>(batcher => batcher.RunAsync(CancellationToken.None));
        }
    }

    /// <summary>
    /// A batch was confirmed: what was queued meanwhile has waited a whole batch already, so it is batched now rather
    /// than at the size trigger or the delayed run (a stream of actions then flows batch after batch, and the tail
    /// of a stream does not sit out the queue delay).
    /// </summary>
    public void BatchSettled()
    {
        if (Volatile.Read(ref _queuedSinceRun) > 0)
        {
            RunNow();
        }
    }

    /// <summary>A batching run starts: it takes everything queued so far.</summary>
    internal void RunStarting()
    {
        Interlocked.Exchange(ref _queuedSinceRun, 0);
        Interlocked.Exchange(ref _immediateOutstanding, 0);
        Interlocked.Exchange(ref _delayedOutstanding, 0);
    }
}
