using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CityToken.Bench;

/// <summary>
/// ./scripts/bench.sh rewards: civic actions posted over HTTP to a running service on a fresh node, until every one
/// is minted, confirmed and indexed; then, on the same node, the naive path (one mint transaction per action,
/// waiting for each receipt) on a sample. Prints figures and ratios; asserts nothing about time.
/// </summary>
internal static class RewardsBenchmark
{
    /// <summary>Hardhat's account #0 (public test mnemonic): the deployer, which holds MINTER_ROLE, for the naive path.</summary>
    private const string NaiveMinterKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string? fallback = null) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"missing {name}");
        var service = new Uri(Arg("--service"));
        var rpc = Arg("--rpc");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Arg("--deployments"), "31337.json")));
        var tokenAddress = manifest.RootElement.GetProperty("contracts").GetProperty("CivicToken").GetProperty("address").GetString();
        var actionCount = int.Parse(Arg("--actions", "10000"), CultureInfo.InvariantCulture);
        var residentCount = int.Parse(Arg("--residents", "2000"), CultureInfo.InvariantCulture);
        // On a chain with a block time the end-to-end rate is measured against the chain's ceiling; the naive path
        // (a receipt per mint, one block each) is cut short there.
        int? blockTime = args.Contains("--block-time") ? int.Parse(Arg("--block-time"), CultureInfo.InvariantCulture) : null;
        var naiveCount = int.Parse(Arg("--naive", blockTime is null ? "200" : "10"), CultureInfo.InvariantCulture);
        var parallel = int.Parse(Arg("--parallel", "32"), CultureInfo.InvariantCulture);
        var csv = args.Contains("--csv");

        var warmUpCount = int.Parse(Arg("--warm-up", "1000"), CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Arg("--admin-key"));

        // Warm-up, not counted: a round of its own program through the same path (post, batch, mint, confirm, index),
        // so the measured round runs on jitted code as a long-running service does (a fresh process spent about half
        // of its CPU in the JIT during the first thousands of actions).
        if (warmUpCount > 0)
        {
            var warm = await RoundAsync(http, "bench-warm-up", warmUpCount, NewResidents(Math.Min(residentCount, warmUpCount)), csv, parallel);
            if (warm is null)
            {
                return 1;
            }
            Console.WriteLine($"Warm-up (not counted): {warmUpCount:N0} actions end to end in {warm.Value.Indexed.TotalSeconds:F2} s");
        }
        var batchesBefore = (await http.GetFromJsonAsync<JsonElement>("/api/mint-batches?limit=500")).GetProperty("items").EnumerateArray()
            .Select(b => b.GetProperty("batchId").GetString()).ToHashSet();

        var residents = NewResidents(residentCount);
        Console.WriteLine(csv
            ? $"Posting {actionCount:N0} actions for {residentCount:N0} residents as one CSV upload (POST /api/actions/bulk)"
            : $"Posting {actionCount:N0} actions for {residentCount:N0} residents, {parallel} requests in flight (POST /api/actions, one action each)");
        if (await RoundAsync(http, "bench-bins", actionCount, residents, csv, parallel) is not { } round)
        {
            return 1;
        }
        var (accepted, confirmed, indexed) = round;

        // Gas of the batches, from their receipts.
        var web3 = new Web3(rpc);
        var batches = (await http.GetFromJsonAsync<JsonElement>("/api/mint-batches?limit=500")).GetProperty("items").EnumerateArray()
            .Where(b => b.GetProperty("status").GetString() == "confirmed" && !batchesBefore.Contains(b.GetProperty("batchId").GetString())).ToList();
        long batchGas = 0;
        var recipients = 0;
        foreach (var batch in batches)
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(batch.GetProperty("txHash").GetString());
            batchGas += (long)receipt.GasUsed.Value;
            recipients += batch.GetProperty("recipientCount").GetInt32();
        }

        // The naive path: one mint per action, each waiting for its receipt, from another minter account.
        Console.WriteLine($"Naive path: {naiveCount} actions, one mint transaction each, waiting for each receipt");
        var naiveWeb3 = new Web3(new Account(NaiveMinterKey, 31337), rpc);
        naiveWeb3.TransactionManager.UseLegacyAsDefault = false;
        var token = new CivicTokenService(naiveWeb3, tokenAddress);
        for (var i = 0; i < 3; i++)
        {
            // Warm-up of the client side of the naive path, not counted.
            await token.MintRequestAndWaitForReceiptAsync(new MintFunction { To = NewResidents(1)[0], Amount = BigInteger.One });
        }
        long naiveGas = 0;
        var naive = Stopwatch.StartNew();
        for (var i = 0; i < naiveCount; i++)
        {
            var receipt = await token.MintRequestAndWaitForReceiptAsync(new MintFunction
            {
                To = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
                Amount = BigInteger.Parse("1500000000000000000", CultureInfo.InvariantCulture),
            });
            naiveGas += (long)receipt.GasUsed.Value;
        }
        naive.Stop();

        var acceptedRate = actionCount / accepted.TotalSeconds;
        var endToEnd = actionCount / indexed.TotalSeconds;
        var naiveRate = naiveCount / naive.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"| figure | value |");
        Console.WriteLine($"|---|---|");
        Console.WriteLine($"| actions posted | {actionCount:N0} ({residentCount:N0} residents), {(csv ? "one CSV upload" : $"single POSTs, {parallel} in flight")} |");
        Console.WriteLine($"| accepted (all 202) | {accepted.TotalSeconds:F2} s = {acceptedRate:N0} actions/s |");
        Console.WriteLine($"| all confirmed | {confirmed.TotalSeconds:F2} s after the first post |");
        Console.WriteLine($"| all confirmed and indexed (end to end) | {indexed.TotalSeconds:F2} s = **{endToEnd:N0} actions/s** |");
        Console.WriteLine($"| mint batches | {batches.Count} transactions, {recipients:N0} recipient entries |");
        Console.WriteLine($"| gas per reward (per action) | {batchGas / (double)actionCount:N0} |");
        Console.WriteLine($"| gas per recipient entry | {batchGas / (double)Math.Max(recipients, 1):N0} |");
        Console.WriteLine($"| naive path, {naiveCount} one-mint transactions | {naive.Elapsed.TotalSeconds:F2} s = {naiveRate:N1} actions/s, {naiveGas / (double)naiveCount:N0} gas each |");
        Console.WriteLine($"| ratio end-to-end / naive | **{endToEnd / naiveRate:N1}×** |");
        if (blockTime is { } seconds)
        {
            // The chain's ceiling: as many rewards per block as its gas limit holds at this batch gas, one block per block time.
            var gasLimit = (await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).GasLimit.Value;
            var ceiling = (double)gasLimit / (batchGas / (double)actionCount) / seconds;
            Console.WriteLine($"| chain ceiling ({gasLimit:N0} gas per block / gas per reward / {seconds} s) | {ceiling:N0} actions/s |");
            Console.WriteLine($"| ratio end-to-end / ceiling | **{endToEnd / ceiling:P0}** |");
        }
        return 0;
    }

    private static List<string> NewResidents(int count) =>
        Enumerable.Range(0, count).Select(_ => "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20))).ToList();

    /// <summary>
    /// One round: creates program <paramref name="slug"/>, posts <paramref name="count"/> actions for the residents in turn,
    /// then waits until all are confirmed (the program's reserved budget is back to zero) and indexed (the stats count
    /// every reward). Returns the times from the first post, or null when any action was rejected.
    /// </summary>
    private static async Task<(TimeSpan Accepted, TimeSpan Confirmed, TimeSpan Indexed)?> RoundAsync(
        HttpClient http, string slug, int count, List<string> residents, bool csv, int parallel)
    {
        using (var created = await http.PostAsJsonAsync("/api/programs", new
        {
            slug, name = $"Benchmark smart bins ({slug})", actionType = "waste-sorting",
            rule = new { kind = "per-unit", rates = new { plastic = "0.5", paper = "0.3", glass = "0.2" } },
            maxQuantity = "100", budget = "10000000", startsAt = "2026-01-01T00:00:00Z",
        }))
        {
            created.EnsureSuccessStatusCode();
        }
        string[] categories = ["plastic", "paper", "glass"];
        var occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5);

        var total = Stopwatch.StartNew();
        var rejected = 0;
        if (csv)
        {
            var text = new System.Text.StringBuilder("externalId,program,resident,quantity,category,occurredAt\n");
            for (var i = 0; i < count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{slug}-{i},{slug},{residents[i % residents.Count]},{1 + i % 5},{categories[i % 3]},{occurredAt:O}\n");
            }
            using var upload = await http.PostAsync("/api/actions/bulk", new StringContent(text.ToString(), System.Text.Encoding.UTF8, "text/csv"));
            upload.EnsureSuccessStatusCode();
            var report = await upload.Content.ReadFromJsonAsync<JsonElement>();
            rejected = (int)(report.GetProperty("rejected").GetInt64() + report.GetProperty("errors").GetInt64());
        }
        else
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
            {
                using var response = await http.PostAsJsonAsync("/api/actions", new
                {
                    externalId = $"{slug}-{i}", program = slug, resident = residents[i % residents.Count],
                    quantity = 1 + i % 5, category = categories[i % 3], occurredAt,
                }, ct);
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                if (body.GetProperty("status").GetString() == "rejected")
                {
                    Interlocked.Increment(ref rejected);
                }
            });
        }
        var accepted = total.Elapsed;
        if (rejected > 0)
        {
            Console.Error.WriteLine($"{rejected} actions of {slug} were rejected; the benchmark expects none.");
            return null;
        }

        JsonElement program;
        do
        {
            await Task.Delay(100);
            program = await http.GetFromJsonAsync<JsonElement>($"/api/programs/{slug}");
        }
        while (program.GetProperty("reserved").GetString() != "0");
        var confirmed = total.Elapsed;
        int indexedRewards;
        do
        {
            await Task.Delay(100);
            var stats = await http.GetFromJsonAsync<JsonElement>("/api/tokens/stats");
            indexedRewards = stats.GetProperty("mintedPerProgram").EnumerateArray()
                .Where(p => p.GetProperty("program").GetString() == slug).Select(p => p.GetProperty("rewards").GetInt32()).FirstOrDefault();
        }
        while (indexedRewards < count);
        return (accepted, confirmed, total.Elapsed);
    }
}
