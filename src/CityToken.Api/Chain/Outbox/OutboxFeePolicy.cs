namespace CityToken.Api.Chain.Outbox;

/// <summary>EIP-1559 fees of one signature (wei per gas).</summary>
public sealed record OutboxFees(BigInteger MaxPriorityFee, BigInteger MaxFee)
{
    /// <summary>The fees <paramref name="attempt"/> was signed with.</summary>
    public static OutboxFees Of(OutboxAttempt attempt) => new(
        BigInteger.Parse(attempt.MaxPriorityFeePerGas, CultureInfo.InvariantCulture),
        BigInteger.Parse(attempt.MaxFeePerGas, CultureInfo.InvariantCulture));
}

/// <summary>
/// The outbox's fee rules, with no I/O: the fees of a first signature from what the node quotes, when a broadcast
/// transaction is stuck, the fees of its replacement, and the cap no signature goes above
/// (<see cref="OutboxOptions.MaxFeePerGasGwei"/>).
/// </summary>
public sealed class OutboxFeePolicy(IOptions<OutboxOptions> options)
{
    private static readonly BigInteger Gwei = 1_000_000_000;

    private OutboxOptions Options => options.Value;

    /// <summary>The highest max fee per gas the outbox signs (wei).</summary>
    public BigInteger Cap => Options.MaxFeePerGasGwei * Gwei;

    /// <summary>
    /// Fees for a new signature: the node's suggested priority fee (or <see cref="OutboxOptions.DefaultPriorityFeeGwei"/>),
    /// and a max fee of twice the base fee plus that, both held under the cap.
    /// </summary>
    public OutboxFees Quote(BigInteger baseFee, BigInteger? suggestedPriorityFee)
    {
        var priority = suggestedPriorityFee ?? new BigInteger(Options.DefaultPriorityFeeGwei * 1_000_000_000m);
        var maxFee = BigInteger.Min(baseFee * 2 + priority, Cap);
        return new OutboxFees(BigInteger.Min(priority, maxFee), maxFee);
    }

    /// <summary>
    /// Fees for a replacement of a transaction signed with <paramref name="stuck"/>: both raised by
    /// <see cref="OutboxOptions.FeeBumpPercent"/> (rounded up, as nodes demand), at least the market's, the max fee at
    /// least the priority fee; null when that max fee would exceed the cap (the stuck transaction waits instead).
    /// </summary>
    public OutboxFees? Replacement(OutboxFees stuck, OutboxFees market)
    {
        var bump = 100 + Options.FeeBumpPercent;
        var priority = BigInteger.Max(CeilingPercent(stuck.MaxPriorityFee, bump), market.MaxPriorityFee);
        var maxFee = BigInteger.Max(BigInteger.Max(CeilingPercent(stuck.MaxFee, bump), market.MaxFee), priority);
        return maxFee > Cap ? null : new OutboxFees(priority, maxFee);
    }

    /// <summary>
    /// Why <paramref name="latest"/> (broadcast, not mined) counts as stuck at <paramref name="now"/> with the chain at
    /// <paramref name="head"/>: not mined <see cref="OutboxOptions.StuckAfterBlocks"/> blocks (when set) or
    /// <see cref="OutboxOptions.StuckAfterSeconds"/> after its broadcast; null while it may still be mined.
    /// </summary>
    public string? StuckReason(OutboxAttempt latest, DateTimeOffset now, long head)
    {
        var waited = now - (latest.BroadcastAt ?? throw new ArgumentException("The attempt was not broadcast.", nameof(latest)));
        var blocks = head - (latest.BroadcastBlock ?? head);
        var stuckByTime = waited >= TimeSpan.FromSeconds(Options.StuckAfterSeconds);
        var stuckByBlocks = Options.StuckAfterBlocks > 0 && blocks >= Options.StuckAfterBlocks;
        if (!stuckByTime && !stuckByBlocks)
        {
            return null;
        }
        return stuckByBlocks
            ? $"not mined {blocks} blocks after broadcast (Outbox:StuckAfterBlocks {Options.StuckAfterBlocks})"
            : $"not mined {waited.TotalSeconds:0} s after broadcast (Outbox:StuckAfterSeconds {Options.StuckAfterSeconds})";
    }

    private static BigInteger CeilingPercent(BigInteger value, int percent) => (value * percent + 99) / 100;
}
