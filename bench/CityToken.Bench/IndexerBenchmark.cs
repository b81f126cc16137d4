using System.Diagnostics;
using System.Globalization;
using CityToken.Api.Ballots;
using CityToken.Api.Chain;
using CityToken.Api.Credentials;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Api.Redemptions;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using CityToken.Api.TokenReadModel;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.CredentialRegistry.ContractDefinition;
using CityToken.Contracts.EthereumDIDRegistry.ContractDefinition;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Bench;

/// <summary>
/// (a) raw eth_getLogs + decode of every log into typed values (Transfer by hand with <see cref="TransferLog"/>, as the
/// indexer does; every other event with its generated DTO), and (b) the indexer's catch-up from the
/// deployment block into a new SQLite file, over the same ranges (the ones the indexer chose); prints both and the ratio.
/// Both sides run warm in one service host and are measured five times, interleaved; the medians count.
/// </summary>
internal static class IndexerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"missing {name}");
        var dataRoot = Path.GetFullPath(Arg("--data"));
        int? Pid(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null;
        // The node's and (with --postgres) the database server's process trees: their CPU is printed beside this process's.
        var others = new CpuUse.Others(Pid("--node-pid"), Pid("--server-pid"));
        // --postgres CONNECTION: the same catch-ups into a PostgreSQL database (emptied before each) instead of a new SQLite file.
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
        var store = postgres is null ? "SQLite" : "PostgreSQL";
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
                // A new PostgreSQL schema per catch-up: EF Core logs its first look for the migrations history table as a failed command.
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
                ["Storage:Provider"] = postgres is null ? "Sqlite" : "PostgreSQL",
                ["ConnectionStrings:CityToken"] = postgres,
            });
            builder.Services.AddSingleton(TimeProvider.System);
            builder.AddChain();
            builder.AddStorage();
            builder.AddIndexer();
            // The projections the service runs over these contracts' events (each feature registers its own in the
            // service; the benchmark takes the indexer's write path with the same ones, not the features' other parts).
            builder.Services.AddSingleton<IEventProjection, TokenProjection>();
            builder.Services.AddSingleton<IEventProjection, RewardBatchProjection>();
            builder.Services.AddSingleton<IEventProjection, CredentialProjection>();
            builder.Services.AddSingleton<IEventProjection, BallotProjection>();
            builder.Services.AddSingleton<IEventProjection, RedemptionProjection>();
            return builder.Build();
        }

        // One service host does everything, as one running service would: its EF Core model, compiled queries and jitted
        // code serve every catch-up, and each catch-up gets a new, empty database file. (A new host per catch-up made
        // every timed catch-up build EF Core's model and compile ~300 change-tracking and materializer lambdas again,
        // 0.15-0.6 s of JIT that a running service pays once, while the raw side ran warm.)
        using var host = NewHost("index");
        var source = host.Services.GetRequiredService<ChainLogSource>();
        var indexer = host.Services.GetRequiredService<EventIndexer>();
        var manifest = host.Services.GetRequiredService<ChainGateway>().Manifest;
        var addresses = manifest.Contracts.Values.Select(c => Hex.Address(c.Address)).Order(StringComparer.Ordinal).ToArray();
        var decoders = Decoders();
        var head = await source.GetHeadAsync();

        // Warm-up, not counted: one raw read and decode of every block (50-block ranges) and three catch-ups, so that each
        // side's code has run several times and reached its final tier before it is timed (the first catch-ups run
        // freshly jitted code and wait for the tiered compiler).
        var watch = Stopwatch.StartNew();
        for (var block = manifest.DeploymentBlock; block <= head; block += 50)
        {
            Decode(await source.GetLogsAsync(block, Math.Min(head, block + 49), addresses), decoders);
        }
        var warmSeconds = watch.Elapsed.TotalSeconds;
        for (var run = 1; run <= WarmUpCatchUps; run++)
        {
            await CatchUpAsync(host, others);
        }

        // Measured: five rounds, each (b) a catch-up from the deployment block into a new SQLite file, then (a) raw
        // eth_getLogs + decode over the ranges that catch-up chose, sequentially. Each side's median run counts (the
        // run-to-run spread on this 2-core machine is ~20%).
        var rounds = new List<(Phase CatchUp, Phase Raw, List<(long From, long To, int Logs)> Ranges)>();
        for (var round = 1; round <= Rounds; round++)
        {
            var (catchUp, ranges) = await CatchUpAsync(host, others);
            var cpu = CpuUse.Now(others);
            watch.Restart();
            var rawLogs = 0;
            foreach (var (from, to, _) in ranges)
            {
                rawLogs += Decode(await source.GetLogsAsync(from, to, addresses), decoders);
            }
            rounds.Add((catchUp, new Phase(rawLogs, watch.Elapsed.TotalSeconds, CpuUse.Now(others) - cpu), ranges));
        }
        var rawMedian = Median([.. rounds.Select(r => r.Raw)]);
        var catchUpMedian = Median([.. rounds.Select(r => r.CatchUp)]);
        var counted = rounds.First(r => r.CatchUp == catchUpMedian).Ranges;

        // (c) Diagnostic: storing alone. The same blocks fetched into memory first, a new database, then every piece
        // stored one after the other: wall and process CPU time of the store side without any fetching.
        var last = counted[^1].To;
        var fetched = new List<FetchedRange>();
        for (var next = manifest.DeploymentBlock; next <= last;)
        {
            foreach (var range in await source.FetchAsync(next, last, addresses, CancellationToken.None))
            {
                fetched.Add(range);
                next = range.To + 1;
            }
        }
        await NewDatabaseAsync(host);
        await indexer.ResetAsync(CancellationToken.None);
        var contracts = indexer.ContractsByAddress();
        var storeBefore = CpuUse.Now(others with { NodePid = null });
        watch.Restart();
        foreach (var range in fetched)
        {
            if (!await indexer.ApplyRangeAsync(range, contracts, checkContinuity: true, CancellationToken.None))
            {
                throw new InvalidOperationException($"Range {range.From}..{range.To} did not follow the previous one.");
            }
        }
        var storeSeconds = watch.Elapsed.TotalSeconds;
        var storeCpu = CpuUse.Now(others with { NodePid = null }) - storeBefore;
        var stored = fetched.Sum(r => r.Logs.Count);

        var inv = CultureInfo.InvariantCulture;
        string Runs(Func<(Phase CatchUp, Phase Raw, List<(long, long, int)>), Phase> side) =>
            string.Join(", ", rounds.Select(r => side(r).Seconds.ToString("F2", inv)));
        Console.WriteLine(string.Create(inv, $"warm-up (not counted): raw read + decode of blocks {manifest.DeploymentBlock}..{head} in {warmSeconds:F2} s, and {WarmUpCatchUps} catch-ups"));
        Console.WriteLine(string.Create(inv, $"events: {catchUpMedian.Logs} in blocks {manifest.DeploymentBlock}..{last}, {counted.Count} ranges (sizes {counted.Min(r => r.To - r.From + 1)}..{counted.Max(r => r.To - r.From + 1)} blocks)"));
        Console.WriteLine(string.Create(inv, $"(a) raw eth_getLogs + decode : {rawMedian.Logs,8} events in {rawMedian.Seconds,6:F2} s = {rawMedian.Rate,9:F0} events/s (median of {Runs(r => r.Raw)} s; {rawMedian.Cpu})"));
        Console.WriteLine(string.Create(inv, $"(b) indexer catch-up, {store,-10}: {catchUpMedian.Logs,8} events in {catchUpMedian.Seconds,6:F2} s = {catchUpMedian.Rate,9:F0} events/s (median of {Runs(r => r.CatchUp)} s, each into a new database; {catchUpMedian.Cpu})"));
        Console.WriteLine(string.Create(inv, $"ratio indexer / raw          : {catchUpMedian.Rate / rawMedian.Rate:P0} (target >= 70%; per round: {string.Join(", ", rounds.Select(r => (r.CatchUp.Rate / r.Raw.Rate).ToString("P0", inv)))})"));
        Console.WriteLine(string.Create(inv, $"(c) storing alone (diagnostic): {stored,7} events in {storeSeconds,6:F2} s = {stored / storeSeconds,9:F0} events/s ({fetched.Count} pieces; {storeCpu})"));
        return 0;
    }

    /// <summary>One timed run: logs, wall seconds and CPU.</summary>
    private sealed record Phase(int Logs, double Seconds, CpuUse Cpu)
    {
        public double Rate => Logs / Seconds;
    }

    private static Phase Median(IReadOnlyCollection<Phase> runs) => runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);

    private const int WarmUpCatchUps = 3;

    /// <summary>Timed rounds; each side's median counts.</summary>
    private const int Rounds = 5;

    /// <summary>The indexer's catch-up from the deployment block into a new database file, timed, with the ranges it stored.</summary>
    private static async Task<(Phase Run, List<(long From, long To, int Logs)> Ranges)> CatchUpAsync(IHost host, CpuUse.Others others)
    {
        await NewDatabaseAsync(host);
        var indexer = host.Services.GetRequiredService<EventIndexer>();
        var ranges = new List<(long From, long To, int Logs)>();
        indexer.RangeIndexed = (from, to, logs) => ranges.Add((from, to, logs));
        var cpu = CpuUse.Now(others);
        var watch = Stopwatch.StartNew();
        await indexer.CatchUpAsync(untilBlock: null, CancellationToken.None);
        return (new Phase(ranges.Sum(r => r.Logs), watch.Elapsed.TotalSeconds, CpuUse.Now(others) - cpu), ranges);
    }

    /// <summary>Replaces the host's database with a new, migrated one, as a service started on an empty data directory has.</summary>
    private static async Task NewDatabaseAsync(IHost host)
    {
        var location = host.Services.GetRequiredService<DatabaseLocation>();
        if (location.Provider == StorageProvider.PostgreSQL)
        {
            await using var connection = new Npgsql.NpgsqlConnection(location.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", connection);
            await drop.ExecuteNonQueryAsync();
            Npgsql.NpgsqlConnection.ClearAllPools();
            await host.PrepareStorageAsync();
            return;
        }
        var path = location.DatabasePath;
        if (File.Exists(path))
        {
            // The WAL checkpointer may still be copying the last piece; a blocking checkpoint waits for it.
            using var scope = host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
        await host.PrepareStorageAsync();
    }

    private static Dictionary<string, Func<FilterLog, object>> Decoders()
    {
        // Transfer: the same hand-written decoder the indexer uses (typed values: from, to, value); the rest with their DTOs.
        var decoders = new Dictionary<string, Func<FilterLog, object>>(StringComparer.OrdinalIgnoreCase)
        {
            [TransferLog.Topic] = log => TransferLog.TryDecode(log, out var transfer)
                ? transfer
                : throw new InvalidOperationException("Malformed Transfer log."),
        };
        EventDecoder[] withDtos =
        [
            EventDecoder.For<ApprovalEventDTO>(), EventDecoder.For<RewardBatchMintedEventDTO>(), EventDecoder.For<CredentialIssuedEventDTO>(),
            EventDecoder.For<CredentialRevokedEventDTO>(), EventDecoder.For<ClaimSetEventDTO>(), EventDecoder.For<BallotCreatedEventDTO>(),
            EventDecoder.For<VoteCastEventDTO>(), EventDecoder.For<RedeemedEventDTO>(), EventDecoder.For<RewardAddedEventDTO>(),
            EventDecoder.For<DIDAttributeChangedEventDTO>(),
        ];
        foreach (var decoder in withDtos)
        {
            decoders[decoder.Topic] = decoder.Decode;
        }
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
/// CPU seconds used by this process, by the Hardhat node's and by the database server's process trees (from /proc, when
/// their pids are given): what the two cores were shared out to during a timed phase.
/// </summary>
internal sealed record CpuUse(double Own, double? Node, double? Server, double GcPause = 0, int Gen0 = 0, int Gen1 = 0, int Gen2 = 0, long Allocated = 0, long Written = 0)
{
    /// <summary>Pids of the processes whose trees are measured beside this one (null: not measured).</summary>
    public sealed record Others(int? NodePid, int? ServerPid);

    public static CpuUse Now(Others others) =>
        new(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
            others.NodePid is { } node ? TreeSeconds(node) : null, others.ServerPid is { } server ? TreeSeconds(server) : null,
            GC.GetTotalPauseDuration().TotalSeconds, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: false), WrittenBytes());

    public static CpuUse operator -(CpuUse after, CpuUse before) => new(after.Own - before.Own, after.Node - before.Node, after.Server - before.Server,
        after.GcPause - before.GcPause, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2,
        after.Allocated - before.Allocated, after.Written - before.Written);

    /// <summary>
    /// CPU of this process and the node; bytes allocated, GC pauses and collections (how often gen0/gen1/gen2 were
    /// collected: a gen2 collection also counts for gen0 and gen1); bytes written (database, WAL and sockets).
    /// </summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CPU: this process {Own:F2} s")
        + (Node is { } node ? string.Create(CultureInfo.InvariantCulture, $", node {node:F2} s") : "")
        + (Server is { } server ? string.Create(CultureInfo.InvariantCulture, $", database server {server:F2} s") : "")
        + string.Create(CultureInfo.InvariantCulture, $"; allocated {Allocated / 1_000_000.0:F0} MB, GC paused {GcPause:F2} s, collections {Gen0}/{Gen1}/{Gen2}; wrote {Written / 1_000_000.0:F0} MB");

    /// <summary>Bytes this process handed to write system calls (files and sockets), from /proc/self/io.</summary>
    private static long WrittenBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/io"))
        {
            if (line.StartsWith("wchar:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim(), CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }

    /// <summary>
    /// utime + stime of a process and its descendants, in seconds (clock ticks of 1/100 s), with what its children that
    /// exited and were waited for used (cutime + cstime: PostgreSQL's backends and workers come and go).
    /// </summary>
    private static double? TreeSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var seconds = fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture)) / 100.0;
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
