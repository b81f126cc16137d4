using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using CityToken.Tests.Rewards;

namespace CityToken.Tests.Auth;

/// <summary>A write made through a dashboard form is in the audit trail like the same write made with X-Api-Key.</summary>
public sealed class DashboardAuditTests
{
    private AuthHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task<(int Id, string Name, DashboardClient Browser)> SignedInAdminAsync()
    {
        var name = "dash-admin-" + Guid.NewGuid().ToString("N")[..6];
        var (id, key) = await _host.CreateKeyAsync(name, StaffRoles.Admin);
        var browser = new DashboardClient(_host.Service);
        await browser.SignInAsync(key);
        return (id, name, browser);
    }

    private async Task<List<JsonElement>> EntriesByAsync(string actor)
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?actor={actor}");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    [Test]
    public async Task AMerchantKeyCreatedOnTheDashboardIsAuditedWithWhoWhatAndTarget()
    {
        var (actorId, actor, browser) = await SignedInAdminAsync();
        using (browser)
        {
            var before = DateTimeOffset.UtcNow;
            using var created = await browser.PostFormAsync("/admin/redemptions/vouchers?handler=CreateKey", ("Name", "till-" + actor));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK));

            using var admin = _host.Staff(ServiceFactory.AdminKey);
            var merchantKeys = await admin.GetFromJsonAsync<JsonElement>("/api/merchants/keys");
            var merchantKeyId = merchantKeys.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "till-" + actor).GetProperty("id").GetInt32();

            var entry = (await EntriesByAsync(actor)).Single();
            Assert.Multiple(() =>
            {
                Assert.That(entry.GetProperty("actorKeyId").GetInt32(), Is.EqualTo(actorId));
                Assert.That(entry.GetProperty("actorRoles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(Strings.Of(StaffRoles.Admin)));
                Assert.That(entry.GetProperty("method").GetString(), Is.EqualTo("POST"));
                Assert.That(entry.GetProperty("route").GetString(), Is.EqualTo("/admin/redemptions/vouchers?handler=CreateKey"));
                Assert.That(entry.GetProperty("path").GetString(), Is.EqualTo("/admin/redemptions/vouchers"));
                Assert.That(entry.GetProperty("targetId").GetString(), Is.EqualTo(merchantKeyId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(entry.GetProperty("at").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(before.AddSeconds(-1)));
            });
        }
    }

    [Test]
    public async Task AProgramPausedOnTheDashboardIsAuditedAndFailedOrRefusedFormsAreNot()
    {
        var slug = RewardsHost.Unique("dash-audit");
        using (var admin = _host.Staff(ServiceFactory.AdminKey))
        using (var program = await admin.PostAsJsonAsync("/api/programs", RewardsHost.Program(slug, RewardsHost.Fixed("1"))))
        {
            Assert.That(program.StatusCode, Is.EqualTo(HttpStatusCode.Created), await program.Content.ReadAsStringAsync());
        }
        var (_, actor, browser) = await SignedInAdminAsync();
        using (browser)
        {
            // Failed writes answer a page (200) or a redirect too: neither is a write.
            using (var invalid = await browser.PostFormAsync("/admin/redemptions/vouchers?handler=CreateKey", ("Name", BootstrapAdminKey.KeyName)))
            {
                Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }
            using (var missing = await browser.PostFormAsync("/admin/programs?handler=Pause&slug=no-such-program"))
            {
                Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            }
            using (var forged = await browser.PostFormWithoutTokenAsync($"/admin/programs?handler=Pause&slug={slug}"))
            {
                Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            }
            Assert.That(await EntriesByAsync(actor), Is.Empty);

            using var paused = await browser.PostFormAsync($"/admin/programs?handler=Pause&slug={slug}");
            Assert.That(paused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

            var entry = (await EntriesByAsync(actor)).Single();
            Assert.Multiple(() =>
            {
                Assert.That(entry.GetProperty("route").GetString(), Is.EqualTo("/admin/programs?handler=Pause"));
                Assert.That(entry.GetProperty("targetId").GetString(), Is.EqualTo(slug));
                Assert.That(entry.GetProperty("statusCode").GetInt32(), Is.EqualTo(302));
            });
        }
    }

    [Test]
    public async Task AnAuditorsRefusedDashboardWriteIsNotAudited()
    {
        var name = "dash-auditor-" + Guid.NewGuid().ToString("N")[..6];
        var (_, key) = await _host.CreateKeyAsync(name, StaffRoles.Auditor);
        using var browser = new DashboardClient(_host.Service);
        await browser.SignInAsync(key);

        using var refused = await browser.PostFormAsync("/admin/programs?handler=Pause&slug=anything");

        Assert.That(refused.Headers.Location?.OriginalString, Does.Contain("/admin/denied"));
        Assert.That(await EntriesByAsync(name), Is.Empty);
    }
}
