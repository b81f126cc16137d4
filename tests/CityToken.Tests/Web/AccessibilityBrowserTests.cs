using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    /// <summary>axe-core's WCAG 2.1 A and AA rules (labels, contrast, landmarks, names…) on every page.</summary>
    [Test]
    public async Task EveryPageMeetsWcag21AaAsCheckedByAxe()
    {
        await using var context = await _host.NewContextAsync();
        var wallet = TestWallet.Fresh();
        await wallet.InstallAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        async Task CheckAsync(string name)
        {
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            // axe really ran: it reports the rules the page passes (color-contrast, label, …).
            Assert.That(result.Passes.Select(p => p.Id), Does.Contain("color-contrast").And.Contain("document-title"), name);
            failures.AddRange(result.Violations.Select(v =>
                $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        }

        await page.GotoAsync("/");
        await CheckAsync("portal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(wallet.Address);
        await CheckAsync("portal connected");
        // Signed in: the ballots, the catalog and the (empty) list of redemptions are there too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Ethereum" }).ClickAsync();
        await Expect(page.Locator("#signed-in")).ToHaveTextAsync($"Signed in as {wallet.Address}.");
        await Expect(page.Locator("#redemptions-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#catalog-section")).ToBeVisibleAsync();
        await CheckAsync("portal signed in");
        await page.GotoAsync("/admin/login");
        await CheckAsync("login");
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.WaitForSelectorAsync("body[data-charts-ready='true']");
        await CheckAsync("overview");
        foreach (var path in new[] { "/admin/programs", "/admin/programs/new", "/admin/actions", "/admin/actions/upload", "/admin/minting", "/admin/devices", "/admin/credentials", "/admin/ballots", "/admin/catalog", "/admin/redemptions", "/admin/redemptions/vouchers", "/admin/funds", "/admin/funds/approvals", "/funds" })
        {
            await page.GotoAsync(path);
            await CheckAsync(path);
        }

        // Read-only views (an auditor) and the merchant's page.
        await using var auditorContext = await _host.NewContextAsync();
        page = await auditorContext.NewPageAsync();
        await WebHost.SignInAsync(page, await _host.NewStaffKeyAsync(StaffRoles.Auditor, Unique("axe-auditor")));
        await page.GotoAsync("/admin/credentials");
        await CheckAsync("credentials read-only");
        await using var merchantContext = await _host.NewContextAsync();
        page = await merchantContext.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("API key").FillAsync(await _host.NewMerchantKeyAsync(Unique("axe-till")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/merchant");
        await CheckAsync("/admin/merchant");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public async Task RevokingAKeyEndsItsDashboardSession()
    {
        var name = Unique("temp-admin");
        var key = await _host.NewStaffKeyAsync(StaffRoles.Admin, name);
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await WebHost.SignInAsync(page, key);
        await page.GotoAsync("/admin/programs");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programs", Level = 1 })).ToBeVisibleAsync();

        await using (var scope = _host.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            await db.ApiKeys.Where(k => k.Name == name).ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTimeOffset.UtcNow));
        }
        await page.GotoAsync("/admin/programs");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        Assert.That((await context.CookiesAsync()).Any(c => c.Name == StaffCookie.CookieName), Is.False);
    }
}
