using System.Diagnostics.Metrics;

namespace CityToken.Api.Hosting;

/// <summary>
/// Gauges whose values come from a query or a call too costly for every scrape (counts by status, a balance): a
/// background loop samples them every <see cref="SampleInterval"/> and a scrape reports the last sample. A failed
/// sample keeps the previous values and is logged; the next one tries again.
/// </summary>
public abstract partial class SampledGauges(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    /// <summary>How old a reported value may be, at most (a scrape every 15–60 s sees fresh enough figures).</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, IReadOnlyList<Measurement<double>>> _last = [];
    private readonly Lock _gate = new();

    /// <summary>Declares gauge <paramref name="name"/> on <paramref name="meter"/>, reporting what the last sample set for it.</summary>
    protected void Gauge(Meter meter, string name, string description) =>
        meter.CreateObservableGauge(name, () => Last(name), description: description);

    /// <summary>Samples every gauge: name → measurements (labels as tags).</summary>
    protected abstract Task<IReadOnlyDictionary<string, IReadOnlyList<Measurement<double>>>> SampleAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SampleInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sample = await SampleAsync(scope.ServiceProvider, stoppingToken);
                lock (_gate)
                {
                    foreach (var (name, measurements) in sample)
                    {
                        _last[name] = measurements;
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSampleFailed(logger, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private IReadOnlyList<Measurement<double>> Last(string name)
    {
        lock (_gate)
        {
            return _last.TryGetValue(name, out var measurements) ? measurements : [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sampling the {Gauges} metrics failed; the last values stay until the next sample.")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception, string gauges);
}
