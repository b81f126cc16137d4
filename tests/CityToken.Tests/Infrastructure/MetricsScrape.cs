using System.Globalization;
using System.Net;

namespace CityToken.Tests.Infrastructure;

/// <summary>Reads <c>GET /metrics</c> (Prometheus text exposition) in tests: scrape, wait for a value, sum the samples of a metric.</summary>
internal static class MetricsScrape
{
    /// <summary>One scrape of <c>/metrics</c> (anonymous: any client of the service will do).</summary>
    public static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Scrapes until <paramref name="metric"/> has a sample and <paramref name="until"/> holds (the indexer reports once it
    /// has caught up, sampled gauges every few seconds, the exporter may answer from its short cache); returns the last text.
    /// </summary>
    public static async Task<string> ScrapeUntilAsync(HttpClient client, string metric, Func<string, bool>? until = null)
    {
        var text = "";
        // A sample line, not the # HELP / # TYPE lines the exporter writes for a gauge that has no value yet.
        bool Done() => Samples(text, metric).Any() && (until?.Invoke(text) ?? true);
        for (var attempt = 0; attempt < 200 && !Done(); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }
            text = await ScrapeAsync(client);
        }
        return text;
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels contain every one of <paramref name="labels"/> (0 when none).</summary>
    public static double Value(string text, string metric, params string[] labels) =>
        Samples(text, metric)
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture));

    private static IEnumerable<string> Samples(string text, string metric) =>
        text.Split('\n').Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal));
}
