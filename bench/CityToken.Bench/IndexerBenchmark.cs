using System.Diagnostics;
using System.Globalization;
using CityToken.Api.Chain;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.CredentialRegistry.ContractDefinition;
using CityToken.Contracts.EthereumDIDRegistry.ContractDefinition;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Bench;

/// <summary>
/// (a) raw eth_getLogs + decode of every log into typed values (Transfer by hand with <see cref="TransferLog"/>, as the
/// indexer does; every other event with its generated DTO), and (b) the indexer's catch-up from the
/// deployment block into a new SQLite file, over the same ranges (the ones the indexer chose); prints both and the ratio.
/// </summary>
internal static class IndexerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"missing {name}");
        var dataRoot = Path.GetFullPath(Arg("--data"));
        int? nodePid = args.SkipWhile(a => a != "--node-pid").Skip(1).FirstOrDefault() is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null;
        IHost NewHost(string dataDirectory)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Chain:RpcUrl"] = Arg("--rpc"),
                ["Chain:DeploymentsDirectory"] = Path.GetFullPath(Arg("--deployments")),
                ["Chain:RequestTimeoutSeconds"] = "120",
                ["Storage:DataDirectory"] = Path.Combine(dataRoot, dataDirectory),
                ["Indexer:Enabled"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.AddSingleton(TimeProvider.System);
            builder.AddChain();
            builder.AddStorage();
            builder.AddIndexer();
            return builder.Build();
        }

        // Warm-up, not counted: one raw read and decode of every block in 50-block ranges. The first pass runs on
        // freshly jitted (tier-0) code for JSON-RPC and decoding and was ~2x slower than later passes.
        using var warmHost = NewHost("warm-up");
        var warmSource = warmHost.Services.GetRequiredService<ChainLogSource>();
        var manifest = warmHost.Services.GetRequiredService<ChainGateway>().Manifest;
        var addresses = manifest.Contracts.Values.Select(c => Hex.Address(c.Address)).Order(StringComparer.Ordinal).ToArray();
        var decoders = Decoders();
        var head = await warmSource.GetHeadAsync();
        var watch = Stopwatch.StartNew();
        for (var block = manifest.DeploymentBlock; block <= head; block += 50)
        {
            Decode(await warmSource.GetLogsAsync(block, Math.Min(head, block + 49), addresses), decoders);
        }
        var warmSeconds = watch.Elapsed.TotalSeconds;

        // (b) The indexer's catch-up from the deployment block, twice, each time a new service host with a new SQLite
        // file (the first run also pays for jitting the store path, as the raw side's warm-up did for reading); the
        // faster run counts, as on the raw side.
        var indexerSeconds = double.MaxValue;
        var indexerCpu = new CpuUse(0, null);
        var runSeconds = new List<double>();
        List<(long From, long To, int Logs)> ranges = [];
        long last = 0;
        IHost? host = null;
        for (var run = 1; run <= 2; run++)
        {
            host?.Dispose();
            host = NewHost($"run{run}");
            await host.PrepareStorageAsync();
            var runIndexer = host.Services.GetRequiredService<EventIndexer>();
            var runRanges = new List<(long From, long To, int Logs)>();
            runIndexer.RangeIndexed = (from, to, logs) => runRanges.Add((from, to, logs));
            var cpu = CpuUse.Now(nodePid);
            watch.Restart();
            last = await runIndexer.CatchUpAsync(untilBlock: null, CancellationToken.None);
            runSeconds.Add(watch.Elapsed.TotalSeconds);
            if (runSeconds[^1] < indexerSeconds)
            {
                (indexerSeconds, ranges, indexerCpu) = (runSeconds[^1], runRanges, CpuUse.Now(nodePid) - cpu);
            }
        }
        using var lastHost = host!;
        var indexer = lastHost.Services.GetRequiredService<EventIndexer>();
        var source = lastHost.Services.GetRequiredService<ChainLogSource>();
        var indexed = ranges.Sum(r => r.Logs);

        // (a) Raw: the same ranges as the counted run, sequentially, twice; the faster run counts.
        var rawSeconds = double.MaxValue;
        var rawCpu = new CpuUse(0, null);
        var rawLogs = 0;
        for (var run = 0; run < 2; run++)
        {
            var cpu = CpuUse.Now(nodePid);
            watch.Restart();
            rawLogs = 0;
            foreach (var (from, to, _) in ranges)
            {
                var logs = await source.GetLogsAsync(from, to, addresses);
                rawLogs += Decode(logs, decoders);
            }
            if (watch.Elapsed.TotalSeconds < rawSeconds)
            {
                (rawSeconds, rawCpu) = (watch.Elapsed.TotalSeconds, CpuUse.Now(nodePid) - cpu);
            }
        }

        // (c) Diagnostic: storing alone. The same blocks fetched into memory first, the index reset, then every
        // piece stored one after the other: wall and process CPU time of the store side without any fetching.
        var fetched = new List<FetchedRange>();
        for (var next = manifest.DeploymentBlock; next <= last;)
        {
            foreach (var range in await source.FetchAsync(next, last, addresses, CancellationToken.None))
            {
                fetched.Add(range);
                next = range.To + 1;
            }
        }
        await indexer.ResetAsync(CancellationToken.None);
        var contracts = indexer.ContractsByAddress();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        foreach (var range in fetched)
        {
            if (!await indexer.ApplyRangeAsync(range, contracts, checkContinuity: true, CancellationToken.None))
            {
                throw new InvalidOperationException($"Range {range.From}..{range.To} did not follow the previous one.");
            }
        }
        var storeSeconds = watch.Elapsed.TotalSeconds;
        var storeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var stored = fetched.Sum(r => r.Logs.Count);

        var rawRate = rawLogs / rawSeconds;
        var indexerRate = indexed / indexerSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"warm-up (not counted): raw read + decode of blocks {manifest.DeploymentBlock}..{head} in {warmSeconds:F2} s"));
        Console.WriteLine(string.Create(inv, $"events: {indexed} in blocks {manifest.DeploymentBlock}..{last}, {ranges.Count} ranges (sizes {ranges.Min(r => r.To - r.From + 1)}..{ranges.Max(r => r.To - r.From + 1)} blocks)"));
        Console.WriteLine(string.Create(inv, $"(a) raw eth_getLogs + decode : {rawLogs,8} events in {rawSeconds,6:F2} s = {rawRate,9:F0} events/s ({rawCpu})"));
        Console.WriteLine(string.Create(inv, $"(b) indexer catch-up, SQLite : {indexed,8} events in {indexerSeconds,6:F2} s = {indexerRate,9:F0} events/s (runs: {string.Join(", ", runSeconds.Select(x => x.ToString("F2", inv)))} s, each into a new file; {indexerCpu})"));
        Console.WriteLine(string.Create(inv, $"ratio indexer / raw          : {indexerRate / rawRate:P0} (target >= 70%)"));
        Console.WriteLine(string.Create(inv, $"(c) storing alone (diagnostic): {stored,7} events in {storeSeconds,6:F2} s = {stored / storeSeconds,9:F0} events/s ({storeCpu:F2} s CPU, {fetched.Count} pieces)"));
        return 0;
    }

    private static Dictionary<string, Func<FilterLog, object>> Decoders()
    {
        var decoders = new Dictionary<string, Func<FilterLog, object>>(StringComparer.OrdinalIgnoreCase);
        void Add<T>() where T : Nethereum.ABI.FunctionEncoding.Attributes.IEventDTO, new() =>
            decoders[EventTopic.Of<T>()] = log => EventTopic.Decode<T>(log);
        // Transfer: the same hand-written decoder the indexer uses (typed values: from, to, value); the rest with their DTOs.
        decoders[TransferLog.Topic] = log => TransferLog.TryDecode(log, out var transfer)
            ? transfer
            : throw new InvalidOperationException("Malformed Transfer log.");
        Add<ApprovalEventDTO>();
        Add<RewardBatchMintedEventDTO>();
        Add<CredentialIssuedEventDTO>();
        Add<CredentialRevokedEventDTO>();
        Add<ClaimSetEventDTO>();
        Add<BallotCreatedEventDTO>();
        Add<VoteCastEventDTO>();
        Add<RedeemedEventDTO>();
        Add<RewardAddedEventDTO>();
        Add<DIDAttributeChangedEventDTO>();
        return decoders;
    }

    private static int Decode(FilterLog[] logs, Dictionary<string, Func<FilterLog, object>> decoders)
    {
        foreach (var log in logs)
        {
            if (log.Topics is { Length: > 0 } topics && decoders.TryGetValue(topics[0].ToString()!, out var decode))
            {
                _ = decode(log);
            }
        }
        return logs.Length;
    }
}

/// <summary>
/// CPU seconds used by this process and by the Hardhat node's process tree (from /proc, when its pid is given): what
/// the two cores were shared out to during a timed phase.
/// </summary>
internal sealed record CpuUse(double Own, double? Node)
{
    public static CpuUse Now(int? nodePid) =>
        new(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, nodePid is { } pid ? TreeSeconds(pid) : null);

    public static CpuUse operator -(CpuUse after, CpuUse before) => new(after.Own - before.Own, after.Node - before.Node);

    public override string ToString() => Node is { } node
        ? string.Create(CultureInfo.InvariantCulture, $"CPU: this process {Own:F2} s, node {node:F2} s")
        : string.Create(CultureInfo.InvariantCulture, $"CPU: this process {Own:F2} s");

    /// <summary>utime + stime of a process and its descendants, in seconds (clock ticks of 1/100 s).</summary>
    private static double? TreeSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var seconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
            foreach (var task in Directory.GetDirectories($"/proc/{pid}/task"))
            {
                foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    seconds += TreeSeconds(int.Parse(child, CultureInfo.InvariantCulture)) ?? 0;
                }
            }
            return seconds;
        }
        catch (IOException)
        {
            return null; // the process is gone
        }
    }
}
