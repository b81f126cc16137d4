using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;

namespace CityToken.Tests.Auth;

public sealed class SiweSignInTests
{
    private AuthHost _host = null!;
    private readonly EthECKey _wallet = EthECKey.GenerateKey();

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private string Address => AuthHost.AddressOf(_wallet);

    [Test]
    public async Task SignedMessageStartsAStrictHttpOnlySessionThatSaysWhoTheResidentIs()
    {
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(Address, await _host.NonceAsync(), now, now.AddMinutes(10));

        using var response = await _host.VerifyAsync(message, AuthHost.Sign(message, _wallet));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSchemes.ResidentCookie + "=", StringComparison.Ordinal));
        Assert.That(setCookie, Does.Contain("httponly").IgnoreCase);
        Assert.That(setCookie, Does.Contain("samesite=strict").IgnoreCase);
        Assert.That(setCookie, Does.Not.Contain("secure;").IgnoreCase, "plain http on loopback: SameAsRequest leaves Secure off");

        using var resident = _host.Resident(AuthHost.SessionCookie(response)!);
        var me = await resident.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.That(me.GetProperty("kind").GetString(), Is.EqualTo("resident"));
        Assert.That(me.GetProperty("address").GetString(), Is.EqualTo(Address));
        Assert.That(me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(Strings.Of("resident")));
        // The session ends with the message's Expiration Time (10 minutes), not the 8-hour default.
        Assert.That(me.GetProperty("expiresAt").GetDateTimeOffset(), Is.EqualTo(now.AddMinutes(10)).Within(TimeSpan.FromSeconds(1)));

        // A resident is not staff.
        using var staffOnly = await resident.GetAsync("/api/staff/me");
        await ProblemAssert.IsProblemAsync(staffOnly, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ALowercaseOrChecksummedRouteAddressIsTheResidentsOwnButAnotherIsNot()
    {
        var cookie = await _host.SignInAsync(_wallet);
        using var resident = _host.Resident(cookie);

        using var own = await resident.GetAsync($"/api/residents/{Address.ToLowerInvariant()}/actions");
        using var ownChecksummed = await resident.GetAsync($"/api/residents/{Address}/actions");
        using var other = await resident.GetAsync($"/api/residents/{AuthHost.AddressOf(EthECKey.GenerateKey())}/actions");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), await own.Content.ReadAsStringAsync());
        Assert.That(ownChecksummed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task SignOutClearsTheCookie()
    {
        var cookie = await _host.SignInAsync(_wallet);
        using var resident = _host.Resident(cookie);

        using var response = await resident.PostAsync("/api/auth/signout", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var cleared = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSchemes.ResidentCookie + "=", StringComparison.Ordinal));
        Assert.That(cleared, Does.Contain("expires=Thu, 01 Jan 1970").IgnoreCase);
    }

    [Test]
    public async Task WithoutASessionAnApiPathAnswers401ProblemNotARedirect()
    {
        using var client = _host.Raw();
        using var response = await client.GetAsync("/api/auth/me");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("/api/auth/siwe/nonce"));
        Assert.That(response.Headers.Location, Is.Null);
    }

    [Test]
    public async Task ATamperedCookieIsNoSession()
    {
        var cookie = await _host.SignInAsync(_wallet);
        using var client = _host.Resident(cookie[..^4] + "AAAA");
        using var response = await client.GetAsync("/api/auth/me");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    public enum Flaw { Expired, NotYetValid, IssuedInFuture, WrongDomain, WrongScheme, WrongUri, OtherChain, UnknownNonce, OtherSigner, AlteredAfterSigning }

    [TestCase(Flaw.Expired, "siwe.expired", "The message has expired.")]
    [TestCase(Flaw.NotYetValid, "siwe.not-yet-valid", "The message is not valid yet.")]
    [TestCase(Flaw.IssuedInFuture, "siwe.issued-in-future", "The message is issued in the future.")]
    [TestCase(Flaw.WrongDomain, "siwe.domain", "The message is for another domain.")]
    [TestCase(Flaw.WrongScheme, "siwe.domain", "The message is for another domain.")]
    [TestCase(Flaw.WrongUri, "siwe.uri", "The message is for another URI.")]
    [TestCase(Flaw.OtherChain, "siwe.chain", "The message is for another chain.")]
    [TestCase(Flaw.UnknownNonce, "siwe.nonce-unknown", "The nonce is unknown or expired.")]
    [TestCase(Flaw.OtherSigner, "siwe.signature", "The signature does not match the address.")]
    [TestCase(Flaw.AlteredAfterSigning, "siwe.signature", "The signature does not match the address.")]
    public async Task AFlawedSignInIsA401ProblemWithoutACookie(Flaw flaw, string code, string title)
    {
        var now = DateTimeOffset.UtcNow;
        var nonce = flaw == Flaw.UnknownNonce ? "neverIssued12345" : await _host.NonceAsync();
        var message = flaw switch
        {
            Flaw.Expired => AuthHost.Message(Address, nonce, now.AddMinutes(-10), now.AddSeconds(-1)),
            Flaw.NotYetValid => AuthHost.Message(Address, nonce, now, notBefore: now.AddMinutes(5)),
            Flaw.IssuedInFuture => AuthHost.Message(Address, nonce, now.AddMinutes(5)),
            Flaw.WrongDomain => AuthHost.Message(Address, nonce, now, domain: "citytoken.example.org"),
            Flaw.WrongScheme => "ftp://" + AuthHost.Message(Address, nonce, now),
            Flaw.WrongUri => AuthHost.Message(Address, nonce, now, uri: "http://localhost:8080/"),
            Flaw.OtherChain => AuthHost.Message(Address, nonce, now, chainId: 1),
            _ => AuthHost.Message(Address, nonce, now),
        };
        var signature = flaw == Flaw.OtherSigner ? AuthHost.Sign(message, EthECKey.GenerateKey()) : AuthHost.Sign(message, _wallet);
        if (flaw == Flaw.AlteredAfterSigning)
        {
            message = message.Replace("Sign in to CityToken.", "Sign in to CityToken!", StringComparison.Ordinal);
        }

        using var response = await _host.VerifyAsync(message, signature);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(title));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code));
        Assert.That(AuthHost.SessionCookie(response), Is.Null);
    }

    [Test]
    public async Task ANonceSignsInOnceAndAFailedAttemptDoesNotSpendIt()
    {
        var now = DateTimeOffset.UtcNow;
        var nonce = await _host.NonceAsync();
        var message = AuthHost.Message(Address, nonce, now);

        using var forged = await _host.VerifyAsync(message, AuthHost.Sign(message, EthECKey.GenerateKey()));
        using var first = await _host.VerifyAsync(message, AuthHost.Sign(message, _wallet));
        using var replay = await _host.VerifyAsync(message, AuthHost.Sign(message, _wallet));

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("siwe.nonce-used"));
        Assert.That(AuthHost.SessionCookie(replay), Is.Null);
    }

    [Test]
    public async Task ConcurrentSignInsWithOneNonceLetExactlyOneThrough()
    {
        var message = AuthHost.Message(Address, await _host.NonceAsync(), DateTimeOffset.UtcNow);
        var signature = AuthHost.Sign(message, _wallet);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _host.VerifyAsync(message, signature)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized), Is.EqualTo(7));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [TestCase("not a siwe message", "0x00", "message")]
    [TestCase(null, null, "message")]
    public async Task AMalformedRequestIsA400ValidationProblem(string? message, string? signature, string field)
    {
        using var client = _host.Raw();
        using var response = await client.PostAsJsonAsync("/api/auth/siwe/verify", new { message, signature });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True);
        Assert.That(problem.GetProperty("errors").TryGetProperty("signature", out _), Is.True);
    }

    [Test]
    public async Task TheNonceAnswerNamesWhatTheMessageMustNameAndIsNotCached()
    {
        using var client = _host.Raw();
        using var response = await client.GetAsync("/api/auth/siwe/nonce");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(body.GetProperty("nonce").GetString(), Does.Match("^[A-Za-z0-9]{22}$"));
        Assert.That(body.GetProperty("domain").GetString(), Is.EqualTo(AuthHost.Domain));
        Assert.That(body.GetProperty("uri").GetString(), Is.EqualTo(AuthHost.Uri));
        Assert.That(body.GetProperty("chainId").GetInt64(), Is.EqualTo(AuthHost.ChainId));
        Assert.That(await _host.NonceAsync(), Is.Not.EqualTo(body.GetProperty("nonce").GetString()));
    }
}
