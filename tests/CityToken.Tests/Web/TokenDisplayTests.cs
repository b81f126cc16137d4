using System.Globalization;
using System.Numerics;
using CityToken.Api.Rewards;
using CityToken.Api.Web;

namespace CityToken.Tests.Web;

/// <summary>Server-rendered token amounts as people read them: the edge cases the issue names and their neighbours.</summary>
public sealed class TokenDisplayTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static BigInteger Units(string tokens) => TokenAmount.TryParseTokens(tokens, out var units) ? units : throw new ArgumentException(tokens);

    [TestCase("905.22", ExpectedResult = "905.22")]
    [TestCase("905.2", ExpectedResult = "905.20")]
    [TestCase("2", ExpectedResult = "2")]
    [TestCase("0", ExpectedResult = "0")]
    [TestCase("1234567.5", ExpectedResult = "1,234,567.50")]
    [TestCase("0.009", ExpectedResult = "< 0.01")]
    [TestCase("0.000000000000000001", ExpectedResult = "< 0.01")]
    [TestCase("0.01", ExpectedResult = "0.01")]
    [TestCase("1.999", ExpectedResult = "1.99")] // truncated: a balance is never shown larger than it is
    [TestCase("2.001", ExpectedResult = "2")]
    public string AmountsHaveSeparatorsAndFixedDecimals(string tokens) => TokenDisplay.Amount(Units(tokens), culture: English);

    [TestCase("1", ExpectedResult = "1 token")]
    [TestCase("1.001", ExpectedResult = "1 token")]
    [TestCase("1.5", ExpectedResult = "1.50 tokens")]
    [TestCase("2", ExpectedResult = "2 tokens")]
    [TestCase("0", ExpectedResult = "0 tokens")]
    [TestCase("0.00000000000000001", ExpectedResult = "< 0.01 tokens")]
    [TestCase("1000", ExpectedResult = "1,000 tokens")]
    public string UnitsAreSingularOrPlural(string tokens) => TokenDisplay.WithUnit(Units(tokens), culture: English);

    [Test]
    public void NegativeAndZeroDigitAmountsStayReadable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TokenDisplay.Amount(-Units("2.5"), culture: English), Is.EqualTo("-2.50"));
            Assert.That(TokenDisplay.Amount(-BigInteger.One, culture: English), Is.EqualTo("> -0.01"));
            Assert.That(TokenDisplay.WithUnit(-Units("1"), culture: English), Is.EqualTo("-1 tokens"));
            Assert.That(TokenDisplay.Amount(Units("0.5"), digits: 0, culture: English), Is.EqualTo("< 1"));
            Assert.That(TokenDisplay.Amount(Units("12345.678"), digits: 0, culture: English), Is.EqualTo("12,345"));
            Assert.That(() => TokenDisplay.Amount(BigInteger.One, digits: 19), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void TheCultureGivesTheSeparators()
    {
        // German marks (the build runs with invariant globalization, so the culture is made by hand).
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberGroupSeparator = ".";
        german.NumberFormat.NumberDecimalSeparator = ",";
        Assert.That(TokenDisplay.Amount(Units("1234567.5"), culture: german), Is.EqualTo("1.234.567,50"));
    }

    [Test]
    public void StoredDecimalStringsAreAccepted() =>
        Assert.That(TokenDisplay.WithUnit("1500000000000000000"), Does.EndWith(" tokens").And.StartWith("1"));

    [TestCase("905.220000000", ExpectedResult = "905.22")]
    [TestCase(null, ExpectedResult = "–")]
    [TestCase("not a number", ExpectedResult = "not a number")]
    public string WholeTokenStringsAreShownTheSameWay(string? tokens) => TokenDisplay.AmountOfTokens(tokens);
}
