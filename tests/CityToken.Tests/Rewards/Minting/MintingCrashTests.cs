using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Nethereum.Web3;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>
/// The service process is killed with SIGKILL after accepting actions, after storing a batch, after signing its
/// transaction and after broadcasting it; restarted without the crash point, while the reporter re-sends every
/// action: every accepted action ends confirmed exactly once, and the supply grew by exactly their sum.
/// </summary>
[NonParallelizable]
public sealed class MintingCrashTests
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

    [TestCase("Rewards__Minting__CrashAt", nameof(MintingCrashPoint.AfterAccept))]
    [TestCase("Rewards__Minting__CrashAt", nameof(MintingCrashPoint.AfterBatching))]
    [TestCase("Outbox__CrashAt", "AfterSign")]
    [TestCase("Outbox__CrashAt", "AfterBroadcast")]
    public async Task KilledAtTheCrashPointThenRestartedEveryActionIsMintedExactlyOnce(string setting, string point)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("citytoken-mint-crash-").FullName;
        var slug = Unique("crash");
        var residents = Enumerable.Range(0, 6).Select(_ => NewResident()).ToList();
        var actions = Enumerable.Range(0, 30)
            .Select(i => Action(slug, residents[i % residents.Count], 1 + i % 4, category: "any", externalId: $"{slug}-{i}", occurredAt: "2026-03-10T10:00:00Z"))
            .ToList();
        var token = OutboxTestKit.Token(_node);
        var supplyBefore = await token.TotalSupplyQueryAsync();
        var headBefore = await new Web3(_node.RpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync();
        var settings = new Dictionary<string, string>
        {
            ["Rewards__Minting__MaxQueueDelaySeconds"] = "1",
            ["Rewards__Minting__PollIntervalMilliseconds"] = "200",
        };

        await using (var doomed = await ServiceProcess.StartAsync(_node, dataDirectory, new Dictionary<string, string>(settings) { [setting] = point }))
        {
            using var admin = AdminClient(doomed);
            using (var created = await admin.PostAsJsonAsync("/api/programs", Program(slug, new { kind = "per-unit", rates = new { any = "1.5" } }, budget: "100000")))
            {
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            }
            foreach (var action in actions)
            {
                try
                {
                    using var response = await admin.PostAsJsonAsync("/api/actions", action);
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
                    Assert.That(body.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued), body.ToString());
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    break; // the process died under this request; the reporter re-sends everything below
                }
            }
            Assert.That(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.True, "the crash point was not reached:\n" + doomed.Output);
            Assert.That(doomed.ExitCode, Is.EqualTo(137), "killed by SIGKILL");
            Assert.That(doomed.Output, Does.Contain($"CrashAt={point}"));
        }

        await using (var restarted = await ServiceProcess.StartAsync(_node, dataDirectory, settings))
        {
            using var admin = AdminClient(restarted);
            var ids = new List<long>();
            foreach (var action in actions)
            {
                using var response = await admin.PostAsJsonAsync("/api/actions", action);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.OK), body.ToString());
                ids.Add(body.GetProperty("id").GetInt64());
            }
            Assert.That(ids.Distinct().Count(), Is.EqualTo(actions.Count), "one action per externalId");

            var settled = await WaitSettledAsync(admin, slug, actions.Count, timeoutSeconds: 60);
            Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed), restarted.Output);
            var sums = SumsPerResident(settled);
            foreach (var (resident, sum) in sums)
            {
                Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(sum), $"balance of {resident}");
            }
            var total = sums.Values.Aggregate(BigInteger.Zero, (s, v) => s + v);
            Assert.That(await token.TotalSupplyQueryAsync() - supplyBefore, Is.EqualTo(total), "supply grew by the confirmed actions, once");

            await AssertEachConfirmedBatchMintedOnceAsync(admin, _node, headBefore.Value);

            var report = await ReconcileAsync(admin);
            Assert.That(report.GetProperty("differences").GetArrayLength(), Is.Zero, report.ToString());
        }
    }
}
