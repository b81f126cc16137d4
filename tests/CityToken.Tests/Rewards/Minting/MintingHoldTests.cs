using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>
/// Minting never pays for a revert it can foresee (issue 15, item 1), on a node of its own: while the token is paused,
/// or the period's mint allowance is used up, the batcher forms nothing and sends nothing, however many times it looks
/// (the 3 minutes at a 60 s back-off are 3 looks; here the back-off is 1 s and the tests wait for 5); when the
/// allowance takes part of the queue, that part is minted; a pause that lands after a batch was staged is caught by
/// the outbox's simulation before signing. /health and the dashboard's overview show the hold. Once it passes, every
/// action is minted exactly once.
/// </summary>
[NonParallelizable]
public sealed partial class MintingHoldTests
{
    private const int Looks = 5;
    private static readonly BigInteger OneToken = BigInteger.Parse("1000000000000000000", CultureInfo.InvariantCulture);

    private HardhatNode _node = null!;
    private ServiceFactory _service = null!;
    private HttpClient _admin = null!;
    private MintingFaultRpc _rpc = null!;
    private CivicTokenService _tokenAsAdmin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _node = await HardhatNode.StartAsync();
        await _node.DeployAsync();
        _service = OutboxTestKit.ServiceWith(_node, rpc => _rpc = new MintingFaultRpc(rpc), new Dictionary<string, string?>(MintingOn));
        _admin = _service.CreateClient();
        _admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        // Hardhat account #0 deployed the token: it holds the admin, minter and pauser roles.
        _tokenAsAdmin = OutboxTestKit.Token(_node, _node.Web3ForAccount0());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _service.DisposeAsync();
        await _node.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task WhileTheTokenIsPausedNothingIsFormedOrSentAndOnceUnpausedEveryActionIsMintedOnce()
    {
        var slug = await CreateProgramAsync("paused");
        var before = await OutboxTestKit.HeadAsync(_node);
        var entriesBefore = await OutboxEntriesAsync();
        await _tokenAsAdmin.PauseRequestAndWaitForReceiptAsync();
        var residents = Enumerable.Range(0, 20).Select(_ => NewResident()).ToList();
        try
        {
            await PostAllAsync(_admin, residents.Select((r, i) => Action(slug, r, 1, Recently(), "any", $"{slug}-{i}")).ToList());

            var health = await WaitForHoldAsync(MintHoldKind.Paused);
            Assert.That(health.GetProperty("detail").GetString(), Does.Contain("paused"));
            Assert.That(health.GetProperty("queued").GetInt32(), Is.EqualTo(residents.Count));
            Assert.That((await ActionsOfAsync(_admin, slug)).Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Queued));
            Assert.That(await OutboxEntriesAsync(), Is.EqualTo(entriesBefore), "no outbox entry was staged");
            Assert.That(await RevertedServiceTransactionsAsync(_node, before), Is.Empty, "no reverted transaction was paid for");
            var overview = await DashboardOverviewAsync();
            Assert.That(overview, Does.Match("data-testid=\"minting-hold\" data-kind=\"paused\""));
            Assert.That(overview, Does.Contain("the token is paused"));
        }
        finally
        {
            await _tokenAsAdmin.UnpauseRequestAndWaitForReceiptAsync();
        }

