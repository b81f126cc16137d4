using Hangfire;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// Registers the recurring jobs, reconciles unfinished batches with the chain once it answers, then follows
/// batches. Batching itself runs in Hangfire; following is a loop here, because a batch's confirmation should reach
/// its actions at once: it looks whenever the outbox reports a transaction mined or settled, else every interval.
/// </summary>
public sealed partial class MintingHostedService(
    IRecurringJobManager recurringJobs,
    MintBatchFollower follower,
    MintTrigger trigger,
    ChainActivity activity,
    IOptions<MintingOptions> options,
    TimeProvider time,
    ILogger<MintingHostedService> logger) : BackgroundService
{
    public const string BatchJobId = "mint-batches";
    public const string ReconciliationJobId = "rewards-reconciliation";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        recurringJobs.AddOrUpdate<MintBatcher>(BatchJobId, batcher => batcher.RunAsync(CancellationToken.None), settings.BatchCron);
        recurringJobs.AddOrUpdate<RewardsReconciliation>(ReconciliationJobId, r => r.RunAsync(CancellationToken.None), settings.ReconciliationCron);
        var interval = TimeSpan.FromMilliseconds(settings.FollowIntervalMilliseconds);
        var reconciled = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var news = activity.Next; // the outbox's next news of a mined or settled transaction
            try
            {
                if (!reconciled)
                {
                    var confirmed = await follower.ReconcileWithChainAsync(stoppingToken);
                    reconciled = true;
                    LogReconciled(logger, confirmed);
                    // Whatever was queued before the restart gets a batching run now, not at the next cron tick.
                    trigger.RunNow();
                }
                await follower.FollowAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The node or the database is away: keep trying; the state is in the database.
                LogFollowFailed(logger, ex);
            }
            try
            {
                await ChainActivity.WaitAsync(news, interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Minting start-up reconciliation: {Confirmed} unfinished batch(es) found minted on chain and confirmed.")]
    private static partial void LogReconciled(ILogger logger, int confirmed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following mint batches failed; retrying.")]
    private static partial void LogFollowFailed(ILogger logger, Exception exception);
}
