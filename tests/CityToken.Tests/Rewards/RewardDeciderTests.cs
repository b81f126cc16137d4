using System.Collections.Frozen;
using System.Numerics;
using CityToken.Api.Rewards;

namespace CityToken.Tests.Rewards;

/// <summary>The reward rules of intake, one by one and at their edges: no database, no chain, no clock.</summary>
public sealed class RewardDeciderTests
{
    private const string Resident = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string TokenContract = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private const long ChainId = 31337;

    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
    private static readonly RewardDecider Decider = new(Zurich, ChainId, maxClockSkewSeconds: 300, maxBackdateDays: 7);
    private static readonly ReservedRecipients.Snapshot Reserved =
        new(new Dictionary<string, string> { [TokenContract] = "CivicToken" }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    private static BigInteger Tokens(string amount) => TokenAmount.TryParseTokens(amount, out var v) ? v : throw new ArgumentException(amount);

    private static RewardProgram Program(RewardRule? rule = null, string? dailyCap = "10", string? monthlyCap = "30", string budget = "1000") => new()
    {
        Id = 7,
        Slug = "bins",
        Name = "Smart bins",
        ActionType = "recycling",
        RuleJson = "{}",
        Rule = rule ?? new RewardRule { Kind = RewardRule.Fixed, Amount = "4" },
        MaxQuantity = 100m,
        DailyCap = dailyCap is null ? null : Tokens(dailyCap),
        MonthlyCap = monthlyCap is null ? null : Tokens(monthlyCap),
        Budget = Tokens(budget),
        StartsAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero),
        Active = true,
    };

    private static ActionSubmission Submission(string quantity = "1", DateTimeOffset? occurredAt = null, string resident = Resident, string? category = null) =>
        new("ext-1", "bins", resident, quantity, category, occurredAt ?? Now.AddHours(-1), null);

    private static RewardDecision Evaluate(RewardProgram? program, ActionSubmission? submission = null) =>
        Decider.Evaluate(submission ?? Submission(), program, program?.Rule, Reserved, Now);

    private static void AssertRejected(RewardDecision decision, string reason)
    {
        Assert.That(decision.Reason, Is.EqualTo(reason), decision.Detail);
        Assert.That(decision.Detail, Is.Not.Empty);
    }

    [Test]
    public void AnActionWithinEveryRuleEarnsTheRuleAmountForTheCheckedResident()
    {
        var decision = Evaluate(Program(), Submission(resident: "  " + Resident.ToLowerInvariant() + " "));
        Assert.That(decision.Reason, Is.Null, decision.Detail);
        Assert.That(decision.Amount, Is.EqualTo(Tokens("4")));
        Assert.That(decision.Resident, Is.EqualTo(Resident));
        Assert.That(decision.Program!.Id, Is.EqualTo(7));
    }

    [Test]
    public void ANamedProgramThatDoesNotExistIsRejected()
    {
        var decision = Evaluate(null);
        AssertRejected(decision, RejectionReasons.UnknownProgram);
        Assert.That(decision.Program, Is.Null);
        Assert.That(decision.Detail, Does.Contain("'bins'"));
    }

    [Test]
    public void APausedProgramRejects()
    {
        var program = Program();
        program.Active = false;
        AssertRejected(Evaluate(program), RejectionReasons.ProgramInactive);
    }

    [TestCase("0x123", RejectionReasons.InvalidResident)]
    [TestCase("did:web:example.org", RejectionReasons.InvalidResident)]
    [TestCase("did:ethr:0x1:0x70997970C51812dc3A010C7d01b50e0d17dc79C8", RejectionReasons.WrongNetwork)]
    [TestCase("0x0000000000000000000000000000000000000000", RejectionReasons.InvalidResident)]
    [TestCase(TokenContract, RejectionReasons.InvalidResident)]
    public void AResidentWhoCannotReceiveRewardsIsRejected(string resident, string reason) =>
        AssertRejected(Evaluate(Program(), Submission(resident: resident)), reason);

    [Test]
    public void ADidOnThisChainNamesItsAddress()
    {
        var decision = Evaluate(Program(), Submission(resident: $"did:ethr:0x7a69:{Resident}"));
        Assert.That(decision.Reason, Is.Null, decision.Detail);
        Assert.That(decision.Resident, Is.EqualTo(Resident));
    }

