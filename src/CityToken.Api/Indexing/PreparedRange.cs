namespace CityToken.Api.Indexing;

/// <summary>
/// A fetched range turned into what the writer stores: each log of a manifest contract as the <see cref="IndexedLog"/>
/// projections read and its <see cref="RawLog"/> row, in (block, logIndex) order. Built on the prepare task (lower-casing,
/// hex to bytes, decoding Transfers and the events projections read), so the writer, which holds the only write
/// transaction, only dedupes and stores. The node's answer objects are let go here: <see cref="Range"/> keeps the bounds and
/// headers only, and an <see cref="IndexedLog"/> keeps its <see cref="IndexedLog.Log"/> only when its event was not decoded
/// ahead, so the ~1 KB of parsed JSON per log dies young instead of being carried (and copied by the GC) until stored.
/// </summary>
public sealed class PreparedRange
{
    private PreparedRange(FetchedRange range, List<(IndexedLog Log, RawLog Row)> logs)
    {
        Range = range;
        Logs = logs;
    }

    /// <summary>The fetched range's bounds and headers (its logs are in <see cref="Logs"/>).</summary>
    public FetchedRange Range { get; }
    public IReadOnlyList<(IndexedLog Log, RawLog Row)> Logs { get; }

    /// <summary>
    /// Keeps the logs of <paramref name="contracts"/> (by lower-case address), builds their rows and decodes the events
    /// projections read (<paramref name="decoders"/>).
    /// </summary>
    public static PreparedRange From(FetchedRange range, IReadOnlyDictionary<string, string> contracts, long chainId, EventDecoders decoders)
    {
        var logs = new List<(IndexedLog, RawLog)>(range.Logs.Count);
        foreach (var log in range.Logs)
        {
            var address = Hex.Address(log.Address);
            if (!contracts.TryGetValue(address, out var contractName))
            {
                continue;
            }
            var txHash = Hex.Lower(log.TransactionHash);
            var logIndex = (int)log.LogIndex.Value;
            var transactionIndex = (int)log.TransactionIndex.Value;
            var blockNumber = (long)log.BlockNumber.Value;
            var (blockHash, blockTime) = range.BlockOf(log);
            var row = new RawLog
            {
                ChainId = chainId,
                BlockNumber = blockNumber,
                BlockHash = Hex.Bytes(blockHash),
                TransactionHash = Hex.Bytes(txHash),
                TransactionIndex = transactionIndex,
                LogIndex = logIndex,
                Address = Hex.Bytes(address),
                Topics = Hex.Words(log.Topics),
                Data = Hex.Bytes(log.Data ?? "0x"),
            };
            var isTransfer = TransferLog.TryDecode(log, out var transfer);
            var decoded = isTransfer ? null : decoders.TryDecode(contractName, log);
            var indexed = new IndexedLog(chainId, blockNumber, blockHash, DateTimeOffset.FromUnixTimeSeconds(blockTime),
                txHash, transactionIndex, logIndex, contractName, isTransfer || decoded is not null ? null : log)
            {
                Transfer = isTransfer ? transfer : null,
                Event = decoded,
            };
            logs.Add((indexed, row));
        }
        return new PreparedRange(range with { Logs = [] }, logs);
    }

}
