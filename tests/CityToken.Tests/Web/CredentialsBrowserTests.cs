using System.Text.RegularExpressions;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AdminIssuesAResidencyCredentialSeesItValidThenRevokesIt()
    {
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Credentials" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Credentials", Level = 1 })).ToBeVisibleAsync();

        // A bad did is refused on the form with the API's own message, and nothing is queued.
        await page.GetByLabel("Resident did").FillAsync("did:web:example");
        await page.GetByLabel("Official id").FillAsync("X1234567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue credential" }).ClickAsync();
        await Expect(page.Locator("span.field-error[data-valmsg-for='Did']")).Not.ToBeEmptyAsync();

        // A fresh did:ethr: the service sends the issue through the outbox; the indexer then lists it as valid.
        var did = "did:ethr:" + TestWallet.Fresh().Address;
        await page.GetByLabel("Resident did").FillAsync(did);
        await page.GetByLabel("Credential type").SelectOptionAsync("resident");
        await page.GetByLabel("Official id").FillAsync("ID-" + Guid.NewGuid().ToString("N")[..10]);
        await page.GetByLabel("Expires on (UTC)").FillAsync(DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd"));
        await WebHost.ScreenshotAsync(page, "admin-credential-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue credential" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync(did);

        await page.GotoAsync("/admin/credentials?FilterDid=" + Uri.EscapeDataString(did));
        var row = page.Locator($"tr[data-did='{did}']");
        await Expect(row).ToHaveCountAsync(1);
        await ReloadUntilAsync(page, row.Locator(".status"), "valid");
        await Expect(row).ToContainTextAsync("credential #");
        await WebHost.ScreenshotAsync(page, "admin-credentials");

        // The status filter finds it among the valid ones.
        await page.GetByLabel("Status").SelectOptionAsync("valid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(1);

        // Revoked through the outbox; once indexed it is listed as revoked and cannot be revoked again.
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Revoke") }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("Revocation of credential");
        await page.GotoAsync("/admin/credentials?FilterDid=" + Uri.EscapeDataString(did));
        await ReloadUntilAsync(page, row.Locator(".status"), "revoked");
        await Expect(row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Revoke") })).ToHaveCountAsync(0);
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    [Test]
    public async Task ARegistrarIssuesACredentialFromTheDashboardButCannotReachAdminPages()
    {
        // The dashboard mirrors the API: POST /api/credentials is for admins and registrars, devices and programs for admins.
        var registrarKey = await _host.NewStaffKeyAsync(StaffRoles.Registrar, Unique("registrar"));
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, registrarKey);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" });
        foreach (var link in new[] { "Programs", "Devices", "Actions", "Catalog", "Jobs (Hangfire)" })
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveCountAsync(0);
        }
        await nav.GetByRole(AriaRole.Link, new() { Name = "Credentials" }).ClickAsync();
        await Expect(page.GetByTestId("read-only")).ToHaveCountAsync(0);

        var did = "did:ethr:" + TestWallet.Fresh().Address;
        await page.GetByLabel("Resident did").FillAsync(did);
        await page.GetByLabel("Credential type").SelectOptionAsync("resident");
        await page.GetByLabel("Official id").FillAsync("ID-" + Guid.NewGuid().ToString("N")[..10]);
        await page.GetByLabel("Expires on (UTC)").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue credential" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync(did);
        await page.GotoAsync("/admin/credentials?FilterDid=" + Uri.EscapeDataString(did));
        var row = page.Locator($"tr[data-did='{did}']");
        await Expect(row).ToHaveCountAsync(1);
        await WebHost.ScreenshotAsync(page, "registrar-credentials");

        foreach (var path in new[] { "/admin/devices", "/admin/programs", "/admin/programs/new", "/admin/catalog", "/admin/actions" })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Status, Is.EqualTo(403), path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        }
        var post = await context.APIRequest.PostAsync("/admin/devices?handler=Register", new() { MaxRedirects = 0 });
        Assert.That(post.Status, Is.AnyOf(302, 400, 403));
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    /// <summary>Reloads until <paramref name="status"/> reads <paramref name="expected"/>: the indexer follows the chain.</summary>
    private static async Task ReloadUntilAsync(IPage page, ILocator status, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await status.TextContentAsync())?.Trim() != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(status).ToHaveTextAsync(expected);
    }
}
