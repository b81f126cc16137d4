namespace CityToken.Api.Anchoring;

/// <summary>
/// Runs <see cref="AnchorBatcher"/> every <see cref="AnchoringOptions.IntervalSeconds"/>. Every instance may run it:
/// the run's database lock makes them take turns, and the second finds nothing pending.
/// </summary>
public sealed partial class AnchoringHostedService(AnchorBatcher batcher, IOptions<AnchoringOptions> options, TimeProvider time, ILogger<AnchoringHostedService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await batcher.RunAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The node or the database is away: the records stay pending for the next interval.
                    LogRunFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Anchoring run failed; the records stay pending for the next interval.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
