using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Indexing;
using CityToken.Tests.Infrastructure;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>Batched minting on the shared Hardhat node: 1,000 actions over the API end confirmed, once each.</summary>
public sealed class MintingTests
{
    private RewardsHost _host = null!;
    private HttpClient _reporter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await RewardsHost.StartAsync(MintingOn);
        _reporter = await _host.ClientAsync(StaffRoles.Reporter, "smart-bins");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _reporter.Dispose();
        await _host.DisposeAsync();
    }

    [Test, Category("EveryChain")]
    public async Task AThousandActionsOverTheApiAreAllConfirmedAndBalancesOnChainEqualTheSums()
    {
        var slug = Unique("bins");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-unit", rates = new { plastic = "0.5", paper = "0.25", glass = "0.2" } }, budget: "1000000"));
        var residents = Enumerable.Range(0, 120).Select(_ => NewResident()).ToList();
        string[] categories = ["plastic", "paper", "glass"];
        var actions = Enumerable.Range(0, 1000)
            .Select(i => Action(slug, residents[i % residents.Count], 1 + (i % 7) * 0.5, category: categories[i % 3], externalId: $"{slug}-{i}"))
            .ToList();

        await PostAllAsync(_reporter, actions);
        var settled = await WaitSettledAsync(_host.Admin, slug, 1000);

        Assert.That(settled, Has.Count.EqualTo(1000));
        Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed));
        Assert.That(settled.Select(a => a.GetProperty("txHash").GetString()), Is.All.Not.Null);
        Assert.That(settled.Select(a => a.GetProperty("blockNumber").GetInt64()), Is.All.Positive);
        // The outbox signed what the run's chain takes: legacy (type 0) in the legacy-transaction run, else EIP-1559.
        var mined = await OutboxTestKit.RpcAsync(Node, "eth_getTransactionByHash", settled[0].GetProperty("txHash").GetString()!);
        Assert.That(mined.GetProperty("type").GetString(), Is.EqualTo(TestChain.LegacyTransactions ? "0x0" : "0x2"));
        var sums = SumsPerResident(settled);
        Assert.That(sums, Has.Count.EqualTo(residents.Count));
        foreach (var (resident, sum) in sums)
        {
            Assert.That(await OutboxTestKit.BalanceAsync(Node, resident), Is.EqualTo(sum), $"balance of {resident}");
        }

        // Batches: each confirmed, its actions' amounts summed once; fewer transactions than residents.
        var batchIds = settled.Select(a => a.GetProperty("batchId").GetString()!).Distinct().ToList();
        var batches = (await BatchesAsync(_host.Admin)).Where(b => batchIds.Contains(b.GetProperty("batchId").GetString()!)).ToList();
        Assert.That(batches, Has.Count.EqualTo(batchIds.Count));
        Assert.That(batches.Select(b => b.GetProperty("status").GetString()), Is.All.EqualTo(MintBatchStatus.Confirmed));
        Assert.That(batches.Sum(b => b.GetProperty("actionCount").GetInt32()), Is.EqualTo(1000));

        // The program's budget moved from reserved to confirmed.
        var program = await _host.GetProgramAsync(slug);
        Assert.That(program.GetProperty("reserved").GetString(), Is.EqualTo("0"));
        var total = sums.Values.Aggregate(BigInteger.Zero, (s, v) => s + v);
        Assert.That(TokenUnits(program.GetProperty("confirmed").GetString()!), Is.EqualTo(total));

        // The indexer shows each reward in the residents' history, with what it was for (the actions: for staff and the resident).
        await IndexerTestKit.WaitCaughtUpAsync(_host.Service, Node);
        foreach (var resident in residents.Take(10))
        {
            var history = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/residents/{Checksum(resident)}/history?limit=200");
            var rewards = history.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "reward").ToList();
            var mine = settled.Where(a => a.GetProperty("resident").GetString() == Checksum(resident)).ToList();
            Assert.That(rewards.Select(r => r.GetProperty("batchId").GetString()).Distinct(),
                Is.EquivalentTo(mine.Select(a => a.GetProperty("batchId").GetString()).Distinct()));
            Assert.That(rewards.Aggregate(BigInteger.Zero, (s, r) => s + BigInteger.Parse(r.GetProperty("amount").GetString()!)), Is.EqualTo(sums[Checksum(resident)]));
            Assert.That(rewards.SelectMany(r => r.GetProperty("actions").EnumerateArray()).Select(a => a.GetProperty("id").GetInt64()),
                Is.EquivalentTo(mine.Select(a => a.GetProperty("id").GetInt64())), "each reward names the actions it paid for");
        }

        var stats = await _host.Anonymous().GetFromJsonAsync<JsonElement>("/api/tokens/stats");
        var minted = stats.GetProperty("mintedPerProgram").EnumerateArray().Single(p => p.GetProperty("program").GetString() == slug);
        Assert.That(BigInteger.Parse(minted.GetProperty("minted").GetString()!), Is.EqualTo(total));
        Assert.That(minted.GetProperty("rewards").GetInt32(), Is.EqualTo(1000));
        Assert.That(minted.GetProperty("perDay").EnumerateArray().Sum(d => d.GetProperty("rewards").GetInt32()), Is.EqualTo(1000));

        var report = await ReconcileAsync(_host.Admin);
        Assert.That(report.GetProperty("ok").GetBoolean(), Is.True, report.ToString());
        Assert.That(report.GetProperty("batchesNotYetIndexed").GetInt32(), Is.Zero, report.ToString());
    }

    [Test]
    public async Task ReconciliationEndpointsAreForAdminsAndAuditorsOnly()
    {
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("rep"));
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("aud"));
        using (var refused = await reporter.PostAsync("/api/rewards/reconciliation", null))
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
        using (var anonymous = await _host.Anonymous().GetAsync("/api/mint-batches"))
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
        var report = await ReconcileAsync(auditor);
        Assert.That(report.TryGetProperty("differences", out _), Is.True);
        var latest = await auditor.GetFromJsonAsync<JsonElement>("/api/rewards/reconciliation");
        Assert.That(latest.GetProperty("ranAt").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(report.GetProperty("ranAt").GetDateTimeOffset()));
        using var badStatus = await auditor.GetAsync("/api/mint-batches?status=nope");
        await ProblemAssert.IsProblemAsync(badStatus, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task TheHangfireDashboardIsForAdminsOnly()
    {
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("aud"));
        using (var refused = await auditor.GetAsync("/hangfire"))
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
        using var page = await _host.Admin.GetAsync("/hangfire/recurring");
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(MintingHostedService.BatchJobId));
    }

    private static BigInteger TokenUnits(string tokens)
    {
        var parts = tokens.Split('.');
        var fraction = parts.Length > 1 ? parts[1].PadRight(18, '0') : new string('0', 18);
        return BigInteger.Parse(parts[0] + fraction);
    }
}
