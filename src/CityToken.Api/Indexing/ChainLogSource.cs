using System.Diagnostics;
using System.Runtime.CompilerServices;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Indexing;

/// <summary>A block header the indexer needs: hash, parent hash and time.</summary>
public sealed record BlockHeader(long Number, string Hash, string ParentHash, long Timestamp);

/// <summary>
/// One fetched range: every log of our contracts in blocks <see cref="From"/>..<see cref="To"/> in (block,
/// logIndex) order, the headers of the blocks holding them and of both ends.
/// </summary>
public sealed record FetchedRange(long From, long To, IReadOnlyList<FilterLog> Logs, IReadOnlyDictionary<long, BlockHeader> Headers)
{
    public BlockHeader First => Headers[From];
    public BlockHeader Last => Headers[To];

    /// <summary>
    /// Hash (lower-case) and time of the block holding <paramref name="log"/>: from its header when fetched, else from
    /// the log itself (<c>blockHash</c>, <c>blockTimestamp</c>; <see cref="ChainLogSource"/> fetches headers of every
    /// log's block when the node does not give <c>blockTimestamp</c>).
    /// </summary>
    public (string Hash, long Timestamp) BlockOf(FilterLog log)
    {
        var number = (long)log.BlockNumber.Value;
        return Headers.TryGetValue(number, out var header)
            ? (header.Hash, header.Timestamp)
            : (Hex.Lower(log.BlockHash), (long)((TimedFilterLog)log).BlockTimestamp!.Value);
    }
}

/// <summary>
/// A log with the <c>blockTimestamp</c> field that current nodes add to eth_getLogs answers (null when the node
/// does not send it): with it, the indexer needs no block header per log.
/// </summary>
public sealed class TimedFilterLog : FilterLog
{
    [Newtonsoft.Json.JsonProperty("blockTimestamp")]
    public HexBigInteger? BlockTimestamp { get; set; }
}

/// <summary>The chain changed while a range was being read (a header vanished, disagrees with a log's block hash, or the range's end block changed).</summary>
public sealed class ChainMovedException(string message) : Exception(message);

/// <summary>
/// Reads ranges of logs with eth_getLogs (Nethereum's RPC client), sizing ranges adaptively: the size doubles
/// while requests are quick and small, halves when a range returns more than the target number of logs, and
/// halves and retries at once when the node refuses a range ("too many results", "limit exceeded", timeout).
/// </summary>
public sealed class ChainLogSource(ChainGateway chain, IOptions<IndexerOptions> options)
{
    private static readonly TimeSpan FastRequest = TimeSpan.FromSeconds(1);
    private int _size = FirstRangeSize(options.Value);

    /// <summary>Current range size in blocks.</summary>
    public int RangeSize => _size;

    /// <summary>
    /// Starts the next read at <see cref="IndexerOptions.InitialBlockRange"/> blocks again: a catch-up begins with a quick
    /// small read, so storing starts at once, even when the range grew large over a sparse stretch before (a 1,000-block
    /// range left from the last catch-up returned 50,000 logs in one 1.1 s read while the writer waited).
    /// </summary>
    public void RestartRangeSize() => _size = FirstRangeSize(options.Value);

    private static int FirstRangeSize(IndexerOptions options) => Math.Min(options.InitialBlockRange, options.MaxBlockRange);

    /// <summary>
    /// Reads <paramref name="from"/>..<paramref name="to"/> as consecutive pieces (see <see cref="FetchAsync"/>) with one
    /// read ahead: the next range is requested as soon as the current one is, so the node answers it while this process
    /// parses the current answer and checks its headers. Measured on a dense chain, one read at a time left the writer
    /// waiting for pieces for 0.2-0.3 s of a 1.5 s catch-up.
    /// </summary>
    public async IAsyncEnumerable<FetchedRange> ReadAsync(
        long from, long to, IReadOnlyList<string> addresses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (long From, long End, Task<IReadOnlyList<FetchedRange>> Read)? ahead = null;
        try
        {
            for (var next = from; next <= to;)
            {
                if (ahead is { } stale && stale.From != next)
                {
                    // The previous read came back shorter than planned (the node refused the range): start again from here.
                    Observe(stale.Read);
                    ahead = null;
                }
                var current = ahead ?? Start(next, to, addresses, cancellationToken);
                ahead = current.End < to ? Start(current.End + 1, to, addresses, cancellationToken) : null;
                foreach (var range in await current.Read)
                {
                    yield return range;
                    next = range.To + 1;
                }
            }
        }
        finally
        {
            if (ahead is { } unused)
            {
                Observe(unused.Read);
            }
        }
    }

