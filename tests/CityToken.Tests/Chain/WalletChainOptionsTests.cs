using System.ComponentModel.DataAnnotations;
using CityToken.Api.Chain;

namespace CityToken.Tests.Chain;

/// <summary>What the portal gives wallets to add the chain (Chain:Name, PublicRpcUrl, CurrencySymbol) is checked at start.</summary>
public sealed class WalletChainOptionsTests
{
    private static List<string> Errors(ChainOptions options)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true);
        return [.. errors.Select(e => e.ErrorMessage ?? "")];
    }

    private static List<string> Only(string message) => [message];

    [Test]
    public void TheDefaultsAndAPublicHttpsUrlAreAccepted()
    {
        Assert.That(Errors(new ChainOptions()), Is.Empty);
        Assert.That(Errors(new ChainOptions { PublicRpcUrl = "https://rpc.city.example/", Name = "City chain", CurrencySymbol = "CITY" }), Is.Empty);
    }

    [TestCase("ftp://rpc.city.example")]
    [TestCase("rpc.city.example")]
    [TestCase("javascript:alert(1)")]
    public void APublicRpcUrlThatIsNotHttpIsRefused(string url) =>
        Assert.That(Errors(new ChainOptions { PublicRpcUrl = url }), Is.EquivalentTo(Only("Chain:PublicRpcUrl is not an absolute http(s) URL.")));

    [Test]
    public void NameAndCurrencyMustFitWhatWalletsAccept()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Errors(new ChainOptions { CurrencySymbol = "E" }), Has.Count.EqualTo(1));
            Assert.That(Errors(new ChainOptions { CurrencySymbol = "TOOLONG" }), Has.Count.EqualTo(1));
            Assert.That(Errors(new ChainOptions { Name = "" }), Has.Count.EqualTo(1));
        });
    }
}
