using System.Numerics;
using CityToken.Api.Rewards.Minting;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>What a batch takes when the period's mint allowance cannot take the whole queue, and which reverts name a recipient.</summary>
public sealed class MintPlanTests
{
    private static readonly QueuedAction[] Queue =
    [
        new(1, "0xA", 5), new(2, "0xB", 3), new(3, "0xA", 4), new(4, "0xC", 1), new(5, "0xD", 2),
    ];

    [Test]
    public void AnAllowanceThatTakesTheWholeQueueTakesEveryActionWithAmountsSummedPerResident()
    {
        var plan = MintPlan.Compose(Queue, maxRecipients: 10, allowance: 100)!;

        Assert.That(plan.Recipients, Is.EqualTo(Expect.Items("0xA", "0xB", "0xC", "0xD")));
        Assert.That(plan.Call("0x" + new string('0', 63) + "1").Amounts, Is.EqualTo(Expect.Items<BigInteger>(9, 3, 1, 2)));
        Assert.That(plan.Total, Is.EqualTo(new BigInteger(15)));
        Assert.That(plan.Capped, Is.False);
    }

    [Test]
    public void AnAllowanceThatTakesPartOfTheQueueTakesTheOldestActionsThatFitAndLeavesTheRest()
    {
        var plan = MintPlan.Compose(Queue, maxRecipients: 10, allowance: 9)!;

        // 5 (A) + 3 (B) = 8; A's second action (4) would pass 9; C's 1 fits; D's 2 would pass 9.
        Assert.That(plan.ActionIds, Is.EqualTo(Expect.Items<long>(1, 2, 4)));
        Assert.That(plan.Total, Is.EqualTo(new BigInteger(9)));
        Assert.That(plan.Capped, Is.True);
        Assert.That(plan.ActionIdsOf("0xA"), Is.EqualTo(Expect.Items<long>(1)));
    }

    [Test]
    public void AnAllowanceBelowEveryActionFormsNothing()
    {
        Assert.That(MintPlan.Compose(Queue, maxRecipients: 10, allowance: 0), Is.Null);
        Assert.That(MintPlan.Compose([new QueuedAction(1, "0xA", 5)], maxRecipients: 10, allowance: 4), Is.Null);
    }

    [TestCase("CivicTokenZeroRecipient(index=3)", 3)]
    [TestCase("CivicTokenZeroAmount(index=0)", 0)]
    [TestCase("CivicTokenAmountTooLarge(index=12)", 12)]
    [TestCase("CivicTokenPaused()", null)]
    [TestCase("CivicTokenMintCapExceeded(requested=5, remaining=1, cap=1)", null)]
    [TestCase("reverted with unknown error 0x12345678 (data 0x12345678)", null)]
    public void OnlyRevertsThatNameARecipientGiveItsIndex(string reason, int? index) =>
        Assert.That(MintPreflight.RecipientIndexOf(reason), Is.EqualTo(index));

    [TestCase("CivicTokenPaused()", true)]
    [TestCase("CivicTokenMintCapExceeded(requested=5, remaining=1, cap=1)", true)]
    [TestCase("CivicTokenZeroRecipient(index=0)", false)]
    [TestCase("AccessControlUnauthorizedAccount(account=0x70997970c51812dc3a010c7d01b50e0d17dc79c8, neededRole=0x)", false)]
    public void PauseAndCapArePassingReasons(string reason, bool passing) =>
        Assert.That(MintPreflight.IsPassing(reason), Is.EqualTo(passing));
}
