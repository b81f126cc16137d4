using System.Numerics;
using CityToken.Api.Chain.Outbox;

namespace CityToken.Tests.Chain.Outbox;

public sealed class RevertDecoderTests
{
    private static string Word(BigInteger value) => value.ToString("x").TrimStart('0').PadLeft(64, '0');

    [Test]
    public void DecodesCustomErrorsFromTheBindingsWithTheirArguments()
    {
        var selector = RevertDecoder.KnownErrors.Single(e => e.Value.Name == "CivicTokenMintCapExceeded").Key;
        var data = selector + Word(5) + Word(1) + Word(2);
        Assert.That(RevertDecoder.Decode(data), Is.EqualTo("CivicTokenMintCapExceeded(requested=5, remaining=1, cap=2)"));

        var batch = RevertDecoder.KnownErrors.Single(e => e.Value.Name == "CivicTokenBatchAlreadyMinted").Key;
        Assert.That(RevertDecoder.Decode(batch + new string('a', 64)), Is.EqualTo("CivicTokenBatchAlreadyMinted(batchId=0x" + new string('a', 64) + ")"));
    }

    [Test]
    public void KnowsTheErrorsOfEveryContract()
    {
        var names = RevertDecoder.KnownErrors.Values.Select(e => e.Name).ToList();
        Assert.That(names, Does.Contain("CivicTokenPaused").And.Contain("AccessControlUnauthorizedAccount").And.Contain("CivicTokenTransferNotAllowed"));
        Assert.That(names.Count(n => n.StartsWith("BallotBox", StringComparison.Ordinal)), Is.GreaterThan(0));
    }

    [Test]
    public void DecodesSolidityErrorAndPanicAndNamesWhatItCannot()
    {
        // Error("no") : selector 0x08c379a0, offset 0x20, length 2, "no"
        var error = "0x08c379a0" + Word(32) + Word(2) + "6e6f".PadRight(64, '0');
        Assert.That(RevertDecoder.Decode(error), Is.EqualTo("Error(\"no\")"));
        Assert.That(RevertDecoder.Decode("0x4e487b71" + Word(0x11)), Is.EqualTo("Panic(0x11)"));
        Assert.That(RevertDecoder.Decode("0xdeadbeef"), Does.Contain("unknown error 0xdeadbeef"));
        Assert.That(RevertDecoder.Decode("0x"), Is.EqualTo("reverted without reason data"));
    }
}
