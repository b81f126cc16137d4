using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Tests.Chain.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>
/// How queued actions become batches: residents in order of their oldest queued action up to the recipient bound,
/// and every queued action of a chosen resident rides along in that resident's one transfer.
/// </summary>
public sealed class MintBatchCompositionTests
{
    private RewardsHost _host = null!;
    private HttpClient _reporter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // Batches form only when the test asks (no size trigger, no delayed run, no cron run in the test's time).
        _host = await RewardsHost.StartAsync(new Dictionary<string, string?>(MintingOn)
        {
            ["Rewards:Minting:MaxRecipientsPerBatch"] = "2",
            ["Rewards:Minting:BatchSize"] = "100000",
            ["Rewards:Minting:MaxQueueDelaySeconds"] = "3600",
            ["Rewards:Minting:BatchCron"] = "0 0 1 1 *",
        });
        _reporter = await _host.ClientAsync(StaffRoles.Reporter, "composition");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _reporter.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task AResidentsLaterQueuedActionsRideAlongWithTheirFirstInOneTransfer()
    {
        var slug = Unique("merge");
        await _host.CreateProgramAsync(Program(slug, new { kind = "fixed", amount = "2" }));
        var (a, b, c) = (NewResident(), NewResident(), NewResident());
        string[] order = [a, b, c, a, b, c, a];
        // No batch forms while the actions are posted, whatever starts a run; then one run sees the whole queue.
        var batcher = _host.Service.Services.GetRequiredService<MintBatcher>();
        batcher.PauseFor(TimeSpan.FromMinutes(10));
        for (var i = 0; i < order.Length; i++)
        {
            // One at a time: queue order is post order.
            await PostAllAsync(_reporter, [Action(slug, order[i], 1, externalId: $"{slug}-{i}")], parallel: 1);
        }
        batcher.PauseFor(TimeSpan.Zero);

        using (var run = await _host.Admin.PostAsync("/api/mint-batches/run", null))
        {
            Assert.That(run.IsSuccessStatusCode, Is.True);
        }
        var settled = await WaitSettledAsync(_host.Admin, slug, order.Length);

        var batchOf = settled.ToLookup(x => x.GetProperty("resident").GetString()!, x => x.GetProperty("batchId").GetString()!);
        var batches = (await BatchesAsync(_host.Admin)).Where(x => settled.Any(s => s.GetProperty("batchId").GetString() == x.GetProperty("batchId").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(settled.Select(x => x.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed));
            Assert.That(batchOf[Checksum(a)].Distinct().Count(), Is.EqualTo(1), "all of a's actions in one batch");
            Assert.That(batchOf[Checksum(b)].Distinct().Count(), Is.EqualTo(1), "all of b's actions in one batch");
            Assert.That(batchOf[Checksum(a)].First(), Is.EqualTo(batchOf[Checksum(b)].First()), "a and b, the two oldest, share the first batch");
            Assert.That(batchOf[Checksum(c)].Distinct().Single(), Is.Not.EqualTo(batchOf[Checksum(a)].First()), "c waits for the next batch");
            Assert.That(batches.Select(x => (x.GetProperty("recipientCount").GetInt32(), x.GetProperty("actionCount").GetInt32())),
                Is.EquivalentTo(new[] { (2, 5), (1, 2) }));
            Assert.That(batches.Select(x => x.GetProperty("status").GetString()), Is.All.EqualTo(MintBatchStatus.Confirmed));
        });
        Assert.That(await OutboxTestKit.BalanceAsync(Node, a), Is.EqualTo(SumsPerResident(settled)[Checksum(a)]));
    }
}
