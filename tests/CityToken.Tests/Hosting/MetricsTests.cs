using System.Net;
using System.Net.Http.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using CityToken.Tests.Rewards;
using static CityToken.Tests.Infrastructure.MetricsScrape;
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

    [Test]
    public async Task RelaysAreCountedByKindAndOutcome()
    {
        await using var host = await RewardsHost.StartAsync();
        using var client = host.Anonymous();
        // Refused before anything is asked of the chain: two invalid votes, one invalid redemption.
        for (var i = 0; i < 2; i++)
        {
            using var vote = await client.PostAsJsonAsync("/api/ballots/1/votes", new { voter = "nobody" });
            Assert.That(vote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
        using (var redemption = await client.PostAsJsonAsync("/api/redemptions", new { resident = "nobody" }))
        {
            Assert.That(redemption.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }

        var text = await ScrapeUntilAsync(host, "citytoken_relays_total", t => Value(t, "citytoken_relays_total") >= 3);
        Assert.Multiple(() =>
        {
            Assert.That(Value(text, "citytoken_relays_total", "kind=\"vote\"", "outcome=\"refused\""), Is.EqualTo(2));
            Assert.That(Value(text, "citytoken_relays_total", "kind=\"redemption\"", "outcome=\"refused\""), Is.EqualTo(1));
            Assert.That(Value(text, "citytoken_relays_total", "outcome=\"accepted\""), Is.Zero);
            Assert.That(Value(text, "citytoken_relays_total", "outcome=\"confirmed\""), Is.Zero, "no outbox entry of a relay ended");
        });
    }

    private static async Task<string> ScrapeUntilAsync(RewardsHost host, string metric, Func<string, bool>? until = null)
    {
        using var client = host.Anonymous();
        return await MetricsScrape.ScrapeUntilAsync(client, metric, until);
    }
}
