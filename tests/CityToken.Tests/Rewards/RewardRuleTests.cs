using System.Numerics;
using CityToken.Api.Rewards;

namespace CityToken.Tests.Rewards;

public sealed class RewardRuleTests
{
    private static BigInteger Tokens(string amount) => TokenAmount.TryParseTokens(amount, out var v) ? v : throw new ArgumentException(amount);

    private static readonly RewardRule BinRates = new()
    {
        Kind = RewardRule.PerUnit, Unit = "kg",
        Rates = new() { ["plastic"] = "0.5", ["paper"] = "0.3", ["glass"] = "0.2", ["metal"] = "0.8", ["organic"] = "0.1", ["e-waste"] = "2" },
    };

    [TestCase("plastic", "2.5", "1.25")]
    [TestCase("paper", "10", "3")]
    [TestCase("glass", "4", "0.8")]
    [TestCase("metal", "1.5", "1.2")]
    [TestCase("organic", "7", "0.7")]
    [TestCase("e-waste", "0.75", "1.5")]
    [TestCase("PLASTIC", "1", "0.5")]
    public void PerUnitRulePaysTheRateOfTheCategoryPerKg(string category, string kg, string expectedTokens)
    {
        Assert.That(BinRates.TryCompute(decimal.Parse(kg, System.Globalization.CultureInfo.InvariantCulture), category, out var amount, out var reason, out _), Is.True, reason);
        Assert.That(amount, Is.EqualTo(Tokens(expectedTokens)));
    }

    [TestCase("textile")]
    [TestCase(null)]
    public void PerUnitRuleRejectsACategoryWithoutRate(string? category)
    {
        Assert.That(BinRates.TryCompute(1m, category, out _, out var reason, out var detail), Is.False);
        Assert.That(reason, Is.EqualTo(RejectionReasons.UnknownCategory));
        Assert.That(detail, Does.Contain("plastic"));
    }

    [Test]
    public void PerHourRulePaysRateTimesHours()
    {
        var rule = new RewardRule { Kind = RewardRule.PerHour, Rate = "10" };
        Assert.That(rule.TryCompute(2.5m, null, out var amount, out _, out _), Is.True);
        Assert.That(amount, Is.EqualTo(Tokens("25")));
    }

    [TestCase("8", "4")]
    [TestCase("0", "12")]
    [TestCase("11.5", "0.5")]
    public void BelowBaselineRulePaysForEachUnitSavedBelowTheBaseline(string consumed, string expectedTokens)
    {
        var rule = new RewardRule { Kind = RewardRule.BelowBaseline, Rate = "1", Baseline = "12", Unit = "m3" };
        Assert.That(rule.TryCompute(decimal.Parse(consumed, System.Globalization.CultureInfo.InvariantCulture), null, out var amount, out _, out _), Is.True);
        Assert.That(amount, Is.EqualTo(Tokens(expectedTokens)));
    }

    [TestCase("12")]
    [TestCase("15")]
    public void BelowBaselineRuleRejectsConsumptionAtOrAboveTheBaseline(string consumed)
    {
        var rule = new RewardRule { Kind = RewardRule.BelowBaseline, Rate = "1", Baseline = "12" };
        Assert.That(rule.TryCompute(decimal.Parse(consumed, System.Globalization.CultureInfo.InvariantCulture), null, out _, out var reason, out _), Is.False);
        Assert.That(reason, Is.EqualTo(RejectionReasons.NoSaving));
    }

    [TestCase("1")]
    [TestCase("40")]
    public void FixedRulePaysTheAmountWhateverTheQuantity(string quantity)
    {
        var rule = new RewardRule { Kind = RewardRule.Fixed, Amount = "25" };
        Assert.That(rule.TryCompute(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), null, out var amount, out _, out _), Is.True);
        Assert.That(amount, Is.EqualTo(BigInteger.Parse("25000000000000000000", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void AmountsAreExactInBaseUnitsAndRoundDown()
    {
        // 1/3 token per kg × 0.000000000000000001 kg is below one base unit; 0.333… × 3 is exact in base units.
        var rule = new RewardRule { Kind = RewardRule.PerUnit, Rates = new() { ["x"] = "0.333333333333333333" } };
        Assert.That(rule.TryCompute(3m, "x", out var amount, out _, out _), Is.True);
        Assert.That(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("999999999999999999"));
        Assert.That(rule.TryCompute(0.000000000000000001m, "x", out var tiny, out _, out _), Is.True);
        Assert.That(tiny, Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public void RuleValidationNamesEachBadField()
    {
        var errors = new RewardRule { Kind = RewardRule.PerUnit, Rates = new() { ["Plastic"] = "-1" } }.Validate("rule");
        Assert.That(errors.Keys, Is.EquivalentTo(Expect.Items("rule.rates.Plastic")));
        Assert.That(new RewardRule { Kind = "bonus" }.Validate("rule").Keys, Is.EquivalentTo(Expect.Items("rule.kind")));
        Assert.That(new RewardRule { Kind = RewardRule.BelowBaseline, Rate = "1" }.Validate("rule").Keys, Is.EquivalentTo(Expect.Items("rule.baseline")));
    }

    [TestCase("12", "12000000000000000000")]
    [TestCase("0.5", "500000000000000000")]
    [TestCase("0.000000000000000001", "1")]
    public void TokenAmountsParseIntoBaseUnitsAndFormatBack(string tokens, string baseUnits)
    {
        Assert.That(TokenAmount.TryParseTokens(tokens, out var value), Is.True);
        Assert.That(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(baseUnits));
        Assert.That(TokenAmount.FormatTokens(value), Is.EqualTo(tokens));
    }

    [TestCase("-1")]
    [TestCase("1e3")]
    [TestCase("0.0000000000000000001")]
    [TestCase("1.")]
    [TestCase("abc")]
    public void MalformedTokenAmountsAreRefused(string tokens) =>
        Assert.That(TokenAmount.TryParseTokens(tokens, out _), Is.False);
}
