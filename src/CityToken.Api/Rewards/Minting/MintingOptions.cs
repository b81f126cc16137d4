using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Rewards.Minting;

/// <summary>Batched minting (section "Rewards:Minting").</summary>
public sealed class MintingOptions
{
    public const string Section = "Rewards:Minting";

    /// <summary>Form batches and follow them. Off only for hosts that must not mint (e.g. a read replica).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Queued actions that trigger a batch at once instead of waiting for the next run.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Most actions in one batch (their amounts are summed per resident, so one batch may carry many).</summary>
    [Range(1, 100_000)]
    public int MaxActionsPerBatch { get; set; } = 5000;

    /// <summary>
    /// Most recipients in one <c>mintBatch</c>: a new holder costs ~25,000 gas, so 400 stay near 10 M gas, well
    /// inside a block (and EIP-7825's 16.7 M per-transaction cap).
    /// </summary>
    [Range(1, 600)]
    public int MaxRecipientsPerBatch { get; set; } = 400;

    /// <summary>Longest an action waits in the queue for a batch when the queue stays below <see cref="BatchSize"/>.</summary>
    [Range(1, 3600)]
    public int MaxQueueDelaySeconds { get; set; } = 2;

    /// <summary>How often the follower looks at unfinished batches (milliseconds).</summary>
    [Range(50, 60_000)]
    public int FollowIntervalMilliseconds { get; set; } = 250;

    /// <summary>
    /// How long minting waits before it looks again when it cannot mint: after a batch was requeued, and while the
    /// token is paused or the period's mint cap is reached (each look is a few reads and one eth_call, never a
    /// transaction; at least 1 s apart).
    /// </summary>
    [Range(0, 86_400)]
    public int RequeueBackoffSeconds { get; set; } = 60;

    /// <summary>Cron of the safety-net batching run and of the reconciliation run.</summary>
    [Required]
    public string BatchCron { get; set; } = "* * * * *";

    [Required]
    public string ReconciliationCron { get; set; } = "*/15 * * * *";

    /// <summary>Hangfire workers of this process.</summary>
    [Range(1, 20)]
    public int Workers { get; set; } = 2;

    /// <summary>How often Hangfire looks for enqueued and scheduled jobs (milliseconds).</summary>
    [Range(50, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Hangfire's SQLite file in the storage data directory.</summary>
    [Required, RegularExpression(@"^[\w.-]+$", ErrorMessage = "HangfireDatabaseFile must be a plain file name.")]
    public string HangfireDatabaseFile { get; set; } = "hangfire.db";

    /// <summary>Crash tests only: kill the process (SIGKILL) at this point.</summary>
    public MintingCrashPoint CrashAt { get; set; }
}

/// <summary>Points where a crash test kills the process.</summary>
public enum MintingCrashPoint
{
    None,

    /// <summary>After intake committed accepted actions, before answering.</summary>
    AfterAccept,

    /// <summary>After a batch and its outbox entry were committed, before the outbox signs it.</summary>
    AfterBatching,
}
