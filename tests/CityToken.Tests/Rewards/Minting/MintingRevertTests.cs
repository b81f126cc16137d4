using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>
/// Batches that revert, on a node of their own (the token gets paused): a revert for a passing reason that still
/// happens (the token paused between the last simulation and the broadcast, a race no check can close) returns the
/// actions to the queue rather than failing them; a batch id minted by someone else's transaction fails the batch
/// with the reason, releases the budget, and a retry mints the actions in a new batch.
/// </summary>
[NonParallelizable]
public sealed class MintingRevertTests
{
    private HardhatNode _node = null!;
    private ServiceFactory _service = null!;
    private HttpClient _admin = null!;
    private CivicTokenService _tokenAsAdmin = null!;
    private MintingFaultRpc _rpc = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _node = await HardhatNode.StartAsync();
        await _node.DeployAsync();
        _service = OutboxTestKit.ServiceWith(_node, rpc => _rpc = new MintingFaultRpc(rpc), new Dictionary<string, string?>(MintingOn));
        _admin = _service.CreateClient();
        _admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        // Hardhat account #0 deployed the token: it holds the admin, minter and pauser roles.
        _tokenAsAdmin = new CivicTokenService(new Web3(new Account(HardhatNode.Account0Key, 31337), _node.RpcUrl), _node.ReadManifest().AddressOf("CivicToken"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _service.DisposeAsync();
        await _node.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task ABatchIdMintedByAnotherTransactionFailsItsActionsWithTheReasonAndARetryMintsThem()
    {
        // The first batch of this database will carry prefix·1: mint that id first, to someone else.
        MintingState state;
        await using (var scope = _service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            state = new MintingState { Id = 1, BatchIdPrefix = "feedfacecafebeef", NextSequence = 1 };
            db.Add(state);
            await db.SaveChangesAsync();
        }
        var squatter = OutboxTestKit.NewResident();
        await _tokenAsAdmin.MintBatchRequestAndWaitForReceiptAsync(new MintBatchFunction
        {
            BatchId = state.BatchIdOf(1).HexToByteArray(), Recipients = [squatter], Amounts = [BigInteger.Parse("2000000000000000000")],
        });
        var slug = Unique("squat");
        await CreateProgramAsync(slug);
        var resident = NewResident();

        var id = (await PostAllAsync(_admin, [Action(slug, resident, 2, category: "any", externalId: $"{slug}-1", occurredAt: "2026-03-10T10:00:00Z")]))[0];
        var failed = await WaitForStatusAsync(id, ActionStatus.Failed);

        Assert.That(failed.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.MintReverted));
        Assert.That(failed.GetProperty("reasonDetail").GetString(), Does.Contain("minted by another transaction"));
        var batch = (await BatchesAsync(_admin)).Single(b => b.GetProperty("batchId").GetString() == state.BatchIdOf(1));
        Assert.That(batch.GetProperty("status").GetString(), Is.EqualTo(MintBatchStatus.Failed));
        Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(BigInteger.Zero), "nothing minted to the resident");
        Assert.That((await ProgramAsync(slug)).GetProperty("reserved").GetString(), Is.EqualTo("0"), "the reservation was released");

        using var retry = await _admin.PostAsync($"/api/actions/{id}/retry", null);
        Assert.That(retry.IsSuccessStatusCode, Is.True, await retry.Content.ReadAsStringAsync());
        var confirmed = await WaitForStatusAsync(id, ActionStatus.Confirmed);
        Assert.That(confirmed.GetProperty("batchId").GetString(), Is.EqualTo(state.BatchIdOf(2)));
        Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(Amount(confirmed)));
        Assert.That(await OutboxTestKit.BalanceAsync(_node, squatter), Is.EqualTo(BigInteger.Parse("2000000000000000000")));
        // Reconciliation reports the mint made under this database's batch id behind the engine's back, and only that.
        var report = await ReconcileAsync(_admin);
        var difference = report.GetProperty("differences").EnumerateArray().Single();
        Assert.That(difference.GetProperty("kind").GetString(), Is.EqualTo("minted-not-confirmed"));
        Assert.That(difference.GetProperty("batchId").GetString(), Is.EqualTo(state.BatchIdOf(1)));
    }

    [Test, Order(2)]
    public async Task AMintRevertedBecauseTheTokenWasPausedInARaceReturnsItsActionsToTheQueueAndTheyAreMintedOnceItResumes()
    {
        var slug = Unique("paused");
        await CreateProgramAsync(slug);
        var residents = Enumerable.Range(0, 3).Select(_ => NewResident()).ToList();
        var before = await OutboxTestKit.HeadAsync(_node);
        // Both simulations pass; the token is paused just before the batch's transaction reaches the node.
        _rpc.BeforeNextSend(() => _tokenAsAdmin.PauseRequestAndWaitForReceiptAsync());
        try
        {
            await PostAllAsync(_admin, residents.Select((r, i) => Action(slug, r, 1 + i, category: "any", externalId: $"{slug}-{i}", occurredAt: "2026-03-10T10:00:00Z")).ToList());
            var requeued = await WaitForAsync(async () => (await BatchesAsync(_admin))
                .Where(b => b.GetProperty("status").GetString() == MintBatchStatus.Requeued).Select(b => (JsonElement?)b).FirstOrDefault());
            Assert.That(requeued.GetProperty("reason").GetString(), Does.StartWith("CivicTokenPaused"));
            var actions = await ActionsOfAsync(_admin, slug);
            Assert.That(actions.Select(a => a.GetProperty("status").GetString()), Has.None.EqualTo(ActionStatus.Failed).And.None.EqualTo(ActionStatus.Confirmed));
        }
        finally
        {
            await _tokenAsAdmin.UnpauseRequestAndWaitForReceiptAsync();
        }

        var settled = await WaitSettledAsync(_admin, slug, residents.Count, timeoutSeconds: 60);
        Assert.That(settled.Select(a => a.GetProperty("status").GetString()), Is.All.EqualTo(ActionStatus.Confirmed));
        foreach (var (resident, sum) in SumsPerResident(settled))
        {
            Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(sum));
        }
        Assert.That(await RevertedServiceTransactionsAsync(_node, before), Has.Count.EqualTo(1), "only the raced transaction reverted; the batcher then waited");
    }

    private async Task CreateProgramAsync(string slug)
    {
        using var created = await _admin.PostAsJsonAsync("/api/programs", Program(slug, new { kind = "per-unit", rates = new { any = "1" } }, budget: "1000"));
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> ProgramAsync(string slug) => await _admin.GetFromJsonAsync<JsonElement>($"/api/programs/{slug}");

    private Task<JsonElement> WaitForStatusAsync(long id, string status) =>
        WaitForAsync(async () =>
        {
            var action = await _admin.GetFromJsonAsync<JsonElement>($"/api/actions/{id}");
            return action.GetProperty("status").GetString() == status ? action : (JsonElement?)null;
        });

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
}