    [TestCase("two", RejectionReasons.InvalidQuantity)]
    [TestCase("1e3", RejectionReasons.InvalidQuantity)]
    [TestCase("-1", RejectionReasons.QuantityNotPositive)]
    [TestCase("0", RejectionReasons.QuantityNotPositive)]
    [TestCase("100.0001", RejectionReasons.QuantityTooLarge)]
    public void AQuantityOutsideTheProgramsBoundsIsRejected(string quantity, string reason) =>
        AssertRejected(Evaluate(Program(), Submission(quantity)), reason);

    [Test]
    public void TheProgramsMaximumQuantityIsAllowed() =>
        Assert.That(Evaluate(Program(), Submission("100")).Reason, Is.Null);

    [Test]
    public void ZeroConsumptionIsAllowedBelowABaselineOnly()
    {
        var decision = Evaluate(Program(new RewardRule { Kind = RewardRule.BelowBaseline, Rate = "1", Baseline = "12" }), Submission("0"));
        Assert.That(decision.Reason, Is.Null, decision.Detail);
        Assert.That(decision.Amount, Is.EqualTo(Tokens("12")));
    }

    [Test]
    public void TheRulesOwnRejectionIsKept()
    {
        var perUnit = Program(new RewardRule { Kind = RewardRule.PerUnit, Rates = new() { ["plastic"] = "0.5" } });
        AssertRejected(Evaluate(perUnit, Submission(category: "textile")), RejectionReasons.UnknownCategory);
        var baseline = Program(new RewardRule { Kind = RewardRule.BelowBaseline, Rate = "1", Baseline = "12" });
        AssertRejected(Evaluate(baseline, Submission("12")), RejectionReasons.NoSaving);
    }

    [Test]
    public void AQuantityTooSmallToEarnABaseUnitIsRejected()
    {
        var perUnit = Program(new RewardRule { Kind = RewardRule.PerUnit, Rates = new() { ["plastic"] = "0.5" } });
        var decision = Evaluate(perUnit, Submission("0.000000000000000001", category: "plastic"));
        AssertRejected(decision, RejectionReasons.QuantityNotPositive);
        Assert.That(decision.Detail, Does.Contain("too small"));
    }

    [Test]
    public void OccurredAtMayRunAheadByTheClockSkewAndNoMore()
    {
        Assert.That(Evaluate(Program(), Submission(occurredAt: Now.AddSeconds(300))).Reason, Is.Null);
        AssertRejected(Evaluate(Program(), Submission(occurredAt: Now.AddSeconds(300).AddTicks(1))), RejectionReasons.OccurredInFuture);
    }

    [Test]
    public void OccurredAtMayGoBackTheBackdateDaysAndNoFurther()
    {
        Assert.That(Evaluate(Program(), Submission(occurredAt: Now.AddDays(-7))).Reason, Is.Null);
        var decision = Evaluate(Program(), Submission(occurredAt: Now.AddDays(-7).AddTicks(-1)));
        AssertRejected(decision, RejectionReasons.OccurredTooLongAgo);
        Assert.That(decision.Detail, Does.Contain("7 days"));
    }

    [Test]
    public void OccurredAtMustFallFromTheProgramsStartUntilBeforeItsEnd()
    {
        var program = Program();
        program.StartsAt = Now.AddDays(-2);
        program.EndsAt = Now.AddDays(-1);
        Assert.That(Evaluate(program, Submission(occurredAt: program.StartsAt)).Reason, Is.Null);
        AssertRejected(Evaluate(program, Submission(occurredAt: program.StartsAt.AddTicks(-1))), RejectionReasons.BeforeProgramStart);
        Assert.That(Evaluate(program, Submission(occurredAt: program.EndsAt.Value.AddTicks(-1))).Reason, Is.Null);
        AssertRejected(Evaluate(program, Submission(occurredAt: program.EndsAt.Value)), RejectionReasons.AfterProgramEnd);
    }

