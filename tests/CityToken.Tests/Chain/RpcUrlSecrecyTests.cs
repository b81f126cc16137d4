using System.Net;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain;

/// <summary>A provider's RPC URL carries its API key: no answer names it (nor any of Chain:RpcUrls), not even when the chain is down.</summary>
public sealed class RpcUrlSecrecyTests
{
    private const string Secret = "SECRETKEY0123";

    [Test]
    public async Task HealthAndAnonymousReadsNeverShowTheRpcUrl()
    {
        var rpcUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/v3/{Secret}?apikey={Secret}";
        await using var service = new ServiceFactory(rpcUrl, SharedChain.Node.DeploymentsDirectory,
            Directory.CreateTempSubdirectory("citytoken-data-").FullName);
        await AssertNoAnswerNamesAsync(service, Secret, "/v3/");
    }

    [Test]
    public async Task WithSeveralEndpointsAllDownNoAnswerNamesAnyOfThem()
    {
        string[] urls = [$"http://127.0.0.1:{LoopbackPort.Free()}/v3/{Secret}", $"http://127.0.0.1:{LoopbackPort.Free()}/?apikey={Secret}"];
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Chain:RpcUrls:0"] = urls[0];
        service.Settings["Chain:RpcUrls:1"] = urls[1];
        await AssertNoAnswerNamesAsync(service, [Secret, .. urls.Select(u => new Uri(u).Authority)]);
    }

    /// <summary>/health and an anonymous read answer 503 saying why, and no part of <paramref name="hidden"/>.</summary>
    private static async Task AssertNoAnswerNamesAsync(ServiceFactory service, params string[] hidden)
    {
        service.Settings["Chain:StartupWaitSeconds"] = "1";
        using var client = service.CreateClient();

        foreach (var path in new[] { "/health", "/api/residents/0x70997970C51812dc3A010C7d01b50e0d17dc79C8/balance" })
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), $"{path}: {body}");
            Assert.That(body, Does.Contain("unreachable").Or.Contain("did not answer"), path);
            foreach (var part in hidden)
            {
                Assert.That(body, Does.Not.Contain(part), path);
            }
        }
    }
}
