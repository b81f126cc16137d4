using System.Net;
using System.Net.Http.Json;
using CityToken.Api.Health;
using CityToken.Api.Hosting;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain;

public sealed class HealthApiTests
{
    [Test]
    public async Task HealthyChainAnswers200WithChainAndContracts()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();

        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<HealthReport>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(report!.Status, Is.EqualTo("healthy"));
            Assert.That(report.ChainId, Is.EqualTo(31337));
            Assert.That(report.BlockNumber, Is.GreaterThanOrEqualTo(SharedChain.Manifest.DeploymentBlock));
            Assert.That(report.Contracts["CivicToken"], Is.EqualTo(SharedChain.Manifest.AddressOf("CivicToken")));
            Assert.That(report.Reason, Is.Null);
        });
    }

    [Test]
    public async Task UnreachableChainAnswers503WithAReasonAndReadsKeepWorking()
    {
        // A node that is started, deployed, then stopped: the manifest stays, the chain is gone.
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        await using var service = ServiceFactory.For(node);
        using var client = service.CreateClient();
        using (var healthy = await client.GetAsync("/health"))
        {
            Assert.That(healthy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        await node.StopAsync();

        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<HealthReport>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(report!.Status, Is.EqualTo("unhealthy"));
        Assert.That(report.Reason, Does.Contain("unreachable").Or.Contain("did not answer"));

        using var balance = await client.GetAsync("/api/residents/0x70997970C51812dc3A010C7d01b50e0d17dc79C8/balance");
        var problem = await ProblemAssert.IsProblemAsync(balance, HttpStatusCode.ServiceUnavailable);
        // The reason says what is wrong without the RPC URL (a provider's URL often carries its API key).
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("unreachable").Or.Contain("did not answer").And.Not.Contain(node.RpcUrl));
    }

    [Test]
    public async Task ChainWithoutTheDeploymentAnswers503NamingTheMissingContract()
    {
        // A fresh node (nothing deployed) read with the shared chain's manifest: what a restarted local chain looks like.
        await using var fresh = await HardhatNode.StartAsync();
        await using var service = new ServiceFactory(fresh.RpcUrl, SharedChain.Node.DeploymentsDirectory,
            Directory.CreateTempSubdirectory("citytoken-data-").FullName);
        using var client = service.CreateClient();

        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<HealthReport>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(report!.Reason, Does.Contain("CivicToken has no code"));
    }

    [Test]
    public async Task MissingManifestAnswers503SayingHowToDeploy()
    {
        await using var service = new ServiceFactory(SharedChain.Node.RpcUrl,
            Directory.CreateTempSubdirectory("citytoken-empty-").FullName,
            Directory.CreateTempSubdirectory("citytoken-data-").FullName);
        using var client = service.CreateClient();

        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<HealthReport>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(report!.Reason, Does.Contain("No deployment manifest"));
    }
}