        await AssertAllMintedOnceAsync(slug, residents.Count, OneToken);
        Assert.That(await RevertedServiceTransactionsAsync(_node, before), Is.Empty);
        Assert.That((await MintingHealthAsync(_admin)).GetProperty("state").GetString(), Is.EqualTo("minting"));
        Assert.That(await DashboardOverviewAsync(), Does.Not.Contain("minting-hold"));
    }

    [Test, Order(2)]
    public async Task WhenTheAllowanceTakesPartOfTheQueueThatPartIsMintedAndTheRestWaitsWithoutSendingUntilTheCapIsRaised()
    {
        var slug = await CreateProgramAsync("capped");
        var before = await OutboxTestKit.HeadAsync(_node);
        var minted = await _tokenAsAdmin.MintedInCurrentPeriodQueryAsync();
        await _tokenAsAdmin.SetMintCapRequestAndWaitForReceiptAsync(new SetMintCapFunction { NewCap = minted + 3 * OneToken });
        var residents = Enumerable.Range(0, 8).Select(_ => NewResident()).ToList();
        try
        {
            await PostAllAsync(_admin, residents.Select((r, i) => Action(slug, r, 1, Recently(), "any", $"{slug}-{i}")).ToList());

            var health = await WaitForHoldAsync(MintHoldKind.CapExhausted);
            Assert.That(health.GetProperty("detail").GetString(), Does.Contain("needs 1"));
            var actions = await WaitForAsync(async () =>
            {
                var all = await ActionsOfAsync(_admin, slug);
                return all.Count(a => a.GetProperty("status").GetString() == ActionStatus.Confirmed) == 3 ? all : null;
            });
            Assert.That(actions.Count(a => a.GetProperty("status").GetString() == ActionStatus.Queued), Is.EqualTo(5), "the rest waits in the queue");
            Assert.That(await _tokenAsAdmin.RemainingMintAllowanceQueryAsync(), Is.EqualTo(BigInteger.Zero), "the part that fitted used the allowance up");
            Assert.That(await RevertedServiceTransactionsAsync(_node, before), Is.Empty, "no reverted transaction was paid for");
            Assert.That(await DashboardOverviewAsync(), Does.Match("data-testid=\"minting-hold\" data-kind=\"cap-exhausted\""));
        }
        finally
        {
            await _tokenAsAdmin.SetMintCapRequestAndWaitForReceiptAsync(new SetMintCapFunction { NewCap = (BigInteger.One << 96) - 1 });
        }

        await AssertAllMintedOnceAsync(slug, residents.Count, OneToken);
        Assert.That(await RevertedServiceTransactionsAsync(_node, before), Is.Empty);
    }

    [Test, Order(3)]
    public async Task APauseAfterABatchWasStagedIsCaughtByTheOutboxsSimulationAndTheBatchIsRequeuedWithoutSendingAnything()
    {
        var slug = await CreateProgramAsync("staged");
        var before = await OutboxTestKit.HeadAsync(_node);
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);
        // The batcher finds the token running and stages the batch; the token is paused before the outbox signs it.
        _rpc.BeforeNextMintBatchSimulation(() => _tokenAsAdmin.PauseRequestAndWaitForReceiptAsync());
        var residents = Enumerable.Range(0, 3).Select(_ => NewResident()).ToList();
        try
        {
            await PostAllAsync(_admin, residents.Select((r, i) => Action(slug, r, 1, Recently(), "any", $"{slug}-{i}")).ToList());

            var requeued = await WaitForAsync(async () => (await BatchesAsync(_admin))
                .Where(b => b.GetProperty("status").GetString() == MintBatchStatus.Requeued).Select(b => (JsonElement?)b).FirstOrDefault());
            Assert.That(requeued.GetProperty("reason").GetString(), Does.StartWith("CivicTokenPaused"));
            var entry = await OutboxTestKit.GetEntryAsync(_admin, requeued.GetProperty("outboxEntryId").GetInt64());
            Assert.That(entry.Status(), Is.EqualTo("reverted"));
            Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(0), "caught before signing: nothing was sent");
            await WaitForHoldAsync(MintHoldKind.Paused);
            Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore), "no nonce was spent");
            Assert.That(await RevertedServiceTransactionsAsync(_node, before), Is.Empty);
        }
        finally
        {
            await _tokenAsAdmin.UnpauseRequestAndWaitForReceiptAsync();
        }

        await AssertAllMintedOnceAsync(slug, residents.Count, OneToken);
    }

    private async Task<string> CreateProgramAsync(string prefix)
    {
        var slug = Unique(prefix);
        using var created = await _admin.PostAsJsonAsync("/api/programs", Program(slug, new { kind = "per-unit", rates = new { any = "1" } }, budget: "1000"));
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
        return slug;
    }

    private static string Recently() => DateTimeOffset.UtcNow.AddHours(-1).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Waits until /health reports the hold <paramref name="kind"/> found by at least <see cref="Looks"/> batching runs.</summary>
    private async Task<JsonElement> WaitForHoldAsync(string kind) =>
        await WaitForAsync(async () =>
        {
            var minting = await MintingHealthAsync(_admin);
            return minting.GetProperty("state").GetString() == kind && minting.GetProperty("checks").GetInt64() >= Looks ? minting : (JsonElement?)null;
        });

    /// <summary>Every action of the program confirmed, each resident's balance exactly its one reward, the program's budget settled.</summary>
    private async Task AssertAllMintedOnceAsync(string slug, int count, BigInteger each)
    {
        var settled = await WaitSettledAsync(_admin, slug, count, timeoutSeconds: 60);
        Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed));
        foreach (var action in settled)
        {
            Assert.That(await OutboxTestKit.BalanceAsync(_node, action.GetProperty("resident").GetString()!), Is.EqualTo(each), "minted exactly once");
        }
        var program = await _admin.GetFromJsonAsync<JsonElement>($"/api/programs/{slug}");
        Assert.That(program.GetProperty("reserved").GetString(), Is.EqualTo("0"));
        Assert.That(program.GetProperty("confirmed").GetString(), Is.EqualTo(TokenAmount.FormatTokens(each * count)));
    }

    private async Task<int> OutboxEntriesAsync()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<OutboxEntry>().CountAsync();
    }

    /// <summary>The dashboard's overview page as an admin signed in with the API key sees it.</summary>
    private async Task<string> DashboardOverviewAsync()
    {
        using var browser = _service.CreateClient(); // keeps the cookies of its own sign-in
        var login = await browser.GetStringAsync("/admin/login");
        var token = AntiforgeryToken().Match(login).Groups[1].Value;
        using var signIn = await browser.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ApiKey"] = ServiceFactory.AdminKey,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.That(signIn.IsSuccessStatusCode, Is.True, $"sign-in answered {signIn.StatusCode}");
        using var overview = await browser.GetAsync("/admin");
        Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await overview.Content.ReadAsStringAsync();
    }

    private static async Task<JsonElement> WaitForAsync(Func<Task<JsonElement?>> probe, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"not reached within {seconds} s");
        return default;
    }

    private static async Task<List<JsonElement>> WaitForAsync(Func<Task<List<JsonElement>?>> probe, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"not reached within {seconds} s");
        return [];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
