using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Api.Storage;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>
/// One bad recipient never fails an innocent resident's action (issue 15, item 2), on a node of its own. The bad
/// recipient is the zero address, which intake refuses, so the test writes its action straight into the queue (as a
/// row from before intake refused it would be). The token's revert names the recipient's index: wherever it is met —
/// the outbox's simulation before signing, or a mined transaction — only that recipient's actions fail, with the decoded error; the others are minted.
/// </summary>
[NonParallelizable]
public sealed class MintingRecipientSplitTests
{
    private const string Zero = "0x0000000000000000000000000000000000000000";
    private static readonly BigInteger OneToken = BigInteger.Parse("1000000000000000000", CultureInfo.InvariantCulture);

    private HardhatNode _node = null!;
    private ServiceFactory _service = null!;
    private HttpClient _admin = null!;
    private MintingFaultRpc _rpc = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _node = await HardhatNode.StartAsync();
        await _node.DeployAsync();
        _service = OutboxTestKit.ServiceWith(_node, rpc => _rpc = new MintingFaultRpc(rpc), new Dictionary<string, string?>(MintingOn));
        _admin = _service.CreateClient();
        _admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _service.DisposeAsync();
        await _node.DisposeAsync();
    }

    [Test]
    public async Task ABatchTheOutboxsSimulationRefusesForOneRecipientFailsOnlyThatRecipientAndRequeuesTheOthers()
    {
        var (slug, bad, innocent, before) = await QueueBadAndInnocentAsync("outbox");

        var (badAction, innocentAction) = await SettledAsync(slug, bad, innocent);

        var split = await SplitBatchAsync(innocentAction);
        var entry = await OutboxTestKit.GetEntryAsync(_admin, split.GetProperty("outboxEntryId").GetInt64());
        Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(0), "caught before signing");
        Assert.That(badAction.GetProperty("reasonDetail").GetString(), Does.Contain("CivicTokenZeroRecipient(index=0)"));
        Assert.That(await RevertedServiceTransactionsAsync(_node, before), Is.Empty);
    }

    [Test]
    public async Task AMinedRevertThatNamesOneRecipientFailsOnlyThatRecipientAndTheOthersAreMinted()
    {
        _rpc.PassNextMintBatchSimulations(1); // the outbox's check misses it: the revert is mined
        var metricsBefore = await MetricsScrape.ScrapeAsync(_admin);
        var (slug, bad, innocent, before) = await QueueBadAndInnocentAsync("mined");

        var (badAction, innocentAction) = await SettledAsync(slug, bad, innocent);

        // Two batches formed: the split one requeued, the innocent's confirmed; only the confirmed one's gas is observed.
        double Delta(string text, string metric, params string[] labels) => MetricsScrape.Value(text, metric, labels) - MetricsScrape.Value(metricsBefore, metric, labels);
        var metrics = await MetricsScrape.ScrapeUntilAsync(_admin, "citytoken_mint_batches_total",
            t => Delta(t, "citytoken_mint_batches_total", "outcome=\"confirmed\"") >= 1);
        Assert.Multiple(() =>
        {
            Assert.That(Delta(metrics, "citytoken_mint_batches_total", "outcome=\"pending\""), Is.EqualTo(2));
            Assert.That(Delta(metrics, "citytoken_mint_batches_total", "outcome=\"requeued\""), Is.EqualTo(1));
            Assert.That(Delta(metrics, "citytoken_mint_batches_total", "outcome=\"confirmed\""), Is.EqualTo(1));
            Assert.That(Delta(metrics, "citytoken_mint_batches_total", "outcome=\"failed\""), Is.Zero);
            Assert.That(Delta(metrics, "citytoken_mint_batch_gas_count"), Is.EqualTo(1));
            Assert.That(Delta(metrics, "citytoken_mint_batch_gas_sum"), Is.InRange(21_000, MintBatcher.GasLimitFor(1)));
            Assert.That(Delta(metrics, "citytoken_mint_batch_actions_sum"), Is.EqualTo(3), "2 actions in the split batch, then the innocent one alone");
        });

        var split = await SplitBatchAsync(innocentAction);
        var entry = await OutboxTestKit.GetEntryAsync(_admin, split.GetProperty("outboxEntryId").GetInt64());
        Assert.That(entry.GetProperty("transactions")[0].GetProperty("status").GetString(), Is.EqualTo("mined"), "the revert was mined");
        Assert.That(badAction.GetProperty("reasonDetail").GetString(), Does.Contain("CivicTokenZeroRecipient(index=0)"));
        Assert.That(await RevertedServiceTransactionsAsync(_node, before), Has.Count.EqualTo(1), "the one injected revert, and no other");
    }

    /// <summary>
    /// Queues an action for the zero address behind intake's back (reserving its budget as intake would) and an innocent
    /// resident's action in the same transaction, so that no batching run can see one without the other, then starts a
    /// batching run: both land in one batch, the bad one first.
    /// </summary>
    private async Task<(string Slug, long Bad, long Innocent, long Before)> QueueBadAndInnocentAsync(string prefix)
    {
        var before = await OutboxTestKit.HeadAsync(_node);
        var slug = Unique(prefix);
        using (var created = await _admin.PostAsJsonAsync("/api/programs", Program(slug, new { kind = "per-unit", rates = new { any = "1" } }, budget: "1000")))
        {
            Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
        }
        CivicAction bad, innocent;
        await using (var scope = _service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var program = await db.Set<RewardProgram>().SingleAsync(p => p.Slug == slug);
            var now = DateTimeOffset.UtcNow;
            CivicAction Queued(string resident) => new()
            {
                Reporter = "test:bypassing-intake", ExternalId = Guid.NewGuid().ToString("N"), RequestHash = "bypass", ProgramSlug = slug,
                ProgramId = program.Id, Resident = resident, Quantity = "1", Category = "any", OccurredAt = now,
                LocalDay = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), LocalMonth = now.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Status = ActionStatus.Queued, Amount = OneToken, CreatedAt = now, UpdatedAt = now,
            };
            bad = Queued(Zero);
            db.Add(bad);
            await db.SaveChangesAsync(); // the lower id: first in the batch
            innocent = Queued(Checksum(NewResident()));
            db.Add(innocent);
            program.Reserved += OneToken + OneToken;
            program.Version++;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        using (var run = await _admin.PostAsync("/api/mint-batches/run", null))
        {
            Assert.That(run.IsSuccessStatusCode, Is.True, await run.Content.ReadAsStringAsync());
        }
        return (slug, bad.Id, innocent.Id, before);
    }

    /// <summary>Waits until both actions settle; the bad one failed as mint-reverted, the innocent one minted once; the budget settled.</summary>
    private async Task<(JsonElement Bad, JsonElement Innocent)> SettledAsync(string slug, long bad, long innocent)
    {
        var settled = await WaitSettledAsync(_admin, slug, 2, timeoutSeconds: 60);
        var badAction = settled.Single(a => a.GetProperty("id").GetInt64() == bad);
        var innocentAction = settled.Single(a => a.GetProperty("id").GetInt64() == innocent);
        Assert.That(badAction.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Failed));
        Assert.That(badAction.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.MintReverted));
        Assert.That(innocentAction.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Confirmed), innocentAction.ToString());
        Assert.That(await OutboxTestKit.BalanceAsync(_node, innocentAction.GetProperty("resident").GetString()!), Is.EqualTo(OneToken));
        var program = await _admin.GetFromJsonAsync<JsonElement>($"/api/programs/{slug}");
        Assert.That(program.GetProperty("reserved").GetString(), Is.EqualTo("0"), "the failed action released its reservation");
        Assert.That(program.GetProperty("confirmed").GetString(), Is.EqualTo("1"));
        return (badAction, innocentAction);
    }

    /// <summary>The batch that carried both actions: requeued with the decoded error, and not the batch that minted the innocent one.</summary>
    private async Task<JsonElement> SplitBatchAsync(JsonElement innocentAction)
    {
        var split = (await BatchesAsync(_admin)).Where(b => b.GetProperty("status").GetString() == MintBatchStatus.Requeued)
            .OrderByDescending(b => b.GetProperty("id").GetInt64()).First();
        Assert.That(split.GetProperty("reason").GetString(), Does.StartWith("CivicTokenZeroRecipient(index=0)").And.Contain("the other 1 returned to the queue"));
        Assert.That(split.GetProperty("actionCount").GetInt32(), Is.EqualTo(2));
        Assert.That(innocentAction.GetProperty("batchId").GetString(), Is.Not.EqualTo(split.GetProperty("batchId").GetString()));
        return split;
    }
}
