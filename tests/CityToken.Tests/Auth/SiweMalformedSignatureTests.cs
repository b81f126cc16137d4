using System.Globalization;
using System.Net;
using System.Numerics;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;

namespace CityToken.Tests.Auth;

/// <summary>
/// POST /api/auth/siwe/verify with a signature that is not a canonical secp256k1 signature: 400 problem+json naming
/// the signature, never a 500 and never a session (a high-s twin of a good signature included), and the nonce stays
/// unspent.
/// </summary>
public sealed class SiweMalformedSignatureTests
{
    private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private AuthHost _host = null!;
    private readonly EthECKey _wallet = EthECKey.GenerateKey();

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    public enum Flaw
    {
        TooShort,
        TooLong,
        NoPrefix,
        NotHex,
        UnicodeDigits,
        VIsTwo,
        VIs29,
        VIs37,
        VIs255,
        RIsZero,
        SIsZero,
        RIsN,
        SIsN,
        RIsAllOnes,
        SIsAllOnes,
        HighS,
    }

    [TestCaseSource(nameof(Flaws))]
    public async Task AMalformedSignatureIsA400ProblemAndSpendsNoNonce(Flaw flaw)
    {
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(AuthHost.AddressOf(_wallet), await _host.NonceAsync(), now, now.AddMinutes(10));
        var good = AuthHost.Sign(message, _wallet);

        using var response = await _host.VerifyAsync(message, Spoil(good, flaw));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("signature", out _), Is.True, problem.ToString());
        Assert.That(AuthHost.SessionCookie(response), Is.Null);
        using var signedIn = await _host.VerifyAsync(message, good);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the refused attempt did not spend the nonce");
    }

    [Test]
    public async Task ASignatureThatRecoversNobodyIsA401NotA500()
    {
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(AuthHost.AddressOf(_wallet), await _host.NonceAsync(), now, now.AddMinutes(10));
        var good = AuthHost.Sign(message, _wallet);
        // r = 5 is in range but no point of secp256k1 has x = 5 (5³ + 7 is no square mod p): recovery finds no key.
        using var response = await _host.VerifyAsync(message, "0x" + new string('0', 63) + "5" + good[66..]);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("siwe.signature"));
    }

    [Test]
    public async Task AVOfZeroOrOneSignsInAs27Or28Would()
    {
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(AuthHost.AddressOf(_wallet), await _host.NonceAsync(), now, now.AddMinutes(10));
        var good = AuthHost.Sign(message, _wallet);
        var v = Convert.ToInt32(good[^2..], 16) - 27;
        using var response = await _host.VerifyAsync(message, good[..^2] + v.ToString("x2", CultureInfo.InvariantCulture));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static Flaw[] Flaws() => Enum.GetValues<Flaw>();

    private static string Spoil(string signature, Flaw flaw)
    {
        var hex = signature[2..];
        var (r, s, v) = (hex[..64], hex[64..128], hex[128..]);
        static string Word(BigInteger value) => value.ToString("x64", CultureInfo.InvariantCulture)[^64..];
        var allOnes = new string('f', 64);
        return flaw switch
        {
            Flaw.TooShort => signature[..^2],
            Flaw.TooLong => signature + "00",
            Flaw.NoPrefix => hex + "00",
            Flaw.NotHex => "0x" + new string('g', 130),
            Flaw.UnicodeDigits => "0x" + new string('٣', 130),
            Flaw.VIsTwo => "0x" + r + s + "02",
            Flaw.VIs29 => "0x" + r + s + "1d",
            Flaw.VIs37 => "0x" + r + s + "25",
            Flaw.VIs255 => "0x" + r + s + "ff",
            Flaw.RIsZero => "0x" + new string('0', 64) + s + v,
            Flaw.SIsZero => "0x" + r + new string('0', 64) + v,
            Flaw.RIsN => "0x" + Word(N) + s + v,
            Flaw.SIsN => "0x" + r + Word(N) + v,
            Flaw.RIsAllOnes => "0x" + allOnes + s + v,
            Flaw.SIsAllOnes => "0x" + r + allOnes + v,
            // The same signer's other valid signature (s' = n - s, the other recovery id): refused by EIP-2's low-s rule.
            _ => "0x" + r + Word(N - BigInteger.Parse("0" + s, NumberStyles.HexNumber, CultureInfo.InvariantCulture)) + (v == "1b" ? "1c" : "1b"),
        };
    }
}
