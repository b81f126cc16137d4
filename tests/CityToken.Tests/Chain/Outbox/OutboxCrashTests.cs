using System.Net;
using System.Numerics;
using CityToken.Api.Chain.Outbox;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// Real-process crash tests: the service is killed with SIGKILL (Outbox:CrashAt) between signing and
/// broadcasting, and between broadcasting and recording it; restarted without the crash point, every accepted
/// grant is mined exactly once (balances and supply equal the grants; one transaction per idempotency key).
/// </summary>
[NonParallelizable]
public sealed class OutboxCrashTests
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

    [TestCase(OutboxCrashPoint.AfterSign)]
    [TestCase(OutboxCrashPoint.AfterBroadcast)]
    public async Task KilledAtTheCrashPointThenRestartedEveryAcceptedGrantIsMinedExactlyOnce(OutboxCrashPoint point)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("citytoken-crash-").FullName;
        var grants = Enumerable.Range(1, 3)
            .Select(i => (Key: $"crash-{point}-{i}", Resident: OutboxTestKit.NewResident(), Amount: new BigInteger(1000 * i + 7)))
            .ToList();
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);
        var supplyBefore = await OutboxTestKit.Token(_node).TotalSupplyQueryAsync();
        var accepted = new Dictionary<string, long>();

        await using (var doomed = await ServiceProcess.StartAsync(_node, dataDirectory, new Dictionary<string, string> { ["Outbox__CrashAt"] = point.ToString() }))
        {
            using var client = new HttpClient { BaseAddress = doomed.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            foreach (var grant in grants)
            {
                try
                {
                    var (status, id) = await OutboxTestKit.GrantAsync(client, grant.Key, grant.Resident, grant.Amount);
                    if (status == HttpStatusCode.Accepted)
                    {
                        accepted[grant.Key] = id!.Value;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // The process died under this request: the grant may or may not be stored. The client retries below.
                }
            }
            Assert.That(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.True, "the crash point was not reached:\n" + doomed.Output);
            Assert.That(doomed.ExitCode, Is.EqualTo(137), "killed by SIGKILL");
            Assert.That(doomed.Output, Does.Contain($"Outbox:CrashAt={point}"));
        }
        var nonceAfterCrash = await OutboxTestKit.NonceOfServiceAsync(_node);
        Assert.That(nonceAfterCrash, Is.EqualTo(point == OutboxCrashPoint.AfterSign ? nonceBefore : nonceBefore + 1),
            point == OutboxCrashPoint.AfterSign ? "killed before the broadcast: nothing reached the chain" : "killed after the node took the transaction");

        await using (var restarted = await ServiceProcess.StartAsync(_node, dataDirectory, new Dictionary<string, string>()))
        {
            using var client = new HttpClient { BaseAddress = restarted.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            // The client retries every grant, accepted or not: a stored one comes back as the same entry.
            foreach (var grant in grants)
            {
                var (status, id, existing) = await OutboxTestKit.GrantWithDetailAsync(client, grant.Key, grant.Resident, grant.Amount);
                Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), restarted.Output);
                if (grant == grants[0])
                {
                    // The worker crashed on the first grant's transaction, so it was stored before the kill (its 202 may
                    // have been lost with the process).
                    Assert.That(existing, Is.True, "the first grant was stored before the crash");
                }
                if (accepted.TryGetValue(grant.Key, out var before))
                {
                    Assert.That(id, Is.EqualTo(before), $"{grant.Key} is the same entry after the restart");
                }
                accepted[grant.Key] = id!.Value;
            }
            foreach (var (key, id) in accepted)
            {
                var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
                Assert.That(entry.Status(), Is.EqualTo("confirmed"), $"{key}: {entry}\n{restarted.Output}");
                Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(1), $"{key}: re-sent with the stored bytes, never re-signed");
            }
        }

        foreach (var grant in grants)
        {
            Assert.That(await OutboxTestKit.BalanceAsync(_node, grant.Resident), Is.EqualTo(grant.Amount), grant.Key);
        }
        Assert.That(await OutboxTestKit.Token(_node).TotalSupplyQueryAsync() - supplyBefore, Is.EqualTo(grants.Aggregate(BigInteger.Zero, (sum, g) => sum + g.Amount)));
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore + grants.Count), "one transaction per idempotency key");
    }
}
