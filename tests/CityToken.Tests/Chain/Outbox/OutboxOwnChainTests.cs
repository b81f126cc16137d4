using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Health;
using CityToken.Api.Hosting;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// Outbox tests that change the chain for everyone (mint cap, pause, automine off, node stopped), on a node of
/// their own: revert decoding, stuck-transaction replacement, and health while the node is down.
/// </summary>
[NonParallelizable]
public sealed class OutboxOwnChainTests
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

    [Test, Order(1)]
    public async Task GrantAboveTheMintCapEndsRevertedWithTheDecodedCustomError()
    {
        var admin = OutboxTestKit.Token(_node, _node.Web3ForAccount0());
        await admin.SetMintCapRequestAndWaitForReceiptAsync(new SetMintCapFunction { NewCap = 100 });
        try
        {
            await using var service = OutboxTestKit.ServiceWith(_node);
            using var client = service.CreateClient();
            var resident = OutboxTestKit.NewResident();
            var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);

            var (status, id) = await OutboxTestKit.GrantAsync(client, "over-cap", resident, 1000);
            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
            var entry = await OutboxTestKit.WaitForEntryAsync(client, id!.Value);

            Assert.Multiple(() =>
            {
                Assert.That(entry.Status(), Is.EqualTo("reverted"));
                Assert.That(entry.GetProperty("error").GetString(), Does.StartWith("CivicTokenMintCapExceeded(requested=1000, remaining=100, cap=100)"));
                Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(0), "caught at gas estimation: nothing signed");
            });
            Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore), "no nonce spent on a known revert");
            Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(BigInteger.Zero));
        }
        finally
        {
            await admin.SetMintCapRequestAndWaitForReceiptAsync(new SetMintCapFunction { NewCap = BigInteger.Parse("1000000000000000000000000") });
        }
    }

    [Test, Order(2)]
    public async Task AnEntryWithItsOwnGasLimitIsSimulatedFirstAndARevertThereSendsNothing()
    {
        var admin = OutboxTestKit.Token(_node, _node.Web3ForAccount0());
        await admin.PauseRequestAndWaitForReceiptAsync();
        try
        {
            await using var service = OutboxTestKit.ServiceWith(_node);
            using var client = service.CreateClient();
            var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);
            // A caller that gives its own gas limit skips estimation, but not the eth_call with that limit.
            var id = await EnqueueFixedGasMintAsync(service, "paused-mint-simulated");
            var entry = await OutboxTestKit.WaitForEntryAsync(client, id);

            Assert.Multiple(() =>
            {
                Assert.That(entry.Status(), Is.EqualTo("reverted"));
                Assert.That(entry.GetProperty("error").GetString(), Is.EqualTo("CivicTokenPaused()"));
                Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(0), "caught by the simulation: nothing signed");
            });
            Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore), "no nonce spent on a known revert");
        }
        finally
        {
            await admin.UnpauseRequestAndWaitForReceiptAsync();
        }
    }

    [Test, Order(3)]
    public async Task MinedRevertOnAPausedTokenIsRecordedWithTheDecodedErrorAndItsBlock()
    {
        var admin = OutboxTestKit.Token(_node, _node.Web3ForAccount0());
        // The token is paused after the outbox simulated the call and before its transaction reaches the node (a race
        // no check can close): the revert is mined, and recorded.
        var paused = 0;
        await using var service = OutboxTestKit.ServiceWith(_node, rpc => new BeforeSendOutboxRpc(rpc, async () =>
        {
            if (Interlocked.Exchange(ref paused, 1) == 0)
            {
                await admin.PauseRequestAndWaitForReceiptAsync();
            }
        }));
        try
        {
            using var client = service.CreateClient();
            var id = await EnqueueFixedGasMintAsync(service, "paused-mint");
            var entry = await OutboxTestKit.WaitForEntryAsync(client, id);

            Assert.Multiple(() =>
            {
                Assert.That(entry.Status(), Is.EqualTo("reverted"));
                Assert.That(entry.GetProperty("error").GetString(), Is.EqualTo("CivicTokenPaused()"));
                Assert.That(entry.GetProperty("blockNumber").GetInt64(), Is.GreaterThan(0));
                Assert.That(entry.GetProperty("transactions")[0].GetProperty("status").GetString(), Is.EqualTo("mined"));
            });
        }
        finally
        {
            if (Volatile.Read(ref paused) == 1)
            {
                await admin.UnpauseRequestAndWaitForReceiptAsync();
            }
        }
    }

    private async Task<long> EnqueueFixedGasMintAsync(ServiceFactory service, string key)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<TransactionOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var mint = new MintFunction { To = OutboxTestKit.NewResident(), Amount = 5 };
        var result = await outbox.EnqueueAsync(db,
            new OutboxRequest(key, _node.ReadManifest().AddressOf("CivicToken"), mint.GetCallData().ToHex(true), 0, "mint while paused", GasLimit: 200_000),
            CancellationToken.None);
        return result.Entry.Id;
    }

    [Test, Order(4)]
    public async Task StuckTransactionIsReplacedWithAHigherFeeAndOnlyOneIsMined()
    {
        await using var service = OutboxTestKit.ServiceWith(_node, settings: new() { ["Outbox:StuckAfterSeconds"] = "1" });
        using var client = service.CreateClient();
        var resident = OutboxTestKit.NewResident();
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);
        await OutboxTestKit.RpcAsync(_node, "evm_setAutomine", false);
        long id;
        try
        {
            (_, var accepted) = await OutboxTestKit.GrantAsync(client, "stuck-1", resident, 42);
            id = accepted!.Value;
            await OutboxTestKit.WaitForEntryAsync(client, id, e => e.GetProperty("transactions").GetArrayLength() >= 2, seconds: 20);
            using var health = await client.GetAsync("/health");
            var report = await health.Content.ReadFromJsonAsync<HealthReport>();
            var outbox = report!.Components!["outbox"];
            Assert.That(((JsonElement)outbox.Details["pending"]!).GetInt32(), Is.EqualTo(1), "health sees the waiting entry");
            Assert.That(((JsonElement)outbox.Details["oldestPendingId"]!).GetInt64(), Is.EqualTo(id));
        }
        finally
        {
            await OutboxTestKit.RpcAsync(_node, "evm_setAutomine", true);
            await OutboxTestKit.RpcAsync(_node, "evm_mine");
        }
        var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
        var transactions = entry.GetProperty("transactions").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
            Assert.That(transactions.Count(t => t.GetProperty("status").GetString() == "mined"), Is.EqualTo(1));
            Assert.That(transactions.Count(t => t.GetProperty("status").GetString() == "replaced"), Is.EqualTo(transactions.Count - 1));
            Assert.That(transactions.Select(t => t.GetProperty("nonce").GetInt64()).Distinct().Count(), Is.EqualTo(1), "replacements keep the nonce");
            var fees = transactions.Select(t => BigInteger.Parse(t.GetProperty("maxFeePerGas").GetString()!)).ToList();
            Assert.That(fees[1], Is.GreaterThanOrEqualTo(fees[0] * 110 / 100), "the replacement pays at least 10% more");
            Assert.That(entry.GetProperty("txHash").GetString(), Is.EqualTo(transactions.Single(t => t.GetProperty("status").GetString() == "mined").GetProperty("txHash").GetString()));
        });
        Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(new BigInteger(42)));
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore + 1));
    }

    [Test, Order(5)]
    public async Task WhenTheOriginalIsMinedInsteadOfTheReplacementTheOriginalWins()
    {
        string? firstRaw = null;
        // Replacements never reach the node (lost on the way), so the original stays in the pool and gets mined.
        await using var service = OutboxTestKit.ServiceWith(_node,
            inner => new FaultyOutboxRpc(inner, (_, raw) => (firstRaw ??= raw) == raw ? SendFault.None : SendFault.SilentlyLost),
            new() { ["Outbox:StuckAfterSeconds"] = "1" });
        using var client = service.CreateClient();
        var resident = OutboxTestKit.NewResident();
        await OutboxTestKit.RpcAsync(_node, "evm_setAutomine", false);
        long id;
        try
        {
            (_, var accepted) = await OutboxTestKit.GrantAsync(client, "stuck-original-wins", resident, 43);
            id = accepted!.Value;
            await OutboxTestKit.WaitForEntryAsync(client, id, e => e.GetProperty("transactions").GetArrayLength() >= 2, seconds: 20);
        }
        finally
        {
            await OutboxTestKit.RpcAsync(_node, "evm_setAutomine", true);
            await OutboxTestKit.RpcAsync(_node, "evm_mine");
        }
        var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
        var transactions = entry.GetProperty("transactions").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
            Assert.That(transactions[0].GetProperty("status").GetString(), Is.EqualTo("mined"));
            Assert.That(transactions.Skip(1).Select(t => t.GetProperty("status").GetString()), Is.All.EqualTo("replaced"));
        });
        Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(new BigInteger(43)));
    }

    [Test, Order(6)]
    public async Task TransactionNotMinedForTheConfiguredNumberOfBlocksIsReplacedWithTheSameNonceAndAHigherFee()
    {
        // Time rule out of reach: only the block count can call the transaction stuck.
        await using var service = OutboxTestKit.ServiceWith(_node, settings: new()
        {
            ["Outbox:StuckAfterSeconds"] = "3600",
            ["Outbox:StuckAfterBlocks"] = "3",
        });
        using var client = service.CreateClient();
        var resident = OutboxTestKit.NewResident();
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);
        await OutboxTestKit.RpcAsync(_node, "evm_setAutomine", false);
        long id;
        JsonElement pendingView;
        try
        {
            (_, var accepted) = await OutboxTestKit.GrantAsync(client, "stuck-blocks", resident, 44);
            id = accepted!.Value;
            var broadcast = await OutboxTestKit.WaitForEntryAsync(client, id, e => e.Status() == "broadcast");
            var original = broadcast.GetProperty("transactions")[0];
            var originalFee = BigInteger.Parse(original.GetProperty("maxFeePerGas").GetString()!);

            await Task.Delay(1000); // ten worker cycles without a new block
            Assert.That((await OutboxTestKit.GetEntryAsync(client, id)).GetProperty("transactions").GetArrayLength(), Is.EqualTo(1),
                "no new block, no replacement");

            // Three blocks whose base fee is above the transaction's max fee: mined, and our transaction stays in the pool.
            await OutboxTestKit.RpcAsync(_node, "hardhat_setNextBlockBaseFeePerGas", OutboxTestKit.Hex(originalFee * 10));
            await OutboxTestKit.RpcAsync(_node, "hardhat_mine", "0x3");
            var originalHash = original.GetProperty("txHash").GetString()!;
            Assert.That((await OutboxTestKit.RpcAsync(_node, "eth_getTransactionReceipt", originalHash)).ValueKind, Is.EqualTo(JsonValueKind.Null));

            pendingView = await OutboxTestKit.WaitForEntryAsync(client, id, e => e.GetProperty("transactions").GetArrayLength() >= 2, seconds: 20);
        }
        finally
        {
            await OutboxTestKit.RpcAsync(_node, "evm_setAutomine", true);
            await OutboxTestKit.RpcAsync(_node, "evm_mine");
        }
        var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
        var transactions = entry.GetProperty("transactions").EnumerateArray().ToList();
        var pendingTransactions = pendingView.GetProperty("transactions").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            // While waiting: both attempts tracked, the first one saying why it was replaced.
            Assert.That(pendingView.Status(), Is.EqualTo("broadcast"));
            Assert.That(pendingTransactions[0].GetProperty("status").GetString(), Is.EqualTo("broadcast"), "the stuck one may still be mined: kept tracked");
            Assert.That(pendingTransactions[0].GetProperty("error").GetString(), Does.Contain("not mined 3 blocks after broadcast").And.Contain("replaced by attempt 2"));

            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
            Assert.That(transactions, Has.Count.EqualTo(2));
            Assert.That(transactions.Select(t => t.GetProperty("nonce").GetInt64()).Distinct().Single(), Is.EqualTo(nonceBefore), "same nonce");
            var fees = transactions.Select(t => BigInteger.Parse(t.GetProperty("maxFeePerGas").GetString()!)).ToList();
            var tips = transactions.Select(t => BigInteger.Parse(t.GetProperty("maxPriorityFeePerGas").GetString()!)).ToList();
            Assert.That(fees[1], Is.GreaterThanOrEqualTo(fees[0] * 125 / 100), "max fee raised by FeeBumpPercent at least");
            Assert.That(tips[1], Is.GreaterThanOrEqualTo(tips[0] * 125 / 100), "priority fee raised too (nodes require both)");
            Assert.That(transactions[0].GetProperty("status").GetString(), Is.EqualTo("replaced"));
            Assert.That(transactions[1].GetProperty("status").GetString(), Is.EqualTo("mined"));
            Assert.That(entry.GetProperty("txHash").GetString(), Is.EqualTo(transactions[1].GetProperty("txHash").GetString()));
            Assert.That(entry.GetProperty("error").ValueKind, Is.EqualTo(JsonValueKind.Null), "the stuck note clears once mined");
        });
        Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(new BigInteger(44)), "minted once");
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore + 1), "exactly one of the two was mined");
    }

    [Test, Order(7)]
    public async Task ReceiptReorganisedAwayIsNotConfirmedFromTheStaleReceiptAndTheSameBytesAreMinedOnce()
    {
        GatedOutboxRpc? gate = null;
        await using var service = OutboxTestKit.ServiceWith(_node, inner => gate = new GatedOutboxRpc(inner),
            new() { ["Outbox:ConfirmationDepth"] = "3" });
        using var client = service.CreateClient();
        var resident = OutboxTestKit.NewResident();
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(_node);
        var snapshot = (await OutboxTestKit.RpcAsync(_node, "evm_snapshot")).GetString()!;

        var (_, accepted) = await OutboxTestKit.GrantAsync(client, "reorged", resident, 45);
        var id = accepted!.Value;
        var mined = await OutboxTestKit.WaitForEntryAsync(client, id, e => e.Status() == "mined");
        var txHash = mined.GetProperty("txHash").GetString()!;
        var firstBlock = mined.GetProperty("blockNumber").GetInt64();
        var firstBlockHash = mined.GetProperty("blockHash").GetString()!;
        Assert.That(mined.GetProperty("confirmations").GetInt64(), Is.LessThan(3));

        // The outbox looks away while the chain reorganises: its block is replaced by a longer chain without it.
        gate!.Close();
        Assert.That((await OutboxTestKit.RpcAsync(_node, "evm_revert", snapshot)).GetBoolean(), Is.True);
        if ((await OutboxTestKit.RpcAsync(_node, "eth_getTransactionByHash", txHash)).ValueKind != JsonValueKind.Null)
        {
            await OutboxTestKit.RpcAsync(_node, "hardhat_dropTransaction", txHash); // the new chain's node never saw it
        }
        var other = OutboxTestKit.NewResident();
        await _node.Web3ForAccount0().Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(other, 0.001m);
        await OutboxTestKit.RpcAsync(_node, "hardhat_mine", "0x2");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await OutboxTestKit.BlockHashAsync(_node, firstBlock), Is.Not.EqualTo(firstBlockHash), "block replaced");
            Assert.That(await OutboxTestKit.HeadAsync(_node) - firstBlock + 1, Is.GreaterThanOrEqualTo(3),
                "deep enough that a stale receipt would count as confirmed");
            Assert.That((await OutboxTestKit.RpcAsync(_node, "eth_getTransactionReceipt", txHash)).ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
        var sendsBefore = gate.Sent.Count;
        gate.Open();

        // Re-sent with the same bytes and mined on the new chain (automine); two more blocks make it deep enough.
        var remined = await OutboxTestKit.WaitForEntryAsync(client, id,
            e => e.GetProperty("blockHash").ValueKind == JsonValueKind.String && e.GetProperty("blockHash").GetString() != firstBlockHash);
        Assert.That(remined.Status(), Is.EqualTo("mined"), "one confirmation on the new chain, not yet confirmed: " + remined);
        await OutboxTestKit.RpcAsync(_node, "hardhat_mine", "0x2");
        var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
        var transactions = entry.GetProperty("transactions").EnumerateArray().ToList();
        var block = entry.GetProperty("blockNumber").GetInt64();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
            Assert.That(transactions, Has.Count.EqualTo(1), "never re-signed");
            Assert.That(entry.GetProperty("txHash").GetString(), Is.EqualTo(txHash), "the same signed transaction");
            Assert.That(transactions[0].GetProperty("error").GetString(), Does.Contain("reorg"), "the reorg is recorded on the transaction");
            Assert.That(block, Is.GreaterThan(firstBlock));
            Assert.That(entry.GetProperty("blockHash").GetString(), Is.EqualTo(await OutboxTestKit.BlockHashAsync(_node, block)), "confirmed in a block of the final chain");
            Assert.That(entry.GetProperty("confirmations").GetInt64(), Is.GreaterThanOrEqualTo(3));
            Assert.That(gate.Sent.Skip(sendsBefore).ToList(), Is.Not.Empty.And.All.EqualTo(gate.Sent[0]), "re-broadcast: the stored bytes");
        });
        var receipt = await OutboxTestKit.RpcAsync(_node, "eth_getTransactionReceipt", txHash);
        Assert.That(Convert.ToInt64(receipt.GetProperty("blockNumber").GetString(), 16), Is.EqualTo(block));
        Assert.That(await OutboxTestKit.BalanceAsync(_node, resident), Is.EqualTo(new BigInteger(45)), "minted exactly once");
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(_node), Is.EqualTo(nonceBefore + 1));
    }

    [Test, Order(10)]
    public async Task WhileTheNodeIsDownGrantsAreAcceptedAndHealthSaysWhyNothingIsSent()
    {
        await using var service = OutboxTestKit.ServiceWith(_node,
            settings: new() { ["Outbox:InitialBackoffMilliseconds"] = "50", ["Outbox:MaxBackoffMilliseconds"] = "200" });
        using var client = service.CreateClient();
        using (var healthy = await client.GetAsync("/health"))
        {
            Assert.That(healthy.StatusCode, Is.EqualTo(HttpStatusCode.OK), await healthy.Content.ReadAsStringAsync());
        }
        await _node.StopAsync();

        var (status, id) = await OutboxTestKit.GrantAsync(client, "node-down", OutboxTestKit.NewResident(), 5);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), "accepting needs the database, not the node");
        ComponentHealth? outbox = null;
        for (var i = 0; i < 100 && outbox?.Healthy != false; i++)
        {
            await Task.Delay(100);
            using var response = await client.GetAsync("/health");
            var report = await response.Content.ReadFromJsonAsync<HealthReport>();
            outbox = report!.Components!["outbox"];
        }

        Assert.That(outbox!.Healthy, Is.False);
        // The reason names the cause, never the RPC URL (it often holds a provider's key).
        Assert.That(outbox.Reason, Does.Contain("cannot send transactions").And.Contain("unreachable").And.Not.Contain(_node.RpcUrl));
        Assert.That(((JsonElement)outbox.Details["pending"]!).GetInt32(), Is.EqualTo(1));
        Assert.That(((JsonElement)outbox.Details["nodeReachable"]!).GetBoolean(), Is.False);
        Assert.That((await OutboxTestKit.GetEntryAsync(client, id!.Value)).Status(), Is.EqualTo("queued"));
    }
}
