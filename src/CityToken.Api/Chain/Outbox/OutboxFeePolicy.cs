using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Options;

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
/// The outbox's fee rules, with no I/O: the fees of a first signature from what the node quotes, the fees of a
/// replacement of a stuck transaction, and the cap no signature goes above (<see cref="OutboxOptions.MaxFeePerGasGwei"/>).
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

    private static BigInteger CeilingPercent(BigInteger value, int percent) => (value * percent + 99) / 100;
}
