using CityToken.Api.Credentials;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CityToken.Tests.Credentials;

/// <summary>Person keys: the same official id however it is written gives one key; another secret gives another key.</summary>
internal sealed class PersonKeyTests
{
    private static PersonKeyDeriver Deriver(string secret) =>
        new(Options.Create(new CredentialsOptions { PersonKeySecret = secret }));

    [TestCase("756.1234.5678.97")]
    [TestCase("756 1234 5678 97")]
    [TestCase(" 756-1234-5678-97 ")]
    [TestCase("７５６１２３４５６７８９７")] // full-width digits (NFKC)
    public void WaysOfWritingTheSameId_GiveTheSameKey(string written)
    {
        Assert.That(PersonKeyDeriver.TryNormalize(written, out var normalized, out _), Is.True);
        Assert.That(normalized, Is.EqualTo("7561234567897"));
        var deriver = Deriver(ServiceFactory.PersonKeySecret);
        Assert.That(deriver.Derive(normalized), Is.EqualTo(deriver.Derive("7561234567897")));
    }

    [Test]
    public void LettersAreCaseInsensitive_AndTheKeyDependsOnIdAndSecret()
    {
        Assert.That(PersonKeyDeriver.TryNormalize("ab-12/cd", out var lower, out _), Is.True);
        Assert.That(lower, Is.EqualTo("AB12CD"));
        var city = Deriver(ServiceFactory.PersonKeySecret);
        var other = Deriver("another-city-secret-0123456789abcdef");
        Assert.Multiple(() =>
        {
            Assert.That(city.Derive("AB12CD"), Has.Length.EqualTo(32));
            Assert.That(city.Derive("AB12CD"), Is.Not.EqualTo(city.Derive("AB12CE")));
            Assert.That(city.Derive("AB12CD"), Is.Not.EqualTo(other.Derive("AB12CD")));
        });
    }

    [TestCase(null)]
    [TestCase("   ")]
    [TestCase("12")]
    [TestCase("1234;DROP")]
    [TestCase("ÄÖÜ12345")]
    public void MalformedIds_AreRefusedWithoutRepeatingThem(string? written)
    {
        Assert.That(PersonKeyDeriver.TryNormalize(written, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Empty);
        if (!string.IsNullOrWhiteSpace(written))
        {
            Assert.That(error, Does.Not.Contain(written.Trim()));
        }
    }

    [TestCase(null)]
    [TestCase("too-short")]
    public async Task TheServiceDoesNotStartWithoutAGoodSecret(string? secret)
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Credentials:PersonKeySecret"] = secret;
        service.Settings["Indexer:Enabled"] = "false";
        var failure = Assert.Throws<OptionsValidationException>(() => service.CreateClient());
        Assert.That(failure!.Message, Does.Contain("Credentials:PersonKeySecret"));
    }
}
