using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>Helpers of the minting tests: post many actions, wait until the queue is minted, read what the chain holds.</summary>
internal static class MintingKit
{
    public static readonly Dictionary<string, string?> MintingOn = new()
    {
        ["Rewards:Minting:Enabled"] = "true",
        ["Rewards:Minting:MaxQueueDelaySeconds"] = "1",
        ["Rewards:Minting:PollIntervalMilliseconds"] = "200",
        ["Rewards:Minting:RequeueBackoffSeconds"] = "1",
    };

    /// <summary>Posts <paramref name="actions"/> with <paramref name="parallel"/> requests in flight; returns each action's id.</summary>
    public static async Task<long[]> PostAllAsync(HttpClient client, IReadOnlyList<object> actions, int parallel = 8)
    {
        var ids = new long[actions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, actions.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            using var response = await client.PostAsJsonAsync("/api/actions", actions[i], ct);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.OK), body.ToString());
            Assert.That(body.GetProperty("status").GetString(), Is.Not.EqualTo(ActionStatus.Rejected), body.ToString());
            ids[i] = body.GetProperty("id").GetInt64();
        });
        return ids;
    }

    /// <summary>Every action of <paramref name="program"/> (admin's list, all pages).</summary>
    public static async Task<List<JsonElement>> ActionsOfAsync(HttpClient admin, string program)
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/actions?program={program}&limit=1000" + (cursor is null ? "" : $"&cursor={cursor}"));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return all;
    }

    /// <summary>Waits until no action of the program is pending (accepted, queued, batched, submitted).</summary>
    public static async Task<List<JsonElement>> WaitSettledAsync(HttpClient admin, string program, int expected, int timeoutSeconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        List<JsonElement> actions;
        while (true)
        {
            actions = await ActionsOfAsync(admin, program);
            var pending = actions.Count(a => ActionStatus.Reserving.Contains(a.GetProperty("status").GetString()!));
            if (actions.Count >= expected && pending == 0)
            {
                return actions;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"after {timeoutSeconds} s, {pending} of {actions.Count} actions of {program} are still pending: " +
                    string.Join(", ", actions.GroupBy(a => a.GetProperty("status").GetString()).Select(g => $"{g.Key}={g.Count()}")));
            }
            await Task.Delay(250);
        }
    }

    public static BigInteger Amount(JsonElement action) => BigInteger.Parse(action.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture);

    public static string Checksum(string address) => AddressUtil.Current.ConvertToChecksumAddress(address);

    /// <summary>Sums of confirmed amounts per resident (checksummed).</summary>
    public static Dictionary<string, BigInteger> SumsPerResident(IEnumerable<JsonElement> actions) =>
        actions.GroupBy(a => a.GetProperty("resident").GetString()!)
            .ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (s, a) => s + Amount(a)));

    public static async Task<JsonElement> ReconcileAsync(HttpClient admin)
    {
        using var response = await admin.PostAsync("/api/rewards/reconciliation", null);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), report.ToString());
        return report;
    }

    /// <summary>An admin client of a service started as a process of its own.</summary>
    public static HttpClient AdminClient(ServiceProcess service)
    {
        var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        return client;
    }

    /// <summary>
    /// Asserts one <c>RewardBatchMinted</c> on chain (after <paramref name="afterBlock"/>) per batch the service lists as
    /// confirmed: no batch minted twice, none minted behind the engine's back.
    /// </summary>
    public static async Task AssertEachConfirmedBatchMintedOnceAsync(HttpClient admin, HardhatNode node, BigInteger afterBlock)
    {
        var token = OutboxTestKit.Token(node);
        var confirmed = (await BatchesAsync(admin)).Where(b => b.GetProperty("status").GetString() == MintBatchStatus.Confirmed).ToList();
        var minted = await token.ContractHandler.GetEvent<RewardBatchMintedEventDTO>()
            .GetAllChangesAsync(token.ContractHandler.GetEvent<RewardBatchMintedEventDTO>().CreateFilterInput(
                new BlockParameter(new HexBigInteger(afterBlock + 1)), BlockParameter.CreateLatest()));
        Assert.That(minted.Select(e => "0x" + Convert.ToHexStringLower(e.Event.BatchId)),
            Is.EquivalentTo(confirmed.Select(b => b.GetProperty("batchId").GetString())));
    }

    public static async Task<List<JsonElement>> BatchesAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/mint-batches?limit=500")).GetProperty("items").EnumerateArray().ToList();

    public static HardhatNode Node => SharedChain.Node;

    /// <summary>Transactions sent by the service's account in blocks after <paramref name="afterBlock"/> that were mined as reverts.</summary>
    public static async Task<List<string>> RevertedServiceTransactionsAsync(HardhatNode node, long afterBlock)
    {
        var reverted = new List<string>();
        var head = await OutboxTestKit.HeadAsync(node);
        for (var number = afterBlock + 1; number <= head; number++)
        {
            var block = await OutboxTestKit.RpcAsync(node, "eth_getBlockByNumber", OutboxTestKit.Hex(number), true);
            foreach (var tx in block.GetProperty("transactions").EnumerateArray())
            {
                if (!string.Equals(tx.GetProperty("from").GetString(), OutboxTestKit.ServiceAddress, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var hash = tx.GetProperty("hash").GetString()!;
                var receipt = await OutboxTestKit.RpcAsync(node, "eth_getTransactionReceipt", hash);
                if (receipt.GetProperty("status").GetString() != "0x1")
                {
                    reverted.Add(hash);
                }
            }
        }
        return reverted;
    }

    /// <summary>The details of components.minting of a /health body.</summary>
    public static async Task<JsonElement> MintingHealthAsync(HttpClient client) =>
        (await OutboxTestKit.HealthAsync(client)).GetProperty("components").GetProperty("minting").GetProperty("details");
}
