namespace CityToken.Api.Indexing;

/// <summary>
/// A fetched range turned into what the writer stores: each log of a manifest contract as the <see cref="IndexedLog"/>
/// projections read and its <see cref="RawLog"/> row, in (block, logIndex) order. Built on the prepare task (lower-casing,
/// joining topics, decoding Transfers and the events projections read), so the writer, which holds the only write
/// transaction, only dedupes and stores.
/// </summary>
public sealed class PreparedRange
{
    private PreparedRange(FetchedRange range, List<(IndexedLog Log, RawLog Row)> logs)
    {
        Range = range;
        Logs = logs;
    }

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
            var txHash = log.TransactionHash.ToLowerInvariant();
            var logIndex = (int)log.LogIndex.Value;
            var transactionIndex = (int)log.TransactionIndex.Value;
            var blockNumber = (long)log.BlockNumber.Value;
            var (blockHash, blockTime) = range.BlockOf(log);
            var row = new RawLog
            {
                ChainId = chainId,
                BlockNumber = blockNumber,
                BlockHash = blockHash,
                TransactionHash = txHash,
                TransactionIndex = transactionIndex,
                LogIndex = logIndex,
                Address = address,
                ContractName = contractName,
                Topics = JoinTopics(log.Topics),
                Data = log.Data ?? "0x",
            };
            var isTransfer = TransferLog.TryDecode(log, out var transfer);
            var indexed = new IndexedLog(chainId, blockNumber, blockHash, DateTimeOffset.FromUnixTimeSeconds(blockTime),
                txHash, transactionIndex, logIndex, contractName, log)
            {
                Transfer = isTransfer ? transfer : null,
                Event = isTransfer ? null : decoders.TryDecode(contractName, log),
            };
            logs.Add((indexed, row));
        }
        return new PreparedRange(range, logs);
    }

    /// <summary>Topics, lower-case hex joined by ','.</summary>
    private static string JoinTopics(object[]? topics)
    {
        if (topics is null || topics.Length == 0)
        {
            return "";
        }
        var parts = new string?[topics.Length];
        for (var i = 0; i < topics.Length; i++)
        {
            parts[i] = topics[i]?.ToString()?.ToLowerInvariant();
        }
        return string.Join(',', parts);
    }
}
