using System.Net;
using System.Text.Json;
using CityToken.Tests.Auth;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain;

/// <summary>GET /health/live and /health/ready, for load balancers: against a real chain and database.</summary>
public sealed class HealthProbesTests
{
    private static readonly string[] ReadinessChecks = ["database", "chain", "signer-balance", "components", "leases"];

    [Test]
    public async Task AReadyInstanceAnswersBothProbes()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();

        using var live = await client.GetAsync("/health/live");
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await live.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));

        var (status, ready) = await ReadyAsync(client);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(ready.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            foreach (var check in ReadinessChecks)
            {
                Assert.That(CheckStatus(ready, check), Is.EqualTo("Healthy"), check);
            }
            Assert.That(Description(ready, "signer-balance"), Does.Contain("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").And.Contain("ETH"));
            Assert.That(Description(ready, "leases"), Does.Contain("; it writes the index"));
        });
    }

    [Test]
    public async Task AStoppedChainMakesTheInstanceNotReadyButStillLive()
    {
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        await using var service = ServiceFactory.For(node);
        using var client = service.CreateClient();
        Assert.That((await ReadyAsync(client)).Status, Is.EqualTo(HttpStatusCode.OK));
        await node.StopAsync();

        var (status, ready) = await ReadyAsync(client);
        using var live = await client.GetAsync("/health/live");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(CheckStatus(ready, "chain"), Is.EqualTo("Unhealthy"));
            Assert.That(Description(ready, "chain"), Does.Contain("unreachable").Or.Contain("did not answer").And.Not.Contain(node.RpcUrl));
            Assert.That(CheckStatus(ready, "database"), Is.EqualTo("Healthy"));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the process still answers");
        });
    }

    [Test]
    public async Task ASignerShortOfGasMoneyMakesReadinessDegradedNotDown()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Chain:MinSignerBalanceEth"] = "1000000";
        using var client = service.CreateClient();

        var (status, ready) = await ReadyAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "degraded still serves");
            Assert.That(ready.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
            Assert.That(CheckStatus(ready, "signer-balance"), Is.EqualTo("Degraded"));
            Assert.That(Description(ready, "signer-balance"), Does.Contain("Chain:MinSignerBalanceEth"));
        });

        // The dashboard's overview warns with the same reading.
        var overview = await OverviewAsync(service);
        Assert.Multiple(() =>
        {
            Assert.That(overview, Does.Contain("data-testid=\"signer-balance-low\""));
            Assert.That(overview, Does.Contain("below Chain:MinSignerBalanceEth (1000000)"));
            Assert.That(overview, Does.Match("data-testid=\"signer-balance\">[0-9.]+<"));
        });
    }

    [Test]
    public async Task TheOverviewShowsTheSignersBalanceWithoutAWarningAboveTheMinimum()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);

        var overview = await OverviewAsync(service);

        var figure = System.Text.RegularExpressions.Regex.Match(overview, "data-testid=\"signer-balance\">([0-9.]+)<");
        Assert.Multiple(() =>
        {
            Assert.That(figure.Success, Is.True, "the balance tile");
            Assert.That(decimal.Parse(figure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0.05m));
            Assert.That(overview, Does.Not.Contain("signer-balance-low"));
        });
    }

    /// <summary>The dashboard's overview, signed in with the bootstrap admin key.</summary>
    private static async Task<string> OverviewAsync(ServiceFactory service)
    {
        using var browser = new DashboardClient(service);
        await browser.SignInAsync(ServiceFactory.AdminKey);
        using var response = await browser.GetAsync("/admin");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string? CheckStatus(JsonElement report, string check) =>
        report.GetProperty("checks").GetProperty(check).GetProperty("status").GetString();

    private static string? Description(JsonElement report, string check) =>
        report.GetProperty("checks").GetProperty(check).GetProperty("description").GetString();
}
