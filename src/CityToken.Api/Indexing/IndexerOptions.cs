using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Indexing;

/// <summary>Event indexer settings (section "Indexer").</summary>
public sealed class IndexerOptions
{
    public const string Section = "Indexer";

    /// <summary>Runs the indexer as a hosted service (the query API still serves what is stored when off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Blocks behind the head that are left unindexed. 0 suits a local automining Hardhat node (every block is
    /// final until someone calls evm_revert, which the reorg detection handles); use e.g. 12 on a public chain.
    /// </summary>
    [Range(0, 10_000)]
    public int ConfirmationDepth { get; set; }

    /// <summary>
    /// First eth_getLogs range, in blocks; then doubled while fast and sparse, shrunk when dense or refused. Small, so
    /// that storing starts after a quick first read instead of waiting for one huge answer (on a dense chain a
    /// 1,000-block first read returned 50,000 logs after 1.6 s while the writer sat idle).
    /// </summary>
    [Range(1, 1_000_000)]
    public int InitialBlockRange { get; set; } = 16;

    /// <summary>Largest eth_getLogs range in blocks.</summary>
    [Range(1, 1_000_000)]
    public int MaxBlockRange { get; set; } = 50_000;

    /// <summary>A range that returned more logs than this is shrunk for the next request.</summary>
    [Range(1, 1_000_000)]
    public int TargetLogsPerRange { get; set; } = 5_000;

    /// <summary>
    /// Prepared ranges that are already waiting when the writer takes one are stored in its transaction, up to this
    /// many logs (each range still checked for continuity and checkpointed in order). Fewer commits write the pages of
    /// the hash-keyed indexes (balances, transfers by recipient, raw logs by tx hash) fewer times.
    /// </summary>
    [Range(1, 1_000_000)]
    public int LogsPerTransaction { get; set; } = 20_000;

    /// <summary>Pause between polls when caught up with the head, in milliseconds.</summary>
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Longest wait between retries while the node is down (backoff doubles from 0.5 s up to this).</summary>
    [Range(1, 3_600)]
    public int MaxBackoffSeconds { get; set; } = 30;
}
