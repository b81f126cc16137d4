using Hangfire;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// Starts batching soon after actions are queued: at once (in this process) when the queue reaches the batch size or
/// a batch was confirmed with actions waiting, otherwise after at most <see cref="MintingOptions.MaxQueueDelaySeconds"/>
/// (a delayed Hangfire job). At most one of each is outstanding. The recurring Hangfire job is the safety net; none of
/// this state needs to survive a restart, since the queue itself is in the database.
/// </summary>
public sealed partial class MintTrigger(IBackgroundJobClient jobs, IServiceProvider services, IOptions<MintingOptions> options, ILogger<MintTrigger> logger)
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

    /// <summary>
    /// Starts a batching run now unless one is already waiting (e.g. after start-up, for what was queued before). In this
    /// process rather than through Hangfire's queue, which is polled (<see cref="MintingOptions.PollIntervalMilliseconds"/>)
    /// and so put up to half a second between a full queue and its batch; a failed run is logged and left to the
    /// delayed and recurring Hangfire runs.
    /// </summary>
    public void RunNow()
    {
        if (options.Value.Enabled && Interlocked.Exchange(ref _immediateOutstanding, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await services.GetRequiredService<MintBatcher>().RunAsync(CancellationToken.None);
                }
                catch (ObjectDisposedException)
                {
                    // The host is stopping.
                }
                catch (Exception ex)
                {
                    Interlocked.Exchange(ref _immediateOutstanding, 0);
                    LogRunFailed(logger, ex);
                }
            });
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

    /// <summary>
    /// Minting waits (token paused, mint cap reached, a batch requeued): a batching run after <paramref name="delay"/>
    /// looks again, unless a delayed run is already outstanding.
    /// </summary>
    internal void RetryAfter(TimeSpan delay)
    {
        if (options.Value.Enabled && Interlocked.Exchange(ref _delayedOutstanding, 1) == 0)
        {
            jobs.Schedule<MintBatcher>(batcher => batcher.RunAsync(CancellationToken.None), delay);
        }
    }

    /// <summary>A batching run starts: it takes everything queued so far.</summary>
    internal void RunStarting()
    {
        Interlocked.Exchange(ref _queuedSinceRun, 0);
        Interlocked.Exchange(ref _immediateOutstanding, 0);
        Interlocked.Exchange(ref _delayedOutstanding, 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An immediate batching run failed; the delayed and recurring runs will batch the queue.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
