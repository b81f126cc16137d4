using CityToken.Api.Redemptions;

namespace CityToken.Tests.Redemptions;

public sealed class VoucherCodeTests
{
    [Test]
    public void CodesAreGroupedCrockfordBase32AndDistinct()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VoucherCode.Generate()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(codes, Has.All.Match("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
            Assert.That(codes.Distinct().Count(), Is.EqualTo(codes.Count));
            // 160 random bits: every character position takes many values across 2000 codes.
            Assert.That(Enumerable.Range(0, 32).Min(i => codes.Select(c => VoucherCode.Canonical(c)![i]).Distinct().Count()), Is.GreaterThan(20));
        });
    }

    [Test]
    public void ParsingForgivesCaseDashesAndLookAlikes()
    {
        var code = VoucherCode.Generate();
        var canonical = VoucherCode.Canonical(code)!;
        var typed = code.ToLowerInvariant().Replace("-", " ").Replace('0', 'o').Replace('1', 'l');
        Assert.Multiple(() =>
        {
            Assert.That(canonical, Has.Length.EqualTo(32).And.Not.Contain("-"));
            Assert.That(VoucherCode.Canonical(typed), Is.EqualTo(canonical));
            Assert.That(VoucherCode.Hash(VoucherCode.Canonical(typed)!), Is.EqualTo(VoucherCode.Hash(canonical)));
        });
    }

    [TestCase("")]
    [TestCase("ABCD")]
    [TestCase("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")]
    [TestCase("0000-0000-0000-0000-0000-0000-0000-0000-0")]
    public void MalformedCodesAreRefused(string input) => Assert.That(VoucherCode.Canonical(input), Is.Null);
}