    /// <summary>Starts reading from <paramref name="from"/> at the current range size; the planned end is known at once.</summary>
    private (long From, long End, Task<IReadOnlyList<FetchedRange>> Read) Start(
        long from, long to, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var end = Math.Min(to, from + _size - 1);
        return (from, end, FetchAsync(from, end, addresses, cancellationToken));
    }

    /// <summary>A read nobody waits for any more: its failure (or cancellation) is expected and ignored.</summary>
    private static void Observe(Task task) =>
        _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    /// <summary>
    /// Fetches from <paramref name="from"/> up to at most <paramref name="to"/> (fewer blocks when the range is shrunk),
    /// returned as consecutive pieces of about <see cref="IndexerOptions.TargetLogsPerRange"/> logs each (cut at block
    /// boundaries), so that each database transaction stays small and storing overlaps with the next fetch.
    /// </summary>
    public async Task<IReadOnlyList<FetchedRange>> FetchAsync(long from, long to, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxBlockRange;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(to, from + _size - 1);
            FilterLog[] logs;
            BlockHeader endBefore;
            var watch = Stopwatch.StartNew();
            try
            {
                // The end block's header before and after the read: equal hashes mean the chain up to the end did
                // not change while the range was read (a block hash commits to all its ancestors).
                endBefore = await GetHeaderAsync(end)
                    ?? throw new ChainMovedException($"Block {end} disappeared while its range was read.");
                logs = await GetLogsAsync(from, end, addresses);
            }
            catch (Exception ex) when (_size > 1 && IsRangeRefusal(ex))
            {
                _size = Math.Max(1, _size / 2);
                continue;
            }
            watch.Stop();
            var target = options.Value.TargetLogsPerRange;
            if (logs.Length > target && _size > 1)
            {
                _size = (int)Math.Max(1, (long)_size * target / logs.Length);
            }
            else if (watch.Elapsed < FastRequest && logs.Length < target / 2 && end - from + 1 == _size)
            {
                _size = (int)Math.Min(max, (long)_size * 2);
            }
            return await CompleteAsync(from, end, logs, endBefore, cancellationToken);
        }
    }

    /// <summary>Cuts a range into pieces of at least the target number of logs, at block boundaries.</summary>
    private List<(long From, long To, ArraySegment<FilterLog> Logs)> Pieces(long from, long to, FilterLog[] logs)
    {
        var target = Math.Max(1, options.Value.TargetLogsPerRange);
        var pieces = new List<(long, long, ArraySegment<FilterLog>)>();
        var start = 0;
        var pieceFrom = from;
        for (var i = 0; i < logs.Length; i++)
        {
            var block = (long)logs[i].BlockNumber.Value;
            var lastOfBlock = i + 1 == logs.Length || (long)logs[i + 1].BlockNumber.Value != block;
            if (lastOfBlock && i + 1 - start >= target && block < to)
            {
                pieces.Add((pieceFrom, block, new ArraySegment<FilterLog>(logs, start, i + 1 - start)));
                start = i + 1;
                pieceFrom = block + 1;
            }
        }
        pieces.Add((pieceFrom, to, new ArraySegment<FilterLog>(logs, start, logs.Length - start)));
        return pieces;
    }

    /// <summary>Plain eth_getLogs over our contracts; logs in (block, logIndex) order.</summary>
    public async Task<FilterLog[]> GetLogsAsync(long from, long to, IReadOnlyList<string> addresses)
    {
        var filter = new NewFilterInput
        {
            FromBlock = new BlockParameter(new HexBigInteger(new BigInteger(from))),
            ToBlock = new BlockParameter(new HexBigInteger(new BigInteger(to))),
            Address = [.. addresses],
        };
        var request = chain.Web3.Eth.Filters.GetLogs.BuildRequest(filter);
        var timed = await chain.Web3.Client.SendRequestAsync<TimedFilterLog[]>(request) ?? [];
        var logs = new FilterLog[timed.Length];
        Array.Copy(timed, logs, timed.Length);
        Array.Sort(logs, static (a, b) =>
        {
            var byBlock = a.BlockNumber.Value.CompareTo(b.BlockNumber.Value);
            return byBlock != 0 ? byBlock : a.LogIndex.Value.CompareTo(b.LogIndex.Value);
        });
        return logs;
    }

    /// <summary>Header of block <paramref name="number"/>, or null when the chain has no such block.</summary>
    public async Task<BlockHeader?> GetHeaderAsync(long number)
    {
        var block = await chain.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new BlockParameter(new HexBigInteger(new BigInteger(number))));
        return block is null
            ? null
            : new BlockHeader(number, block.BlockHash.ToLowerInvariant(), block.ParentHash.ToLowerInvariant(), (long)block.Timestamp.Value);
    }

    /// <summary>Head block number.</summary>
    public async Task<long> GetHeadAsync() => (long)(await chain.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    /// <summary>
    /// Fetches the headers a range needs: both ends of every piece (parent hash for continuity, hash for the checkpoint),
    /// plus, only when the node's logs lack <c>blockTimestamp</c>, the block of every log (its time). A log's block hash
    /// is checked against its block's header wherever that header was fetched, and the range's end header is fetched
    /// again last: a different hash means the chain moved during the read.
    /// </summary>
    private async Task<IReadOnlyList<FetchedRange>> CompleteAsync(long from, long to, FilterLog[] logs, BlockHeader endBefore, CancellationToken cancellationToken)
    {
        var pieces = Pieces(from, to, logs);
        var numbers = new SortedSet<long>();
        foreach (var piece in pieces)
        {
            numbers.Add(piece.From);
            numbers.Add(piece.To);
        }
        var logsCarryTime = logs.All(log => log is TimedFilterLog { BlockTimestamp: not null, BlockHash: not null });
        if (!logsCarryTime)
        {
            foreach (var log in logs)
            {
                numbers.Add((long)log.BlockNumber.Value);
            }
        }
        numbers.Remove(to);
        var headers = new Dictionary<long, BlockHeader> { [to] = endBefore };
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(numbers.Select(async number =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var header = await GetHeaderAsync(number)
                    ?? throw new ChainMovedException($"Block {number} disappeared while its range was read.");
                lock (headers)
                {
                    headers[number] = header;
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        var endAfter = await GetHeaderAsync(to);
        if (endAfter is null || endAfter.Hash != endBefore.Hash)
        {
            throw new ChainMovedException($"Block {to} changed while its range was read.");
        }
        foreach (var log in logs)
        {
            if (log.Removed
                || (headers.TryGetValue((long)log.BlockNumber.Value, out var header)
                    && !string.Equals(header.Hash, log.BlockHash, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ChainMovedException($"Block {log.BlockNumber.Value} changed while its range was read.");
            }
        }
        return pieces.Select(p =>
        {
            var own = new Dictionary<long, BlockHeader> { [p.From] = headers[p.From], [p.To] = headers[p.To] };
            foreach (var log in p.Logs)
            {
                if (headers.TryGetValue((long)log.BlockNumber.Value, out var header))
                {
                    own[header.Number] = header;
                }
            }
            return new FetchedRange(p.From, p.To, p.Logs, own);
        }).ToList();
    }

    private static bool IsRangeRefusal(Exception exception) => exception switch
    {
        RpcResponseException rpc => LooksLikeLimit(rpc.RpcError?.Message ?? rpc.Message),
        _ => ChainErrors.IsUnavailable(exception) && exception is RpcClientTimeoutException or TaskCanceledException or TimeoutException,
    };

    private static readonly string[] LimitWords = ["too many", "limit", "exceed", "range", "response size", "timeout", "timed out"];

    private static bool LooksLikeLimit(string message) =>
        LimitWords.Any(word => message.Contains(word, StringComparison.OrdinalIgnoreCase));
}
