using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Rewards;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Nethereum.Web3;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Storage;

/// <summary>
/// Two service processes on one PostgreSQL database and one chain, 4,000 actions posted alternately to both; the
/// instance holding the outbox lease and the index writer is killed with SIGKILL halfway: the survivor takes over, every
/// action ends confirmed exactly once, balances and supply match, and its /health names the take-over.
/// </summary>
[Category("PostgreSQL"), NonParallelizable]
public sealed class TwoInstanceFailoverTests
{
    private const int ActionCount = 4_000;

    [Test]
    public async Task TheLeaseHolderKilledMidRunTheOtherTakesOverAndEveryActionIsMintedExactlyOnce()
    {
        Assert.That(TestStorage.PostgresServer, Is.Not.Null, "this test needs CITYTOKEN_TEST_POSTGRES (./scripts/test.sh starts a cluster)");
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("citytoken-failover-").FullName;
        var settings = new Dictionary<string, string>(TestStorage.PostgresSettingsFor(dataDirectory).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value))
        {
            ["Rewards__Minting__MaxQueueDelaySeconds"] = "1",
            ["Rewards__Minting__PollIntervalMilliseconds"] = "200",
            ["Outbox__InstanceId"] = "first",
        };
        var token = OutboxTestKit.Token(node);
        var headBefore = await new Web3(node.RpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync();
        var slug = Unique("failover");
        var residents = Enumerable.Range(0, 200).Select(_ => NewResident()).ToList();
        var actions = Enumerable.Range(0, ActionCount)
            .Select(i => Action(slug, residents[i % residents.Count], 1 + i % 3, category: "any", externalId: $"{slug}-{i}", occurredAt: "2026-03-10T10:00:00Z"))
            .ToList();

        var first = await ServiceProcess.StartAsync(node, dataDirectory, settings);
        await using var second = await ServiceProcess.StartAsync(node, dataDirectory, new Dictionary<string, string>(settings) { ["Outbox__InstanceId"] = "second" });
        try
        {
            using var firstAdmin = AdminClient(first);
            using var secondAdmin = AdminClient(second);
            using (var created = await firstAdmin.PostAsJsonAsync("/api/programs", Program(slug, new { kind = "per-unit", rates = new { any = "1" } }, budget: "1000000")))
            {
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            }
            var firstLease = await WaitForLeaseAsync(firstAdmin, "holder");
            Assert.That(firstLease.GetProperty("instance").GetString(), Is.EqualTo("first"));
            await WaitForLeaseAsync(secondAdmin, "standby");
            Assert.That(await IndexWriterAsync(secondAdmin), Is.False, "the second instance stands by while the first writes the index");

            // Alternately to both, 8 in flight; the first instance dies when half have been accepted.
            var accepted = 0;
            var lost = new System.Collections.Concurrent.ConcurrentBag<int>();
            var killed = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, ActionCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            {
                if (Interlocked.Increment(ref accepted) == ActionCount / 2 && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    await first.KillAsync();
                }
                var client = i % 2 == 0 && Volatile.Read(ref killed) == 0 ? firstAdmin : secondAdmin;
                if (i % 2 == 0 && client == secondAdmin)
                {
                    lost.Add(i); // meant for the dead instance: the reporter re-sends it below
                    return;
                }
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/actions", actions[i], ct);
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync(ct));
                }
                catch (Exception ex) when (client == firstAdmin && ex is HttpRequestException or TaskCanceledException)
                {
                    lost.Add(i); // the first instance died under this request
                }
            });
            Assert.That(first.HasExited && first.ExitCode == 137, Is.True, "the first instance was killed with SIGKILL");
            Assert.That(lost, Is.Not.Empty);
            // The reporter re-sends what the dead instance may or may not have accepted: idempotent by external id.
            await PostAllAsync(secondAdmin, lost.Select(i => actions[i]).ToList());

            var settled = await WaitSettledAsync(secondAdmin, slug, ActionCount, timeoutSeconds: 300);
            Assert.That(settled, Has.Count.EqualTo(ActionCount), "one action per external id");
            Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed), second.Output);
            var sums = SumsPerResident(settled);
            foreach (var (resident, sum) in sums)
            {
                Assert.That(await OutboxTestKit.BalanceAsync(node, resident), Is.EqualTo(sum), $"balance of {resident}");
            }
            Assert.That(await token.TotalSupplyQueryAsync(), Is.EqualTo(sums.Values.Aggregate(BigInteger.Zero, (s, v) => s + v)), "supply: the confirmed sum, once");

            await AssertEachConfirmedBatchMintedOnceAsync(secondAdmin, node, headBefore.Value);

            // The survivor says it took over, and the index it now writes reached the chain's head.
            var health = await secondAdmin.GetFromJsonAsync<JsonElement>("/health");
            var lease = health.GetProperty("components").GetProperty("outbox").GetProperty("details").GetProperty("lease");
            Assert.That(lease.GetProperty("role").GetString(), Is.EqualTo("holder"), health.ToString());
            Assert.That(lease.GetProperty("tookOverFrom").GetString(), Is.EqualTo("first"), health.ToString());
            Assert.That(lease.GetProperty("generation").GetInt64(), Is.GreaterThan(1), health.ToString());
            Assert.That(await IndexWriterAsync(secondAdmin), Is.True, "the second instance took the index writer over");

            var report = await ReconcileAsync(secondAdmin);
            Assert.That(report.GetProperty("differences").GetArrayLength(), Is.Zero, report.ToString());
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    private static async Task<bool> IndexWriterAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/health")).GetProperty("components").GetProperty("indexer").GetProperty("details").GetProperty("writer").GetBoolean();

    private static async Task<JsonElement> WaitForLeaseAsync(HttpClient admin, string role)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var health = await admin.GetFromJsonAsync<JsonElement>("/health");
            var lease = health.GetProperty("components").GetProperty("outbox").GetProperty("details").GetProperty("lease");
            if (lease.GetProperty("role").GetString() == role)
            {
                return lease;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the instance did not become the lease's {role}");
    }
}
