using System.Collections.Concurrent;
using System.Net;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// The per-sender lease that lets several service instances share one database: only the holder signs and
/// broadcasts, the others accept requests and stand by, and one takes over when the holder dies. /health says who
/// holds it, when this instance lost it, when nobody holds it while entries wait, and which entries are stuck.
/// </summary>
[NonParallelizable]
public sealed class OutboxLeaseTests
{
    [Test]
    public async Task TwoInstancesOnOneDatabaseMineEveryRequestOnceAndTheSurvivorTakesOverWhenTheHolderIsKilled()
    {
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        var data = Directory.CreateTempSubdirectory("citytoken-lease-").FullName;
        // Two processes, one SQLite file (ServiceProcess sets Outbox:LeaseSeconds to 3). The indexer has no lease of its own: off here.
        static Dictionary<string, string> Instance(string id) => new() { ["Outbox__InstanceId"] = id, ["Indexer__Enabled"] = "false" };
        await using var a = await ServiceProcess.StartAsync(node, data, Instance("instance-a"));
        using var clientA = new HttpClient { BaseAddress = a.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await WaitForLeaseAsync(clientA, "instance-a");
        await using var b = await ServiceProcess.StartAsync(node, data, Instance("instance-b"));
        using var clientB = new HttpClient { BaseAddress = b.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var standby = (await OutboxTestKit.HealthAsync(clientB)).Outbox().GetProperty("details").GetProperty("lease");
        Assert.That(standby.GetProperty("role").GetString(), Is.EqualTo("standby"), standby.ToString());
        Assert.That(standby.GetProperty("holder").GetString(), Is.EqualTo("instance-a"));

        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(node);
        var grants = Enumerable.Range(1, 30)
            .Select(i => (Key: $"lease-{i}", Resident: OutboxTestKit.NewResident(), Amount: new BigInteger(500 + i)))
            .ToList();
        var ids = new ConcurrentDictionary<string, long>();
        async Task SendAsync(HttpClient client, (string Key, string Resident, BigInteger Amount) grant)
        {
            var (status, id) = await OutboxTestKit.GrantAsync(client, grant.Key, grant.Resident, grant.Amount);
            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), grant.Key);
            ids[grant.Key] = id!.Value;
        }

        // Twenty requests through both instances at once; the standby one only stores them, the holder sends.
        await Task.WhenAll(grants.Take(20).Select((grant, i) => SendAsync(i % 2 == 0 ? clientA : clientB, grant)));
        await OutboxTestKit.WaitForEntryAsync(clientB, ids["lease-2"], e => e.Status() == "confirmed");
        await a.KillAsync();
        Assert.That(a.Output, Does.Contain("acquired by instance-a"));

        // Ten more through the survivor after the kill: it takes the lease over once it expires and sends everything.
        await Task.WhenAll(grants.Skip(20).Select(grant => SendAsync(clientB, grant)));
        var (repeatStatus, repeatId, existing) = await OutboxTestKit.GrantWithDetailAsync(clientB, grants[0].Key, grants[0].Resident, grants[0].Amount);
        Assert.That((repeatStatus, repeatId, existing), Is.EqualTo((HttpStatusCode.Accepted, (long?)ids[grants[0].Key], true)),
            "a key stored through one instance is the same entry through the other");
        var entries = new List<JsonElement>();
        foreach (var grant in grants)
        {
            entries.Add(await OutboxTestKit.WaitForEntryAsync(clientB, ids[grant.Key], seconds: 60));
        }
        var lease = (await OutboxTestKit.HealthAsync(clientB)).Outbox().GetProperty("details").GetProperty("lease");

        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.Status()), Is.All.EqualTo("confirmed"), b.Output);
            Assert.That(entries.Select(e => e.GetProperty("transactions").GetArrayLength()), Is.All.EqualTo(1), "each request signed once");
            Assert.That(entries.Select(e => e.GetProperty("nonce").GetInt64()).Order(), Is.EqualTo(Enumerable.Range((int)nonceBefore, grants.Count).Select(n => (long)n)),
                "nonces contiguous: no gap, no duplicate");
            Assert.That(lease.GetProperty("holder").GetString(), Is.EqualTo("instance-b"));
            Assert.That(lease.GetProperty("role").GetString(), Is.EqualTo("holder"));
            Assert.That(lease.GetProperty("generation").GetInt64(), Is.GreaterThanOrEqualTo(2), "taken over: a new generation");
            Assert.That(b.Output, Does.Contain("acquired by instance-b").And.Contain("previously instance-a"));
        });
        foreach (var grant in grants)
        {
            Assert.That(await OutboxTestKit.BalanceAsync(node, grant.Resident), Is.EqualTo(grant.Amount), grant.Key);
        }
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(node), Is.EqualTo(nonceBefore + grants.Count), "one transaction per request");
    }

    [Test]
    public async Task WhenAnotherInstanceTakesTheLeaseThisOneSignsNothingAndHealthSaysItLostItUntilItHoldsItAgain()
    {
        var node = SharedChain.Node;
        await using var service = OutboxTestKit.ServiceWith(node, settings: new() { ["Outbox:LeaseSeconds"] = "2" });
        using var client = service.CreateClient();
        var (_, firstId) = await OutboxTestKit.GrantAsync(client, "lease-theft-1", OutboxTestKit.NewResident(), 11);
        Assert.That((await OutboxTestKit.WaitForEntryAsync(client, firstId!.Value)).Status(), Is.EqualTo("confirmed"));
        var instance = (await OutboxTestKit.HealthAsync(client)).Outbox().GetProperty("details").GetProperty("lease").GetProperty("instance").GetString();

        // Another instance claims the lease, as its claim would: new holder, next generation, four seconds to run.
        long thiefGeneration;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var now = DateTimeOffset.UtcNow;
            var until = now.AddSeconds(4);
            Assert.That(await db.Set<OutboxLease>().ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, "thief")
                .SetProperty(l => l.Generation, l => l.Generation + 1)
                .SetProperty(l => l.RenewedAt, now)
                .SetProperty(l => l.ExpiresAt, until)), Is.EqualTo(1));
            thiefGeneration = (await db.Set<OutboxLease>().AsNoTracking().SingleAsync()).Generation;
        }
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(node);
        var resident = OutboxTestKit.NewResident();
        var (status, secondId) = await OutboxTestKit.GrantAsync(client, "lease-theft-2", resident, 12);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), "requests are still accepted");

        JsonElement outbox = default;
        for (var i = 0; i < 50; i++)
        {
            outbox = (await OutboxTestKit.HealthAsync(client)).Outbox();
            if (!outbox.GetProperty("healthy").GetBoolean())
            {
                break;
            }
            await Task.Delay(50);
        }
        var whileLost = await OutboxTestKit.GetEntryAsync(client, secondId!.Value);
        Assert.Multiple(() =>
        {
            Assert.That(outbox.GetProperty("healthy").GetBoolean(), Is.False, outbox.ToString());
            Assert.That(outbox.GetProperty("reason").GetString(), Does.Contain("lost the outbox lease").And.Contain("thief"));
            Assert.That(outbox.GetProperty("details").GetProperty("lease").GetProperty("role").GetString(), Is.EqualTo("standby"));
            Assert.That(whileLost.Status(), Is.EqualTo("queued"), "the instance that lost the lease signs nothing");
        });
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(node), Is.EqualTo(nonceBefore));

        // The other instance never renews: its lease expires and this one claims it back and sends.
        var entry = await OutboxTestKit.WaitForEntryAsync(client, secondId.Value);
        var after = (await OutboxTestKit.HealthAsync(client)).Outbox();
        var lease = after.GetProperty("details").GetProperty("lease");
        Assert.Multiple(() =>
        {
            Assert.That(entry.Status(), Is.EqualTo("confirmed"));
            Assert.That(after.GetProperty("healthy").GetBoolean(), Is.True, after.ToString());
            Assert.That(lease.GetProperty("holder").GetString(), Is.EqualTo(instance));
            Assert.That(lease.GetProperty("generation").GetInt64(), Is.EqualTo(thiefGeneration + 1));
            Assert.That(lease.GetProperty("lostReason").GetString(), Does.Contain("thief"), "the loss stays on record");
        });
        Assert.That(await OutboxTestKit.BalanceAsync(node, resident), Is.EqualTo(new BigInteger(12)));
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(node), Is.EqualTo(nonceBefore + 1));
    }

    [Test]
    public async Task HealthIsUnhealthyWhenNobodyHoldsTheLeaseWhileEntriesWait()
    {
        // This instance's worker is off: it never claims the lease, like a standby whose holder has crashed.
        await using var service = OutboxTestKit.ServiceWith(SharedChain.Node, settings: new() { ["Outbox:WorkerEnabled"] = "false" });
        using var client = service.CreateClient();
        var (status, _) = await OutboxTestKit.GrantAsync(client, "lease-expired", OutboxTestKit.NewResident(), 1);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
        await AddLeaseAsync(service, "crashed-instance", DateTimeOffset.UtcNow.AddSeconds(-30));

        var outbox = (await OutboxTestKit.HealthAsync(client)).Outbox();

        Assert.Multiple(() =>
        {
            Assert.That(outbox.GetProperty("healthy").GetBoolean(), Is.False);
            Assert.That(outbox.GetProperty("reason").GetString(), Does.Contain("expired").And.Contain("crashed-instance").And.Contain("1 entries wait"));
            Assert.That(outbox.GetProperty("details").GetProperty("lease").GetProperty("live").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task HealthNamesStuckEntries()
    {
        await using var service = OutboxTestKit.ServiceWith(SharedChain.Node, settings: new()
        {
            ["Outbox:WorkerEnabled"] = "false",
            ["Outbox:StuckAfterSeconds"] = "60",
        });
        using var client = service.CreateClient();
        // A live holder elsewhere: this instance reports from the shared database as a standby would.
        await AddLeaseAsync(service, "other-instance", DateTimeOffset.UtcNow.AddMinutes(5));
        long id;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var sent = DateTimeOffset.UtcNow.AddSeconds(-90);
            var entry = new OutboxEntry
            {
                IdempotencyKey = "stuck-in-health",
                RequestHash = new string('0', 64),
                Purpose = "test",
                Sender = OutboxTestKit.ServiceAddress,
                To = SharedChain.Manifest.AddressOf("CivicToken"),
                Data = "0x",
                Value = "0",
                Status = OutboxStatus.Broadcast,
                Nonce = 1_000_000,
                Error = "stuck: a higher fee would exceed Outbox:MaxFeePerGasGwei",
                CreatedAt = sent,
                UpdatedAt = sent,
                Attempts =
                [
                    new OutboxAttempt
                    {
                        Number = 1, Nonce = 1_000_000, TxHash = "0x" + new string('a', 64), RawTransaction = "0x00", GasLimit = 21_000,
                        MaxFeePerGas = "1", MaxPriorityFeePerGas = "1", Status = OutboxAttemptStatus.Broadcast, SignedAt = sent, BroadcastAt = sent,
                    },
                ],
            };
            db.Set<OutboxEntry>().Add(entry);
            await db.SaveChangesAsync();
            id = entry.Id;
        }

        var outbox = (await OutboxTestKit.HealthAsync(client)).Outbox();
        var details = outbox.GetProperty("details");

        Assert.Multiple(() =>
        {
            Assert.That(outbox.GetProperty("healthy").GetBoolean(), Is.False);
            Assert.That(outbox.GetProperty("reason").GetString(), Does.Contain("1 outbox entries stuck").And.Contain($"entry {id}").And.Contain("MaxFeePerGasGwei"));
            Assert.That(details.GetProperty("stuck").GetInt32(), Is.EqualTo(1));
            Assert.That(details.GetProperty("stuckIds").EnumerateArray().Select(e => e.GetInt64()), Is.EqualTo(new[] { id }));
            Assert.That(details.GetProperty("lease").GetProperty("role").GetString(), Is.EqualTo("standby"));
            Assert.That(details.GetProperty("lease").GetProperty("holder").GetString(), Is.EqualTo("other-instance"));
        });
    }

    private static async Task AddLeaseAsync(ServiceFactory service, string holder, DateTimeOffset expiresAt)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var at = expiresAt.AddSeconds(-15);
        db.Set<OutboxLease>().Add(new OutboxLease
        {
            Sender = OutboxTestKit.ServiceAddress, Holder = holder, Generation = 7, AcquiredAt = at, RenewedAt = at, ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync();
    }

    private static async Task WaitForLeaseAsync(HttpClient client, string holder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement lease;
        do
        {
            lease = (await OutboxTestKit.HealthAsync(client)).Outbox().GetProperty("details").GetProperty("lease");
            if (lease.GetProperty("holder").GetString() == holder && lease.GetProperty("role").GetString() == "holder")
            {
                return;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{holder} did not take the lease: {lease}");
    }
}
