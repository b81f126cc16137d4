namespace CityToken.Api.Indexing;

/// <summary>
/// Runs the indexer on the instance that writes the index (<see cref="IndexerLeadership"/>): catch up, then wait for
/// the poll interval or the outbox's news of a mined transaction, again.
/// Node outages and other errors are recorded in the status (GET /health shows them) and retried with exponential
/// backoff; reads keep being served from the database.
/// </summary>
public sealed partial class IndexerHostedService(
    EventIndexer indexer,
    IndexerLeadership leadership,
    IndexerStatus status,
    ChainActivity activity,
    IOptions<IndexerOptions> options,
    IOptions<ChainOptions> chainOptions,
    TimeProvider time,
    ILogger<IndexerHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var backoff = TimeSpan.FromMilliseconds(500);
        var maxBackoff = TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds);
        var poll = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var news = activity.Next; // the service's own transactions being mined: index them now, not at the next poll
            try
            {
                if (!await leadership.HoldAsync(stoppingToken))
                {
                    // Another instance writes the index: stand by, ask again at the next poll.
                    status.StandingBy();
                    await ChainActivity.WaitAsync(news, poll, time, stoppingToken);
                    continue;
                }
                await indexer.CatchUpAsync(untilBlock: null, stoppingToken);
                backoff = TimeSpan.FromMilliseconds(500);
                await ChainActivity.WaitAsync(news, poll, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                var reason = ex is DeploymentManifestException ? ex.Message
                    : ChainErrors.IsUnavailable(ex) ? ChainErrors.Describe(ex, chainOptions.Value.RpcUrl)
                    : $"{ex.GetType().Name}: {ex.Message}";
                status.Failed(reason, time.GetUtcNow());
                LogFailed(logger, reason, backoff.TotalSeconds, ChainErrors.IsUnavailable(ex) ? null : ex);
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                backoff = TimeSpan.FromTicks(Math.Min(maxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexer: {Reason}; retrying in {Seconds} s.")]
    private static partial void LogFailed(ILogger logger, string reason, double seconds, Exception? exception);
}
