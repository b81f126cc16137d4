using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using CityToken.Api.Chain;
using CityToken.Api.Health;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain;

/// <summary>Chain:RpcUrls: a dead first endpoint fails over to the next (that no answer names them: RpcUrlSecrecyTests).</summary>
public sealed class RpcFailoverTests
{
    private const string Secret = "SECRETKEY0123";

    [Test]
    public async Task ADeadFirstEndpointFailsOverToTheNextForReadsAndTheOutbox()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Chain:RpcUrls:0"] = $"http://127.0.0.1:{LoopbackPort.Free()}/v3/{Secret}";
        service.Settings["Chain:RpcUrls:1"] = SharedChain.Node.RpcUrl;
        using var client = service.CreateClient();

        using var health = await client.GetAsync("/health");
        var report = await health.Content.ReadFromJsonAsync<HealthReport>();
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), report?.Reason);
        Assert.That(report!.ChainId, Is.EqualTo(31337));

        // A write: the outbox signs and sends a grant through the same endpoints, and it is mined.
        var resident = OutboxTestKit.NewResident();
        var (status, id) = await OutboxTestKit.GrantAsync(client, "failover-grant", resident, 700);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
        var entry = await OutboxTestKit.WaitForEntryAsync(client, id!.Value);
        Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
        Assert.That(await OutboxTestKit.BalanceAsync(SharedChain.Node, resident), Is.EqualTo(new BigInteger(700)));
    }

    [Test]
    public void AnRpcUrlThatIsNotHttpIsRefusedAtStartWithoutRepeatingIt()
    {
        var options = new ChainOptions { RpcUrls = ["http://127.0.0.1:8545", $"ftp://{Secret}@example"] };
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true);

        Assert.That(errors.Select(e => e.ErrorMessage).Single(), Is.EqualTo("Chain:RpcUrls:1 is not an absolute http(s) URL."));
    }

    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_sendRawTransaction\",\"params\":[\"0x02\"]}", true)]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_call\",\"params\":[]}", false)]
    public void OnlyReadsAreRetried(string body, bool write) => Assert.That(ChainHttp.IsWrite(body), Is.EqualTo(write));
}
