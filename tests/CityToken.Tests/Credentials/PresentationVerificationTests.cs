using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Api.Credentials;
using CityToken.Api.Credentials.Verifiable;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Credentials;

/// <summary>
/// POST /api/presentations/verify as an attacker or a careless client uses it: unreadable requests are 400
/// problem+json, presentations that parse but fail are 200 with verified false and one stable error code each, and a
/// wallet's personal_sign presentation (the portal's) is accepted. Credentials here are signed by the service's own
/// issuer for credential rows written straight into the database (the chain path is VerifiableCredentialInteropTests').
/// </summary>
public sealed class PresentationVerificationTests
{
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;
    private static long _nextId = 5_000_000 + RandomNumberGenerator.GetInt32(1_000_000);

    // The service judges credentials by the chain's clock, which other suites on the shared chain may have moved ahead.
    private long _now;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _service = ServiceFactory.For(SharedChain.Node);
        _client = _service.CreateClient();
        await WaitCaughtUpAsync(_service, SharedChain.Node);
        _now = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), await ChainTimeAsync(SharedChain.Node));
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [TestCase("not json", TestName = "A body that is not JSON")]
    [TestCase("{}", TestName = "No presentation")]
    [TestCase("{\"presentation\": 42}", TestName = "A presentation that is a number")]
    [TestCase("{\"presentation\": \"abc\"}", TestName = "A presentation that is no JWT")]
    [TestCase("{\"presentation\": \"a.b\"}", TestName = "Two parts")]
    [TestCase("{\"presentation\": \"e30.e30.!!\"}", TestName = "A signature that is not base64url")]
    [TestCase("{\"presentation\": \"WzFd.e30.AA\"}", TestName = "A header that is no JSON object")]
    [TestCase("{\"presentation\": \"eyJhIjoxLCJhIjoyfQ.e30.AA\"}", TestName = "A header with a duplicate member")]
    public async Task UnreadableRequestsAreProblems(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/presentations/verify", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task AnOverlongPresentationIsAProblem()
    {
        using var response = await _client.PostAsJsonAsync("/api/presentations/verify", new { presentation = new string('a', 40_000) + ".e30.AA" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task AWellSignedPresentationOfTheHoldersCredentialIsVerifiedOnceEvenWithAWalletsPersonalSign()
    {
        var holder = EthECKey.GenerateKey();
        var vc = Credential(holder);
        var challenge = await ChallengeAsync();
        var result = await VerifyAsync(Sign(holder, Presentation(holder, challenge, vc), DidSignatures.EthPersonalSign));
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("verified").GetBoolean(), Is.True, result.ToString());
            Assert.That(result.GetProperty("credentials")[0].GetProperty("status").GetString(), Is.EqualTo("valid"));
            Assert.That(result.GetProperty("errors").GetArrayLength(), Is.Zero);
        });
        var replay = await VerifyAsync(Sign(holder, Presentation(holder, challenge, vc), DidSignatures.Es256KR));
        Assert.That(Codes(replay), Is.EqualTo("challenge_used"));
    }

    [Test]
    public async Task EachFlawHasItsOwnCode()
    {
        var holder = EthECKey.GenerateKey();
        var vc = Credential(holder);
        var stranger = EthECKey.GenerateKey();
        var cases = new (string Scenario, Func<string, string> Make, string Code)[]
        {
            ("alg none", c => Unsigned(Presentation(holder, c, vc), "none"), "unsupported_algorithm"),
            ("HS256", c => Unsigned(Presentation(holder, c, vc), "HS256"), "unsupported_algorithm"),
            ("no DID as iss", c => Sign(holder, Presentation(holder, c, vc).With("iss", "someone")), "invalid_holder"),
            ("another chain's holder", c => Sign(holder, Presentation(holder, c, vc).With("iss", "did:ethr:0x5:" + holder.GetPublicAddress())), "wrong_chain"),
            ("signed by another key", c => Sign(stranger, Presentation(holder, c, vc)), "invalid_signature"),
            ("a truncated signature", c => Sign(holder, Presentation(holder, c, vc))[..^4], "invalid_signature"),
            ("no vp claim", c => Sign(holder, Presentation(holder, c, vc).Without("vp")), "malformed_presentation"),
            ("no challenge", c => Sign(holder, Presentation(holder, c, vc).Without("nonce")), "challenge_missing"),
            ("a made-up challenge", c => Sign(holder, Presentation(holder, "x" + c, vc)), "challenge_unknown"),
            ("another verifier's domain", c => Sign(holder, Presentation(holder, c, vc).With("aud", "evil.example")), "domain_mismatch"),
            ("an expired presentation", c => Sign(holder, Presentation(holder, c, vc).With("exp", 1_000_000)), "presentation_expired"),
            ("no credential", c => Sign(holder, Presentation(holder, c)), "no_credentials"),
            ("a credential that is no JWT", c => Sign(holder, Presentation(holder, c, "nonsense")), "malformed_credential"),
            ("a self-issued credential", c => Sign(holder, Presentation(holder, c, SelfIssued(holder))), "untrusted_issuer"),
            ("somebody else's credential", c => Sign(stranger, Presentation(stranger, c, vc)), "subject_not_holder"),
            ("an expired credential", c => Sign(holder, Presentation(holder, c, Credential(holder, expiresIn: -10))), "expired"),
            ("a future credential", c => Sign(holder, Presentation(holder, c, Credential(holder, issuedIn: 3600))), "not_yet_valid"),
        };
        foreach (var (scenario, make, code) in cases)
        {
            var result = await VerifyAsync(make(await ChallengeAsync()));
            Assert.That(result.GetProperty("verified").GetBoolean(), Is.False, scenario);
            Assert.That(Codes(result), Is.EqualTo(code), $"{scenario}: {result}");
            Assert.That(result.GetProperty("errors")[0].GetProperty("message").GetString(), Is.Not.Empty, scenario);
        }
    }

    [Test]
    public async Task ARevokedCredentialIsRefusedAndItsStatusListBitIsSet()
    {
        var holder = EthECKey.GenerateKey();
        var record = Record(holder);
        record.RevokedAt = record.IssuedAt + 1;
        record.RevokedBy = record.Issuer;
        record.RevocationReason = 0;
        await WithDbAsync(_service, async db =>
        {
            db.Add(record);
            return await db.SaveChangesAsync();
        });
        var vc = Sign(record);
        var result = await VerifyAsync(Sign(holder, Presentation(holder, await ChallengeAsync(), vc)));
        Assert.That(Codes(result), Is.EqualTo("revoked"), result.ToString());

        var (list, index) = StatusList.PositionOf(record.Id);
        using var response = await _client.GetAsync($"/api/credentials/status/{list}");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vc+jwt"));
        Assert.That(CompactJwt.TryParse(await response.Content.ReadAsStringAsync(), out var jwt, out _), Is.True);
        var encoded = jwt!.Payload["vc"]!["credentialSubject"]!["encodedList"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(StatusList.IsSet(encoded, index), Is.True);
            Assert.That(StatusList.IsSet(encoded, (index + 1) % StatusList.Size), Is.False);
            Assert.That(StatusList.IsSet(encoded, StatusList.Size - 1), Is.Not.Null, "131,072 bits");
            Assert.That(StatusList.IsSet(encoded, StatusList.Size), Is.Null);
        });
    }

    [TestCase("/api/credentials/status/abc", HttpStatusCode.BadRequest)]
    [TestCase("/api/credentials/status/-1", HttpStatusCode.BadRequest)]
    [TestCase("/api/credentials/status/99999999999999999999", HttpStatusCode.BadRequest)]
    [TestCase("/api/credentials/status/70368744177663", HttpStatusCode.BadRequest)]
    [TestCase("/api/credentials/status/70368744177662", HttpStatusCode.OK)]
    [TestCase("/api/credentials/1/vc", HttpStatusCode.Unauthorized)]
    public async Task StatusListNumbersAndAnonymousCredentialRequests(string path, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task APresentationQrCodeIsAnSvgAndOnlyForAPresentationThatFits()
    {
        var holder = EthECKey.GenerateKey();
        var presentation = Sign(holder, Presentation(holder, "c", Credential(holder)));
        using var qr = await _client.PostAsJsonAsync("/api/presentations/qr", new { presentation });
        Assert.That(qr.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(qr.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(await qr.Content.ReadAsStringAsync(), Does.Contain("<svg"));
        using var tooLong = await _client.PostAsJsonAsync("/api/presentations/qr", new { presentation = presentation + new string('A', 3000) });
        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task AStaffOnlyVerifierRefusesAnonymousCallersAndSendsThePageToTheStaffSignIn()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Credentials:VerifierAccess"] = "staff";
        using var anonymous = service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var staff = service.CreateClient();
        staff.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);

        using var challenge = await anonymous.GetAsync("/api/presentations/challenge");
        using var verify = await anonymous.PostAsJsonAsync("/api/presentations/verify", new { presentation = "e30.e30.AA" });
        using var page = await anonymous.GetAsync("/verify");
        using var allowed = await staff.GetAsync("/api/presentations/challenge");
        Assert.Multiple(() =>
        {
            Assert.That(challenge.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.Headers.Location?.ToString(), Does.Contain("/admin/login"));
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task AnonymousPresentationChecksCountAgainstThePublicReadLimit()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["RequestLimits:PublicReads:PermitLimit"] = "3";
        service.Settings["RequestLimits:PublicReads:WindowSeconds"] = "600";
        using var client = service.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "verify", "qr", "verify", "qr", "verify" })
        {
            using var response = await client.PostAsJsonAsync("/api/presentations/" + path, new { presentation = "e30.e30.AA" });
            statuses.Add(response.StatusCode);
        }
        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }));
    }

    [TestCase("Credentials:IssuerKey", "0x0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("Credentials:IssuerKey", "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    [TestCase("Credentials:IssuerKey", "not-a-key")]
    [TestCase("Credentials:VerifierAccess", "everyone")]
    [TestCase("Credentials:TrustedIssuers:0", "0x1234")]
    public async Task ABadCredentialSettingStopsTheStart(string key, string value)
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings[key] = value;
        var failure = Assert.Catch(() => service.CreateClient().Dispose());
        Assert.That(failure!.ToString(), Does.Contain(key.Split(':')[0] + ":" + key.Split(':')[1]));
    }

    private async Task<string> ChallengeAsync() =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/presentations/challenge")).GetProperty("challenge").GetString()!;

    private async Task<JsonElement> VerifyAsync(string presentation)
    {
        using var response = await _client.PostAsJsonAsync("/api/presentations/verify", new { presentation });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        return body;
    }

    private static string Codes(JsonElement result) =>
        string.Join(",", result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()));

    private static string Did(EthECKey key) => "did:ethr:0x7a69:" + key.GetPublicAddress();

    private static JsonObject Presentation(EthECKey holder, string challenge, params string[] credentials) => new()
    {
        ["iss"] = Did(holder),
        ["nonce"] = challenge,
        ["aud"] = new JsonArray("127.0.0.1:5080"),
        ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["vp"] = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
            ["type"] = new JsonArray("VerifiablePresentation"),
            ["verifiableCredential"] = new JsonArray([.. credentials.Select(c => (JsonNode)c)]),
        },
    };

    private CredentialRecord Record(EthECKey holder, long expiresIn = 3600, long issuedIn = -60)
    {
        var now = _now;
        return new CredentialRecord
        {
            Id = Interlocked.Increment(ref _nextId),
            Subject = holder.GetPublicAddress().ToLowerInvariant(),
            CredentialType = CredentialTypes.HashOf("resident"),
            PersonKey = "0x" + new string('1', 64),
            Issuer = "0x" + new string('2', 40),
            IssuedAt = now + issuedIn,
            ExpiresAt = now + expiresIn,
            DataHash = "0x" + new string('3', 64),
            Uri = "",
            IssuedTransaction = "0x" + new string('4', 64),
        };
    }

    private string Credential(EthECKey holder, long expiresIn = 3600, long issuedIn = -60) => Sign(Record(holder, expiresIn, issuedIn));

    private string Sign(CredentialRecord record)
    {
        using var scope = _service.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CredentialDocuments>().Credential(record);
    }

    /// <summary>A credential in the city's format, but signed by the holder about themself.</summary>
    private string SelfIssued(EthECKey holder)
    {
        Assert.That(CompactJwt.TryParse(Credential(holder), out var city, out _), Is.True);
        return Sign(holder, city!.Payload.With("iss", Did(holder)), DidSignatures.Es256KR);
    }

    private static string Unsigned(JsonObject payload, string alg) =>
        CompactJwt.SigningInputOf(new JsonObject { ["alg"] = alg, ["typ"] = "JWT" }, payload) + ".";

    /// <summary>A JWT signed with <paramref name="key"/>: ES256K (r ‖ s), ES256K-R (‖ recovery id) or a wallet's EIP-191 personal_sign.</summary>
    private static string Sign(EthECKey key, JsonObject payload, string alg = DidSignatures.Es256K)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT" };
        if (alg != DidSignatures.EthPersonalSign)
        {
            return CityIssuer.SignEs256K(key, header, payload);
        }
        var input = CompactJwt.SigningInputOf(header, payload);
        return input + "." + CompactJwt.Encode(Convert.FromHexString(new EthereumMessageSigner().EncodeUTF8AndSign(input, key)[2..]));
    }
}

/// <summary>Copies of a JWT payload with one claim changed or removed.</summary>
internal static class ClaimEdits
{
    public static JsonObject With(this JsonObject claims, string name, JsonNode? value)
    {
        var copy = claims.DeepClone().AsObject();
        copy[name] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject claims, string name)
    {
        var copy = claims.DeepClone().AsObject();
        copy.Remove(name);
        return copy;
    }
}
