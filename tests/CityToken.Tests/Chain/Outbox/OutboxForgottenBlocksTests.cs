using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Nethereum.Web3;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// A chain shorter than the database remembers: a local node killed before it saved its last blocks comes back
/// without them, though the service had seen them mined and confirmed. Played with evm_revert while the service is
/// stopped: the database is kept (same deployment), the forgotten transactions are sent again with the same bytes,
/// and every accepted action ends minted exactly once.
/// </summary>
[NonParallelizable]
public sealed class OutboxForgottenBlocksTests
{
    private HardhatNode _node = null!;

    [OneTimeSetUp]
    public async Task StartNodeAsync()
    {
        _node = await HardhatNode.StartAsync();
        await _node.DeployAsync();
    }

    [OneTimeTearDown]
    public async Task StopNodeAsync() => await _node.DisposeAsync();

    [Test]
    public async Task ConfirmedMintsTheChainForgotAreSentAgainAndEveryActionIsMintedOnce()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-forgotten-").FullName;
        var slug = Unique("forgotten");
        var residents = Enumerable.Range(0, 5).Select(_ => NewResident()).ToList();
        var kept = Actions(slug, residents, 0, 10);
        var forgotten = Actions(slug, residents, 10, 20);
        var token = OutboxTestKit.Token(_node);
        var supplyBefore = await token.TotalSupplyQueryAsync();
        var headBefore = await new Web3(_node.RpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync();
        string snapshot;
        long nonceBeforeForgetting;

        await using (var service = Service(data))
        {
            using var admin = Admin(service);
            using (var created = await admin.PostAsJsonAsync("/api/programs", Program(slug, new { kind = "per-unit", rates = new { any = "1.5" } }, budget: "100000")))
            {
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            }
            await PostAllAsync(admin, kept);
            await WaitSettledAsync(admin, slug, kept.Count, timeoutSeconds: 60);
            // What the chain will still hold; everything after it is forgotten.
            snapshot = (await OutboxTestKit.RpcAsync(_node, "evm_snapshot")).GetString()!;
            nonceBeforeForgetting = await OutboxTestKit.NonceOfServiceAsync(_node);
            await PostAllAsync(admin, forgotten);
            var settled = await WaitSettledAsync(admin, slug, kept.Count + forgotten.Count, timeoutSeconds: 60);
            Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed));
        }
        var nonceAfterMinting = await OutboxTestKit.NonceOfServiceAsync(_node);
        Assert.That((await OutboxTestKit.RpcAsync(_node, "evm_revert", snapshot)).GetBoolean(), Is.True);
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBeforeForgetting), "the chain forgot the last mints");
        Assert.That(nonceAfterMinting, Is.GreaterThan(nonceBeforeForgetting));

        await using (var restarted = Service(data))
        {
            using var admin = Admin(restarted);
            var settled = await WaitSettledAsync(admin, slug, kept.Count + forgotten.Count, timeoutSeconds: 60);
            Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed));
            var sums = SumsPerResident(settled);
            var total = sums.Values.Aggregate(BigInteger.Zero, (s, v) => s + v);
            // The outbox re-sends in its own time: wait until the chain holds the whole supply again.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await token.TotalSupplyQueryAsync() - supplyBefore < total && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            foreach (var (resident, sum) in sums)
            {
                Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(sum), $"balance of {resident}");
            }
            Assert.That(await token.TotalSupplyQueryAsync() - supplyBefore, Is.EqualTo(total), "supply grew by the confirmed actions, once");
            Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceAfterMinting),
                "the forgotten transactions were sent again with their own nonces, nothing more");
            await AssertEachConfirmedBatchMintedOnceAsync(admin, _node, headBefore.Value);
            var report = await ReconcileAsync(admin);
            Assert.That(report.GetProperty("differences").GetArrayLength(), Is.Zero, report.ToString());
        }
        Assert.That(Directory.Exists(Path.Combine(data, ChainBindingGuard.SetAsideFolder)), Is.False,
            "same deployment on a shorter chain: the database is kept");
    }

    [Test]
    public async Task WhileTheServiceRunsANodeThatWentBackIsNoticedAndTheForgottenGrantsAreSentAgain()
    {
        await using var service = OutboxTestKit.ServiceWith(_node);
        using var client = service.CreateClient();
        var kept = OutboxTestKit.NewResident();
        var (_, keptId) = await OutboxTestKit.GrantAsync(client, Unique("kept"), kept, 5);
        Assert.That((await OutboxTestKit.WaitForEntryAsync(client, keptId!.Value)).Status(), Is.EqualTo("confirmed"));
        var snapshot = (await OutboxTestKit.RpcAsync(_node, "evm_snapshot")).GetString()!;
        var residents = Enumerable.Range(0, 3).Select(_ => OutboxTestKit.NewResident()).ToList();
        foreach (var (resident, i) in residents.Select((r, i) => (r, i)))
        {
            var (_, id) = await OutboxTestKit.GrantAsync(client, Unique("forgotten"), resident, 10 + i);
            Assert.That((await OutboxTestKit.WaitForEntryAsync(client, id!.Value)).Status(), Is.EqualTo("confirmed"));
        }
        var nonceAfterGrants = await OutboxTestKit.NonceOfServiceAsync(_node);

        // The node goes back under the running service (as a node restarted from an older state file would).
        Assert.That((await OutboxTestKit.RpcAsync(_node, "evm_revert", snapshot)).GetBoolean(), Is.True);
        Assert.That(await OutboxTestKit.BalanceAsync(_node, residents[0]), Is.EqualTo(BigInteger.Zero), "the chain forgot the grants");

        // The next transaction sees the head below the one seen before: the outbox reconciles and sends the forgotten ones
        // again before it (the new one waits behind their nonces).
        var later = OutboxTestKit.NewResident();
        var (_, laterId) = await OutboxTestKit.GrantAsync(client, Unique("later"), later, 7);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await OutboxTestKit.BalanceAsync(_node, residents[^1]) == 0 || await OutboxTestKit.BalanceAsync(_node, later) == 0)
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        Assert.That((await OutboxTestKit.WaitForEntryAsync(client, laterId!.Value)).Status(), Is.EqualTo("confirmed"));
        Assert.That(await OutboxTestKit.BalanceAsync(_node, later), Is.EqualTo(new BigInteger(7)));
        foreach (var (resident, i) in residents.Select((r, i) => (r, i)))
        {
            Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(new BigInteger(10 + i)), $"grant {i} minted again, once");
        }
        Assert.That(await OutboxTestKit.BalanceAsync(_node, kept), Is.EqualTo(new BigInteger(5)));
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceAfterGrants + 1), "the same transactions and the new one, nothing more");
    }

    private ServiceFactory Service(string data)
    {
        var factory = ServiceFactory.For(_node, data);
        foreach (var (key, value) in MintingOn)
        {
            factory.Settings[key] = value;
        }
        return factory;
    }

    private static HttpClient Admin(ServiceFactory service)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        return client;
    }

    private static List<object> Actions(string slug, List<string> residents, int from, int to) =>
        Enumerable.Range(from, to - from)
            .Select(i => Action(slug, residents[i % residents.Count], 1 + i % 4, category: "any", externalId: $"{slug}-{i}"))
            .ToList();
}