    [Test]
    public void CapPeriodsAreTheLocalDayAndMonthInTheCitysTimeZone()
    {
        // 23:30 UTC on the last day of February is already 1 March in Zurich (UTC+1).
        var decision = Decider.Evaluate(Submission(occurredAt: new DateTimeOffset(2026, 2, 28, 23, 30, 0, TimeSpan.Zero)), Program(), Program().Rule, Reserved,
            new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.That((decision.LocalDay, decision.LocalMonth), Is.EqualTo(("2026-03-01", "2026-03")));
    }

    [Test]
    public void TheDailyCapTakesActionsUpToItsExactFigure()
    {
        var program = Program();
        var usage = new CapUsage();
        Assert.That(Decider.Settle(Evaluate(program), usage), Is.True);
        Assert.That(Decider.Settle(Evaluate(program), usage), Is.True);
        var third = Evaluate(program, Submission("1"));
        Assert.That(Decider.Settle(third, usage), Is.False);
        AssertRejected(third, RejectionReasons.DailyCapReached);
        Assert.That(third.Detail, Does.Contain("daily cap of 10 tokens for 2026-03-10 (Europe/Zurich)").And.Contain("already 8"));

        var fits = Evaluate(Program(new RewardRule { Kind = RewardRule.Fixed, Amount = "2" }));
        fits.Program = program;
        Assert.That(Decider.Settle(fits, usage), Is.True, fits.Detail);
        Assert.That(usage.Of(7, Resident, "2026-03-10"), Is.EqualTo(Tokens("10")));
    }

    [Test]
    public void TheMonthlyCapCountsEveryDayOfTheMonth()
    {
        var program = Program(monthlyCap: "10", dailyCap: null);
        var usage = new CapUsage();
        usage.Count(7, Resident, "2026-03-02", "2026-03", Tokens("6.5"));
        var decision = Evaluate(program);
        Assert.That(Decider.Settle(decision, usage), Is.False);
        AssertRejected(decision, RejectionReasons.MonthlyCapReached);
        Assert.That(decision.Detail, Does.Contain("monthly cap of 10 tokens for 2026-03 (Europe/Zurich)").And.Contain("already 6.5"));
    }

    [Test]
    public void CapsCountPerProgramAndResident()
    {
        var usage = new CapUsage();
        usage.Count(8, Resident, "2026-03-10", "2026-03", Tokens("10"));
        usage.Count(7, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "2026-03-10", "2026-03", Tokens("10"));
        Assert.That(Decider.Settle(Evaluate(Program()), usage), Is.True);
    }

    [Test]
    public void TheDailyCapIsJudgedBeforeTheMonthlyCapAndBothBeforeTheBudget()
    {
        var program = Program(dailyCap: "1", monthlyCap: "1", budget: "1");
        var decision = Evaluate(program);
        Decider.Settle(decision, new CapUsage());
        Assert.That(decision.Reason, Is.EqualTo(RejectionReasons.DailyCapReached));

        program = Program(dailyCap: null, monthlyCap: "1", budget: "1");
        decision = Evaluate(program);
        Decider.Settle(decision, new CapUsage());
        Assert.That(decision.Reason, Is.EqualTo(RejectionReasons.MonthlyCapReached));
    }

    [Test]
    public void TheBudgetTakesActionsUntilItsRemainingIsSpentAndReservesEach()
    {
        var program = Program(dailyCap: null, monthlyCap: null, budget: "10");
        program.Confirmed = Tokens("2");
        var usage = new CapUsage();
        Assert.That(Decider.Settle(Evaluate(program), usage), Is.True);
        Assert.That(Decider.Settle(Evaluate(program), usage), Is.True);
        Assert.That(program.Reserved, Is.EqualTo(Tokens("8")));
        Assert.That(program.Remaining, Is.EqualTo(BigInteger.Zero));

        var decision = Evaluate(program);
        Assert.That(Decider.Settle(decision, usage), Is.False);
        AssertRejected(decision, RejectionReasons.BudgetExhausted);
        Assert.That(decision.Detail, Does.Contain("remaining budget is 0 tokens; this action would earn 4"));
        Assert.That(program.Reserved, Is.EqualTo(Tokens("8")));
    }

    [Test]
    public void ARejectedDecisionIsNotSettledAndCountsNowhere()
    {
        var program = Program();
        program.Active = false;
        var decision = Evaluate(program);
        var usage = new CapUsage();
        Assert.That(Decider.Settle(decision, usage), Is.False);
        Assert.That(decision.Reason, Is.EqualTo(RejectionReasons.ProgramInactive));
        Assert.That(program.Reserved, Is.EqualTo(BigInteger.Zero));
        Assert.That(usage.Of(7, Resident, "2026-03-10"), Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public void TheDeciderOfTheCitysSettingsUsesThem()
    {
        var decider = RewardDecider.From(new RewardsOptions { TimeZone = "Europe/Zurich", MaxBackdateDays = 1 }, new Api.Chain.ChainOptions { ChainId = ChainId });
        var program = Program();
        AssertRejected(decider.Evaluate(Submission(occurredAt: Now.AddDays(-2)), program, program.Rule, Reserved, Now), RejectionReasons.OccurredTooLongAgo);
        Assert.That(decider.Evaluate(Submission(occurredAt: Now.AddDays(-1)), program, program.Rule, Reserved, Now).Reason, Is.Null);
    }
}
