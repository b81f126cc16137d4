namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Fees of one signature (wei per gas): EIP-1559's two, or, for a legacy transaction (<paramref name="Legacy"/>), its gas
/// price in both.
/// </summary>
public sealed record OutboxFees(BigInteger MaxPriorityFee, BigInteger MaxFee, bool Legacy = false)
{
    /// <summary>The gas price of a legacy transaction (its max fee: a legacy transaction pays all of it).</summary>
    public BigInteger GasPrice => MaxFee;

    /// <summary>The fees <paramref name="attempt"/> was signed with.</summary>
    public static OutboxFees Of(OutboxAttempt attempt) => new(
        BigInteger.Parse(attempt.MaxPriorityFeePerGas, CultureInfo.InvariantCulture),
        BigInteger.Parse(attempt.MaxFeePerGas, CultureInfo.InvariantCulture),
        IsLegacy(attempt.RawTransaction));

    /// <summary>
    /// Whether a raw transaction is legacy: its first byte opens an RLP list (0xc0 and above), where a typed
    /// transaction (EIP-2718) starts with its type, below 0x80.
    /// </summary>
    public static bool IsLegacy(string rawTransaction) =>
        rawTransaction.Length >= 4 && byte.TryParse(rawTransaction.AsSpan(2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var first) && first >= 0xc0;
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
    /// Fees for a new signature in <paramref name="market"/>: as <see cref="Quote(BigInteger, BigInteger?)"/>; on a legacy
    /// market the gas price is that max fee (twice the base fee, zero on a chain without one, plus the priority fee).
    /// </summary>
    public OutboxFees Quote(OutboxFeeMarket market)
    {
        var fees = Quote(market.BaseFee, market.PriorityFee);
        return market.Legacy ? new OutboxFees(fees.MaxFee, fees.MaxFee, Legacy: true) : fees;
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
        if (maxFee > Cap)
        {
            return null;
        }
        // A legacy replacement has one price, raised like the max fee (nodes want the bump on the gas price).
        return market.Legacy ? new OutboxFees(maxFee, maxFee, Legacy: true) : new OutboxFees(priority, maxFee);
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
