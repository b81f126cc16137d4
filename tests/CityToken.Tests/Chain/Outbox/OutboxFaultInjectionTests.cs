using System.Net;
using System.Numerics;
using CityToken.Api.Chain.Outbox;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// The outbox against a real Hardhat node through a fault-injecting RPC: answers lost after the node accepted a
/// transaction, timeouts, "already known" and "nonce too low". Every request must end mined exactly once.
/// </summary>
public sealed class OutboxFaultInjectionTests
{
    [Test]
    public async Task LostAnswersTimeoutsAndMisleadingRejectionsStillMineEveryGrantExactlyOnce()
    {
        var node = SharedChain.Node;
        // Faults by send number: lose the answer, say "already known", say "nonce too low", lose the answer again…
        SendFault[] script = [SendFault.DropResponse, SendFault.AlreadyKnown, SendFault.NonceTooLow, SendFault.DropResponse, SendFault.None];
        FaultyOutboxRpc? faulty = null;
        await using var service = OutboxTestKit.ServiceWith(node,
            inner => faulty = new FaultyOutboxRpc(inner, (n, _) => n <= script.Length ? script[n - 1] : SendFault.None, receiptTimeoutEvery: 3),
            new() { ["Outbox:InitialBackoffMilliseconds"] = "20", ["Outbox:MaxBackoffMilliseconds"] = "200" });
        using var client = service.CreateClient();
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(node);

        var grants = Enumerable.Range(1, 6).Select(i => (Key: $"fault-{i}", Resident: OutboxTestKit.NewResident(), Amount: new BigInteger(100 + i))).ToList();
        var ids = new List<long>();
        foreach (var grant in grants)
        {
            var (status, id) = await OutboxTestKit.GrantAsync(client, grant.Key, grant.Resident, grant.Amount);
            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
            ids.Add(id!.Value);
        }
        foreach (var id in ids)
        {
            var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
        }

        foreach (var grant in grants)
        {
            Assert.That(await OutboxTestKit.BalanceAsync(node, grant.Resident), Is.EqualTo(grant.Amount), grant.Key);
        }
        // One transaction per grant: the account's nonce moved by exactly the number of grants.
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(node), Is.EqualTo(nonceBefore + grants.Count));
        Assert.That(faulty!.Injected.Take(script.Length - 1), Is.EqualTo(script.Take(script.Length - 1)), "every scripted fault was injected");
    }

    [Test]
    public async Task NonceUsedBehindTheOutboxBackIsReconciledAndTheEntryIsSignedAgain()
    {
        var node = SharedChain.Node;
        await using var service = OutboxTestKit.ServiceWith(node);
        using var client = service.CreateClient();
        var first = OutboxTestKit.NewResident();
        var (_, firstId) = await OutboxTestKit.GrantAsync(client, "nonce-first", first, 7);
        Assert.That((await OutboxTestKit.WaitForEntryAsync(client, firstId!.Value)).Status(), Is.EqualTo("confirmed"));

        // Someone else sends from the service account (same key, outside the outbox): the outbox's nonce record is now behind.
        var outsider = new Web3(new Account(ServiceFactory.ServiceAccountKey, 31337), node.RpcUrl);
        var other = OutboxTestKit.NewResident();
        await OutboxTestKit.Token(node, outsider).MintRequestAndWaitForReceiptAsync(new MintFunction { To = other, Amount = 1 });
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(node);

        var second = OutboxTestKit.NewResident();
        var (_, secondId) = await OutboxTestKit.GrantAsync(client, "nonce-second", second, 9);
        var entry = await OutboxTestKit.WaitForEntryAsync(client, secondId!.Value);

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
            var transactions = entry.GetProperty("transactions").EnumerateArray().ToList();
            Assert.That(transactions, Has.Count.EqualTo(2), "the first signature lost its nonce to the outsider and was replaced");
            Assert.That(transactions[0].GetProperty("status").GetString(), Is.EqualTo("replaced"));
            Assert.That(transactions[0].GetProperty("error").GetString(), Does.Contain("used by a transaction"));
            Assert.That(transactions[1].GetProperty("status").GetString(), Is.EqualTo("mined"));
            Assert.That(transactions[1].GetProperty("nonce").GetInt64(), Is.EqualTo(nonceBefore));
        });
        Assert.That(await OutboxTestKit.BalanceAsync(node, second), Is.EqualTo(new BigInteger(9)));
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(node), Is.EqualTo(nonceBefore + 1));
    }

    [Test]
    public async Task StartUpReconcilesWithTheNodesPendingNonce()
    {
        var node = SharedChain.Node;
        // Move the account's nonce before the service exists: its first transaction must use the node's count.
        var outsider = new Web3(new Account(ServiceFactory.ServiceAccountKey, 31337), node.RpcUrl);
        await OutboxTestKit.Token(node, outsider).MintRequestAndWaitForReceiptAsync(new MintFunction { To = OutboxTestKit.NewResident(), Amount = 1 });
        var expectedNonce = await OutboxTestKit.NonceOfServiceAsync(node);

        await using var service = OutboxTestKit.ServiceWith(node);
        using var client = service.CreateClient();
        var (_, id) = await OutboxTestKit.GrantAsync(client, "startup-reconcile", OutboxTestKit.NewResident(), 3);
        var entry = await OutboxTestKit.WaitForEntryAsync(client, id!.Value);

        Assert.That(entry.Status(), Is.EqualTo("confirmed"));
        Assert.That(entry.GetProperty("nonce").GetInt64(), Is.EqualTo(expectedNonce));
        Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(1), "no wasted signature");
    }
}
