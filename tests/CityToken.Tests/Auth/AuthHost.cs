using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Nethereum.Signer;

namespace CityToken.Tests.Auth;

/// <summary>
/// The real service on the shared chain for auth tests: the bootstrap admin key, staff keys created through
/// the API, and residents signed in with Ethereum (keys signed here with Nethereum, as a wallet would).
/// </summary>
internal sealed class AuthHost : IAsyncDisposable
{
    /// <summary>What SIWE messages must name in these tests (the test server's requests go to http://localhost).</summary>
    public const string Domain = "localhost";
    public const string Uri = "http://localhost";
    public const long ChainId = 31337;

    private AuthHost(ServiceFactory service) => Service = service;

    public ServiceFactory Service { get; }

    /// <summary>A host on a new data folder, or on <paramref name="dataDirectory"/> (another instance on the same database).</summary>
    public static async Task<AuthHost> StartAsync(string? dataDirectory = null)
    {
        var service = ServiceFactory.For(SharedChain.Node, dataDirectory);
        service.Settings["Auth:Siwe:Domain"] = Domain;
        service.Settings["Auth:Siwe:Uri"] = Uri;
        var host = new AuthHost(service);
        using var me = await host.Staff(ServiceFactory.AdminKey).GetAsync("/api/staff/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return host;
    }

    /// <summary>A client that neither keeps cookies nor follows redirects: every answer is seen as sent.</summary>
    public HttpClient Raw() => Service.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    public HttpClient Staff(string key)
    {
        var client = Raw();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }

    public HttpClient Resident(string cookie)
    {
        var client = Raw();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Creates a staff key through the API with the bootstrap admin key.</summary>
    public async Task<(int Id, string Key)> CreateKeyAsync(string name, params string[] roles)
    {
        using var admin = Staff(ServiceFactory.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/staff/keys", new { name, roles });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetInt32(), body.GetProperty("key").GetString()!);
    }

    public async Task<string> NonceAsync()
    {
        using var client = Raw();
        var body = await client.GetFromJsonAsync<JsonElement>("/api/auth/siwe/nonce");
        return body.GetProperty("nonce").GetString()!;
    }

    /// <summary>An EIP-4361 message laid out as the EIP's ABNF (and the siwe npm package) lays it out.</summary>
    public static string Message(string address, string nonce, DateTimeOffset issuedAt, DateTimeOffset? expirationTime = null,
        string domain = Domain, string uri = Uri, long chainId = ChainId, string? statement = "Sign in to CityToken.",
        DateTimeOffset? notBefore = null)
    {
        static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var lines = new List<string> { $"{domain} wants you to sign in with your Ethereum account:", address, "" };
        if (statement is not null)
        {
            lines.Add(statement);
        }
        lines.Add("");
        lines.Add($"URI: {uri}");
        lines.Add("Version: 1");
        lines.Add($"Chain ID: {chainId}");
        lines.Add($"Nonce: {nonce}");
        lines.Add($"Issued At: {Time(issuedAt)}");
        if (expirationTime is { } e)
        {
            lines.Add($"Expiration Time: {Time(e)}");
        }
        if (notBefore is { } n)
        {
            lines.Add($"Not Before: {Time(n)}");
        }
        return string.Join('\n', lines);
    }

    public static string Sign(string message, EthECKey key) => new EthereumMessageSigner().EncodeUTF8AndSign(message, key);

    public static string AddressOf(EthECKey key) => key.GetPublicAddress();

    /// <summary>POSTs a signed message to /api/auth/siwe/verify.</summary>
    public async Task<HttpResponseMessage> VerifyAsync(string message, string signature)
    {
        using var client = Raw();
        return await client.PostAsJsonAsync("/api/auth/siwe/verify", new { message, signature });
    }

    /// <summary>Signs <paramref name="key"/> in and returns the session cookie as a Cookie header value.</summary>
    public async Task<string> SignInAsync(EthECKey key)
    {
        var now = DateTimeOffset.UtcNow;
        var message = Message(AddressOf(key), await NonceAsync(), now, now.AddMinutes(30));
        using var response = await VerifyAsync(message, Sign(message, key));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return SessionCookie(response) ?? throw new AssertionException("no session cookie");
    }

    /// <summary>The resident session cookie a response sets ("name=value"), or null.</summary>
    public static string? SessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith(AuthSchemes.ResidentCookie + "=", StringComparison.Ordinal))
            : null;

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();
}
