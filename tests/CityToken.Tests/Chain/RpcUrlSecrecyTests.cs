using System.Net;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain;

/// <summary>A provider's RPC URL carries its API key: no answer names it, not even when the chain is down.</summary>
public sealed class RpcUrlSecrecyTests
{
    private const string Secret = "SECRETKEY0123";

    [Test]
    public async Task HealthAndAnonymousReadsNeverShowTheRpcUrl()
    {
        var rpcUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/v3/{Secret}?apikey={Secret}";
        await using var service = new ServiceFactory(rpcUrl, SharedChain.Node.DeploymentsDirectory,
            Directory.CreateTempSubdirectory("citytoken-data-").FullName);
        service.Settings["Chain:StartupWaitSeconds"] = "1";
        using var client = service.CreateClient();

        foreach (var path in new[] { "/health", "/api/residents/0x70997970C51812dc3A010C7d01b50e0d17dc79C8/balance" })
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), $"{path}: {body}");
            Assert.That(body, Does.Contain("unreachable").Or.Contain("did not answer"), path);
            Assert.That(body, Does.Not.Contain(Secret).And.Not.Contain("/v3/"), path);
        }
    }
}
