using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;

namespace CityToken.Tests.Hosting;

/// <summary>
/// Behind a TLS proxy: X-Forwarded-Proto from a known proxy (loopback, or one from configuration) makes the session
/// cookies Secure and adds HSTS; the same header from any other address changes nothing.
/// </summary>
public sealed class ProxyHeadersTests
{
    private const string Proxy = "203.0.113.7";

    private static async Task<ServiceFactory> StartAsync(string remoteAddress, string? knownProxy = null)
    {
        var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Auth:Siwe:Domain"] = AuthHost.Domain;
        service.Settings["Auth:Siwe:Uri"] = AuthHost.Uri;
        if (knownProxy is not null)
        {
            service.Settings["ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }
        service.ConfigureTestServices = services => services.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remoteAddress)));
        using var client = service.CreateClient();
        using var health = await client.GetAsync("/health");
        return service;
    }

    [Test]
    public async Task HttpsForwardedByLoopbackMakesCookiesSecureAndAddsHsts()
    {
        await using var service = await StartAsync("127.0.0.1");

        var (staff, resident, hsts) = await SignInBothAsync(service, "https");

        Assert.Multiple(() =>
        {
            Assert.That(staff, Does.Contain("secure").IgnoreCase);
            Assert.That(resident, Does.Contain("secure").IgnoreCase);
            Assert.That(hsts, Does.StartWith("max-age=31536000"));
        });
    }

    [Test]
    public async Task PlainHttpFromLoopbackHasNeitherSecureCookiesNorHsts()
    {
        await using var service = await StartAsync("127.0.0.1");

        var (staff, resident, hsts) = await SignInBothAsync(service, forwardedProto: null);

        Assert.Multiple(() =>
        {
            Assert.That(staff, Does.Not.Contain("secure").IgnoreCase);
            Assert.That(resident, Does.Not.Contain("secure").IgnoreCase);
            Assert.That(hsts, Is.Null);
        });
    }

    [Test]
    public async Task ForwardedHeadersFromAnUnknownAddressAreIgnored()
    {
        await using var service = await StartAsync(Proxy);

        var (staff, resident, hsts) = await SignInBothAsync(service, "https");

        Assert.Multiple(() =>
        {
            Assert.That(staff, Does.Not.Contain("secure").IgnoreCase);
            Assert.That(resident, Does.Not.Contain("secure").IgnoreCase);
            Assert.That(hsts, Is.Null);
        });
    }

    [Test]
    public async Task AProxyFromConfigurationIsBelieved()
    {
        await using var service = await StartAsync(Proxy, knownProxy: Proxy);

        var (staff, resident, hsts) = await SignInBothAsync(service, "https");

        Assert.Multiple(() =>
        {
            Assert.That(staff, Does.Contain("secure").IgnoreCase);
            Assert.That(resident, Does.Contain("secure").IgnoreCase);
            Assert.That(hsts, Is.Not.Null);
        });
    }

    /// <summary>
    /// Signs in to the dashboard and with Ethereum (the SIWE domain and URI checks are unchanged behind the proxy), as
    /// a browser behind a proxy that says the original scheme was <paramref name="forwardedProto"/>; returns both
    /// Set-Cookie headers' attributes and the Strict-Transport-Security header.
    /// </summary>
    private static async Task<(string Staff, string Resident, string? Hsts)> SignInBothAsync(ServiceFactory service, string? forwardedProto)
    {
        using var browser = new DashboardClient(service);
        if (forwardedProto is not null)
        {
            browser.Headers["X-Forwarded-Proto"] = forwardedProto;
            browser.Headers["X-Forwarded-For"] = "198.51.100.20";
        }
        using var login = await browser.PostFormAsync("/admin/login", ("ApiKey", ServiceFactory.AdminKey));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var staff = Attributes(login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StaffCookie.CookieName + "=", StringComparison.Ordinal)));
        var hsts = login.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;

        using var client = service.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }
        var key = EthECKey.GenerateKey();
        var nonce = (await client.GetFromJsonAsync<JsonElement>("/api/auth/siwe/nonce"))
            .GetProperty("nonce").GetString()!;
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(AuthHost.AddressOf(key), nonce, now, now.AddMinutes(5));
        using var verify = await client.PostAsJsonAsync("/api/auth/siwe/verify",
            new { message, signature = AuthHost.Sign(message, key) });
        Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.OK), await verify.Content.ReadAsStringAsync());
        var resident = Attributes(verify.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSchemes.ResidentCookie + "=", StringComparison.Ordinal)));
        return (staff, resident, hsts);
    }

    /// <summary>A Set-Cookie header without its value (which could spell anything): "path=/; secure; samesite=strict; httponly".</summary>
    private static string Attributes(string setCookie) => setCookie[(setCookie.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim();

    /// <summary>Test only: every request arrives from <paramref name="address"/> (the in-memory server has no socket).</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
