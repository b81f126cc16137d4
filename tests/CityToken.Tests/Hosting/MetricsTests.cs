using System.Net;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Tests.Rewards;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Hosting;

/// <summary>GET /metrics: the Prometheus text exposition of the service's own instruments and ASP.NET Core's.</summary>
public sealed class MetricsTests
{
    [Test]
    public async Task ActionsByOutcomeRequestDurationsAndTheIndexerAreExported()
    {
        await using var host = await RewardsHost.StartAsync();
        using var reporter = await host.ClientAsync(StaffRoles.Reporter, "metrics-reporter");
        var slug = Unique("metered");
        await host.CreateProgramAsync(Program(slug, Fixed("1")));
        for (var i = 0; i < 3; i++)
        {
            var (accepted, _) = await PostActionAsync(reporter, Action(slug, NewResident(), 1));
            Assert.That(accepted, Is.EqualTo(HttpStatusCode.Accepted));
        }
        var (rejected, body) = await PostActionAsync(reporter, Action(slug, NewResident(), 1000));
        Assert.That(body.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.QuantityTooLarge), $"{rejected}");

        // The indexer reports block 0 until its first pass has indexed the deployment.
        var text = await ScrapeUntilAsync(host, "citytoken_indexer_indexed_block", t => Value(t, "citytoken_indexer_indexed_block") > 0);

        Assert.Multiple(() =>
        {
            Assert.That(Value(text, "citytoken_actions_total", $"program=\"{slug}\"", "status=\"queued\""), Is.EqualTo(3));
            Assert.That(Value(text, "citytoken_actions_total", $"program=\"{slug}\"", "status=\"rejected\"", $"reason=\"{RejectionReasons.QuantityTooLarge}\""), Is.EqualTo(1));
            Assert.That(Value(text, "http_server_request_duration_seconds_count", "http_request_method=\"POST\"", "http_route=\"/api/actions", "http_response_status_code=\"202\""), Is.GreaterThanOrEqualTo(3));
            Assert.That(Value(text, "citytoken_indexer_indexed_block"), Is.GreaterThan(0));
            Assert.That(text, Does.Contain("# TYPE citytoken_actions_total counter"));
        });

        // Sampled gauges (every few seconds): the queue by status, the outbox, the signer's balance.
        var sampled = await ScrapeUntilAsync(host, "citytoken_actions_by_status", t => Value(t, "citytoken_actions_by_status", "status=\"queued\"") >= 3);
        Assert.Multiple(() =>
        {
            Assert.That(Value(sampled, "citytoken_actions_by_status", "status=\"queued\""), Is.GreaterThanOrEqualTo(3));
            Assert.That(Value(sampled, "citytoken_actions_by_status", "status=\"rejected\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Value(sampled, "citytoken_signer_balance_eth", "account=\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\""), Is.GreaterThan(0));
            Assert.That(sampled, Does.Contain("citytoken_outbox_oldest_pending_seconds"));
        });
    }

    /// <summary>Scrapes until <paramref name="metric"/> appears and <paramref name="until"/> holds (the indexer reports once it has caught up, sampled gauges every few seconds).</summary>
    private static async Task<string> ScrapeUntilAsync(RewardsHost host, string metric, Func<string, bool>? until = null)
    {
        using var client = host.Anonymous();
        var text = "";
        // A sample line, not the # HELP / # TYPE lines the exporter writes for a gauge that has no value yet.
        bool Done() => Samples(text, metric).Any() && (until?.Invoke(text) ?? true);
        for (var attempt = 0; attempt < 200 && !Done(); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }
            using var response = await client.GetAsync("/metrics");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            text = await response.Content.ReadAsStringAsync();
        }
        return text;
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels contain every one of <paramref name="labels"/>.</summary>
    private static double Value(string text, string metric, params string[] labels) =>
        Samples(text, metric)
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));

    private static IEnumerable<string> Samples(string text, string metric) =>
        text.Split('\n').Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal));
}
