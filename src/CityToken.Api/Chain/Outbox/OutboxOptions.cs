using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Chain.Outbox;

/// <summary>How the transaction outbox sends, waits and retries (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Blocks on top of (and including) the mining block before an entry is "confirmed". 1 suits local automine.</summary>
    [Range(1, 1000)]
    public int ConfirmationDepth { get; set; } = 1;

    /// <summary>A broadcast transaction not mined after this many seconds is replaced with a higher fee.</summary>
    [Range(1, 86_400)]
    public int StuckAfterSeconds { get; set; } = 60;

    /// <summary>…or after this many new blocks (0: time only).</summary>
    [Range(0, 100_000)]
    public int StuckAfterBlocks { get; set; } = 0;

    /// <summary>Percent by which a replacement raises both fee fields (nodes require at least 10).</summary>
    [Range(10, 1000)]
    public int FeeBumpPercent { get; set; } = 25;

    /// <summary>Never sign a max fee per gas above this (gwei); a stuck transaction at the cap waits instead.</summary>
    [Range(1, 1_000_000)]
    public int MaxFeePerGasGwei { get; set; } = 500;

    /// <summary>Priority fee (gwei) used when the node cannot suggest one.</summary>
    [Range(0, 10_000)]
    public decimal DefaultPriorityFeeGwei { get; set; } = 1;

    /// <summary>Percent added to the node's gas estimate when a request gives no gas limit.</summary>
    [Range(0, 500)]
    public int GasLimitMarginPercent { get; set; } = 25;

    /// <summary>Most signed-but-unmined transactions at once (nonces in flight).</summary>
    [Range(1, 1000)]
    public int MaxInFlight { get; set; } = 16;

    /// <summary>Worker cycle when nothing wakes it (enqueueing wakes it at once).</summary>
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>First back-off delay after an RPC error or timeout; doubles up to <see cref="MaxBackoffMilliseconds"/>.</summary>
    [Range(10, 60_000)]
    public int InitialBackoffMilliseconds { get; set; } = 250;

    /// <summary>Longest back-off delay between cycles while the node fails.</summary>
    [Range(10, 600_000)]
    public int MaxBackoffMilliseconds { get; set; } = 10_000;

    /// <summary>Gas estimation failures (not reverts, not outages) tolerated before an entry fails.</summary>
    [Range(1, 1000)]
    public int MaxPreflightFailures { get; set; } = 5;

    /// <summary>/health reports the outbox unhealthy when an entry has waited longer than this.</summary>
    [Range(1, 86_400)]
    public int HealthMaxPendingAgeSeconds { get; set; } = 300;

    /// <summary>
    /// Lifetime of the per-sender lease (seconds). Only the holder signs and broadcasts; it renews after a third of
    /// this; another instance takes over when it expires (so this is also the take-over delay after a crash).
    /// </summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>
    /// This instance's name in the lease. Empty: host name, process id and a random part (unique per process). A
    /// stable, unique name per instance lets a restarted instance take its own unexpired lease back at once; never
    /// give two running instances the same name.
    /// </summary>
    [MaxLength(200)]
    public string? InstanceId { get; set; }

    /// <summary>Run the background worker (tests may drive the processor themselves).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>
    /// Fault injection for crash tests only: kill the process (SIGKILL) at this point. Off (None) by default;
    /// never set it in production.
    /// </summary>
    public OutboxCrashPoint CrashAt { get; set; } = OutboxCrashPoint.None;
}

/// <summary>Points where <see cref="OutboxOptions.CrashAt"/> kills the process.</summary>
public enum OutboxCrashPoint
{
    /// <summary>Never.</summary>
    None,

    /// <summary>After the signed transaction is stored, before it is broadcast.</summary>
    AfterSign,

    /// <summary>After the node accepted the transaction, before the outbox recorded that.</summary>
    AfterBroadcast,
}
