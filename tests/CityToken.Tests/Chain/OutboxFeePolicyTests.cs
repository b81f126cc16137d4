using System.Numerics;
using CityToken.Api.Chain.Outbox;
using Microsoft.Extensions.Options;

namespace CityToken.Tests.Chain;

/// <summary>The outbox's fee rules on their own (no node): first quotes, replacement bumps, the cap.</summary>
public sealed class OutboxFeePolicyTests
{
    private static readonly BigInteger Gwei = 1_000_000_000;

    private static readonly DateTimeOffset Sent = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static OutboxFeePolicy Policy(int capGwei = 500, int bumpPercent = 25, decimal defaultPriorityGwei = 1,
        int stuckAfterSeconds = 60, int stuckAfterBlocks = 0) =>
        new(Options.Create(new OutboxOptions
        {
            MaxFeePerGasGwei = capGwei, FeeBumpPercent = bumpPercent, DefaultPriorityFeeGwei = defaultPriorityGwei,
            StuckAfterSeconds = stuckAfterSeconds, StuckAfterBlocks = stuckAfterBlocks,
        }));

    private static OutboxAttempt Broadcast(long block) => new()
    {
        TxHash = "0x01", RawTransaction = "0x00", MaxFeePerGas = "2", MaxPriorityFeePerGas = "1", BroadcastAt = Sent, BroadcastBlock = block,
    };

    [Test]
    public void AQuoteIsTwiceTheBaseFeePlusTheSuggestedPriorityFee()
    {
        Assert.That(Policy().Quote(baseFee: 10 * Gwei, suggestedPriorityFee: 2 * Gwei), Is.EqualTo(new OutboxFees(2 * Gwei, 22 * Gwei)));
    }

    [Test]
    public void WithoutASuggestionTheDefaultPriorityFeeIsUsed()
    {
        Assert.That(Policy(defaultPriorityGwei: 1.5m).Quote(10 * Gwei, null), Is.EqualTo(new OutboxFees(1_500_000_000, 21_500_000_000)));
        Assert.That(Policy(defaultPriorityGwei: 0).Quote(7, null), Is.EqualTo(new OutboxFees(0, 14)));
    }

    [Test]
    public void AQuoteStaysUnderTheCap()
    {
        var policy = Policy(capGwei: 20);

        Assert.That(policy.Cap, Is.EqualTo(20 * Gwei));
        Assert.That(policy.Quote(15 * Gwei, 2 * Gwei), Is.EqualTo(new OutboxFees(2 * Gwei, 20 * Gwei)), "max fee capped");
        Assert.That(policy.Quote(15 * Gwei, 30 * Gwei), Is.EqualTo(new OutboxFees(20 * Gwei, 20 * Gwei)), "priority fee never above the max fee");
    }

    [Test]
    public void AReplacementRaisesBothFeesByTheBumpRoundedUp()
    {
        var bumped = Policy(bumpPercent: 10).Replacement(stuck: new OutboxFees(101, 1001), market: new OutboxFees(1, 2));

        // 101 × 1.1 = 111.1 → 112; 1001 × 1.1 = 1101.1 → 1102: nodes refuse a replacement even 1 wei short of the bump.
        Assert.That(bumped, Is.EqualTo(new OutboxFees(112, 1102)));
    }

    [Test]
    public void AReplacementPaysAtLeastTheMarket()
    {
        var policy = Policy(bumpPercent: 25);

        Assert.That(policy.Replacement(new OutboxFees(Gwei, 4 * Gwei), market: new OutboxFees(3 * Gwei, 30 * Gwei)),
            Is.EqualTo(new OutboxFees(3 * Gwei, 30 * Gwei)));
        Assert.That(policy.Replacement(new OutboxFees(8, 8), market: new OutboxFees(20, 16)), Is.EqualTo(new OutboxFees(20, 20)),
            "the max fee is at least the priority fee");
    }

    [Test]
    public void AReplacementAboveTheCapIsNotSigned()
    {
        var policy = Policy(capGwei: 10, bumpPercent: 25);

        Assert.That(policy.Replacement(new OutboxFees(Gwei, 8 * Gwei), new OutboxFees(Gwei, 2 * Gwei)), Is.EqualTo(new OutboxFees(1_250_000_000, 10 * Gwei)),
            "exactly at the cap is allowed");
        Assert.That(policy.Replacement(new OutboxFees(Gwei, 9 * Gwei), new OutboxFees(Gwei, 2 * Gwei)), Is.Null, "11.25 gwei would exceed the cap");
    }

    [Test]
    public void AnAttemptsFeesAreReadBack()
    {
        var attempt = new OutboxAttempt
        {
            TxHash = "0x01", RawTransaction = "0x00", MaxFeePerGas = "22000000000", MaxPriorityFeePerGas = "2000000000",
        };

        Assert.That(OutboxFees.Of(attempt), Is.EqualTo(new OutboxFees(2 * Gwei, 22 * Gwei)));
    }

    [Test]
    public void ATransactionIsStuckAfterTheConfiguredTime()
    {
        var policy = Policy(stuckAfterSeconds: 60);

        Assert.That(policy.StuckReason(Broadcast(block: 5), Sent.AddSeconds(59.9), head: 50), Is.Null, "blocks do not count when StuckAfterBlocks is 0");
        Assert.That(policy.StuckReason(Broadcast(block: 5), Sent.AddSeconds(61), head: 5),
            Is.EqualTo("not mined 61 s after broadcast (Outbox:StuckAfterSeconds 60)"));
    }

    [Test]
    public void ATransactionIsStuckAfterTheConfiguredBlocks()
    {
        var policy = Policy(stuckAfterSeconds: 600, stuckAfterBlocks: 3);

        Assert.That(policy.StuckReason(Broadcast(block: 5), Sent.AddSeconds(10), head: 7), Is.Null);
        Assert.That(policy.StuckReason(Broadcast(block: 5), Sent.AddSeconds(10), head: 8),
            Is.EqualTo("not mined 3 blocks after broadcast (Outbox:StuckAfterBlocks 3)"));
        Assert.That(policy.StuckReason(Broadcast(block: 5), Sent.AddSeconds(700), head: 9),
            Is.EqualTo("not mined 4 blocks after broadcast (Outbox:StuckAfterBlocks 3)"), "the block rule names itself when both hold");
    }
}
