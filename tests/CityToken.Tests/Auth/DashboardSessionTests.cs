using System.Net;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Auth;

/// <summary>A dashboard session lives no longer than the secret it was made with, and only a posted form ends it.</summary>
public sealed class DashboardSessionTests
{
    private AuthHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task<DashboardClient> SignedInAsync(string key)
    {
        var browser = new DashboardClient(_host.Service);
        await browser.SignInAsync(key);
        using var overview = await browser.GetAsync("/admin");
        Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return browser;
    }

    [Test]
    public async Task RotatingAKeyEndsItsDashboardSessionsAtOnce()
    {
        var (id, key) = await _host.CreateKeyAsync("dash-rotated-" + Guid.NewGuid().ToString("N")[..6], StaffRoles.Admin);
        using var browser = await SignedInAsync(key);
        using var stillAdmin = await browser.GetAsync("/admin/programs");
        Assert.That(stillAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using (var admin = _host.Staff(ServiceFactory.AdminKey))
        using (var rotated = await admin.PostAsync($"/api/staff/keys/{id}/rotate", null))
        {
            Assert.That(rotated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var next = await browser.GetAsync("/admin/programs");
        Assert.That(DashboardClient.SendsToSignIn(next), Is.True, $"{next.StatusCode} {next.Headers.Location}");
    }

    [Test]
    public async Task RevokingAKeyEndsItsDashboardSessionsAtOnce()
    {
        var (id, key) = await _host.CreateKeyAsync("dash-revoked-" + Guid.NewGuid().ToString("N")[..6], StaffRoles.Auditor);
        using var browser = await SignedInAsync(key);

        using (var admin = _host.Staff(ServiceFactory.AdminKey))
        using (var revoked = await admin.DeleteAsync($"/api/staff/keys/{id}"))
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var next = await browser.GetAsync("/admin");
        Assert.That(DashboardClient.SendsToSignIn(next), Is.True, $"{next.StatusCode} {next.Headers.Location}");
    }

    [Test]
    public async Task ANewAdminApiKeyEndsTheOldBootstrapSessionsAcrossARestart()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        DashboardClient browser;
        await using (var first = Factory(data, ServiceFactory.AdminKey))
        {
            browser = new DashboardClient(first);
            await browser.SignInAsync(ServiceFactory.AdminKey);
        }
        // The same secret after a restart: the session goes on (the key ring and the stamp are kept).
        await using (var same = Factory(data, ServiceFactory.AdminKey))
        {
            using var again = browser.Carry(same);
            using var overview = await again.GetAsync("/admin");
            Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        // A new Auth:AdminApiKey: every session made with the old one is over.
        await using var changed = Factory(data, "another-admin-key-0123456789abcdefghij");
        using var after = browser.Carry(changed);
        using var next = await after.GetAsync("/admin");
        Assert.That(DashboardClient.SendsToSignIn(next), Is.True, $"{next.StatusCode} {next.Headers.Location}");
        browser.Dispose();
    }

    private static ServiceFactory Factory(string data, string adminKey)
    {
        var service = ServiceFactory.For(SharedChain.Node, data);
        service.Settings["Auth:AdminApiKey"] = adminKey;
        return service;
    }

    [Test]
    public async Task SignOutIsAPostedFormWithItsAntiforgeryToken()
    {
        var (_, key) = await _host.CreateKeyAsync("dash-signout-" + Guid.NewGuid().ToString("N")[..6], StaffRoles.Auditor);
        using var browser = await SignedInAsync(key);

        // A link (GET) only shows the sign-out form; a form posted from elsewhere (no token) is refused.
        using (var get = await browser.GetAsync("/admin/logout"))
        {
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        using (var forged = await browser.PostFormWithoutTokenAsync("/admin/logout"))
        {
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
        using (var stillIn = await browser.GetAsync("/admin"))
        {
            Assert.That(stillIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var signOut = await browser.PostFormAsync("/admin/logout");
        Assert.That(DashboardClient.SendsToSignIn(signOut), Is.True);
        Assert.That(browser.SessionCookie, Is.Null);
        using var after = await browser.GetAsync("/admin");
        Assert.That(DashboardClient.SendsToSignIn(after), Is.True);
    }

    [Test]
    public async Task TheResidentSessionEndsOnlyByAPost()
    {
        var cookie = await _host.SignInAsync(Nethereum.Signer.EthECKey.GenerateKey());
        using var resident = _host.Resident(cookie);
        using (var get = await resident.GetAsync("/api/auth/signout"))
        {
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(AuthHost.SessionCookie(get), Is.Null);
        }
        using (var me = await resident.GetAsync("/api/auth/me"))
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        using var post = await resident.PostAsync("/api/auth/signout", null);
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(post.Headers.GetValues("Set-Cookie").Single(), Does.StartWith(AuthSchemes.ResidentCookie + "=;"));
    }
}
