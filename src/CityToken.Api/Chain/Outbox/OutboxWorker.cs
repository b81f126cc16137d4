namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Drives the outbox: a cycle whenever something is enqueued or the poll interval passes; on an RPC error or
/// timeout it backs off (doubling up to a maximum) and reconciles nonces with the node before the next cycle.
/// While another instance holds the sender's lease this one stands by (it still accepts requests: they queue in the
/// shared database) and claims the lease when it expires; on stop it releases the lease.
/// </summary>
public sealed partial class OutboxWorker(
    OutboxProcessor processor,
    OutboxSignal signal,
    OutboxState state,
    IOptions<OutboxOptions> options,
    IOptions<ChainOptions> chain,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var lease = await processor.RunOnceAsync(stoppingToken);
                state.Lease(lease);
                state.Succeeded(time.GetUtcNow());
                backoff = TimeSpan.Zero;
                await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (OutboxLeaseLostException ex)
            {
                // Not a node problem: another instance sends now. The next cycle finds it holding the lease and stands by.
                state.LeaseLost(time.GetUtcNow(), ex.Message);
                processor.RequestReconcile();
            }
            catch (Exception ex)
            {
                var problem = ChainErrors.IsUnavailable(ex)
                    ? ChainErrors.Describe(ex, chain.Value.RpcUrl)
                    : $"{ex.GetType().Name}: {ex.Message}";
                state.Failed(time.GetUtcNow(), problem);
                processor.RequestReconcile();
                backoff = backoff == TimeSpan.Zero
                    ? TimeSpan.FromMilliseconds(options.Value.InitialBackoffMilliseconds)
                    : TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, options.Value.MaxBackoffMilliseconds));
                LogCycleFailed(logger, problem, backoff.TotalMilliseconds, ChainErrors.IsUnavailable(ex) ? null : ex);
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        try
        {
            await processor.ReleaseLeaseAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The lease then simply expires after Outbox:LeaseSeconds.
            LogReleaseFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox cycle failed ({Problem}); retrying in {BackoffMs} ms.")]
    private static partial void LogCycleFailed(ILogger logger, string problem, double backoffMs, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: could not release the sender lease at shutdown ({Problem}); it expires by itself.")]
    private static partial void LogReleaseFailed(ILogger logger, string problem);
}
