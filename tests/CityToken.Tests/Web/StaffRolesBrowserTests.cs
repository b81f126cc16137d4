using System.Net;
using System.Net.Http.Json;
using CityToken.Api.Auth;
using CityToken.Api.Credentials;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

/// <summary>What each staff role sees in the dashboard follows what the API lets it do.</summary>
public sealed partial class BrowserTests
{
    [Test]
    public async Task AnAuditorSeesProgramsActionsAndCredentialsReadOnlyAndAForgedWriteIsRefused()
    {
        var slug = Unique("audited");
        using (var api = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) })
        {
            api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
            using var created = await api.PostAsJsonAsync("/api/programs", new
            {
                slug, name = "Audited " + slug, actionType = "volunteering", rule = new { kind = "per-hour", rate = "2" },
                maxQuantity = "10", budget = "100", startsAt = "2026-01-01T00:00:00Z",
            });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        var auditorKey = await _host.NewStaffKeyAsync(StaffRoles.Auditor, Unique("auditor"));
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, auditorKey);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" });
        foreach (var link in new[] { "Programs", "Actions", "Minting", "Credentials", "Ballots", "Catalog", "Redemptions", "Vouchers" })
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        }
        foreach (var link in new[] { "Devices", "Jobs (Hangfire)" })
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveCountAsync(0);
        }

        // Each page opens, says it is read-only, and has no form that writes (only the sign-out form posts).
        foreach (var (path, heading) in new[]
        {
            ("/admin/programs", "Programs"), ("/admin/actions", "Actions"), ("/admin/credentials", "Credentials"),
            ("/admin/ballots", "Ballots"), ("/admin/catalog", "Catalog"), ("/admin/redemptions/vouchers", "Vouchers"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Status, Is.EqualTo(200), path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("read-only")).ToBeVisibleAsync();
            await Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
        }
        await page.GotoAsync("/admin/programs");
        var row = page.Locator($"tr[data-program='{slug}']");
        await Expect(row).ToContainTextAsync("active");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await WebHost.ScreenshotAsync(page, "auditor-programs");
        await row.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(slug);
        var edit = await page.GotoAsync($"/admin/programs/{slug}/edit");
        Assert.That(edit!.Status, Is.EqualTo(403));

        // Mint batches and reconciliation: an auditor may run a reconciliation (it reports and changes nothing), not a batching run.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Minting" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Minting", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Run batching now" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reconcile now" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("Reconciliation ran");
        await Expect(page.GetByTestId("reconciliation")).ToContainTextAsync("checked");
        await WebHost.ScreenshotAsync(page, "auditor-minting");

        // Forged writes, with a valid antiforgery token of the auditor's own session: refused by the handler, nothing changes.
        await page.GotoAsync("/admin/credentials");
        var token = await page.Locator("form.signout input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var did = "did:ethr:" + TestWallet.Fresh().Address;
        var issue = await context.APIRequest.PostAsync("/admin/credentials?handler=Issue", new()
        {
            MaxRedirects = 0,
            Form = FormOf(context, ("__RequestVerificationToken", token!), ("Did", did), ("Type", "resident"), ("OfficialId", "FORGED-1"),
                ("ExpiresAt", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"))),
        });
        // 302 to Denied, not 400: the token was good, the role was not.
        AssertSentToDenied(issue);
        var pause = await context.APIRequest.PostAsync($"/admin/programs?handler=Pause&slug={slug}", new()
        {
            MaxRedirects = 0,
            Form = FormOf(context, ("__RequestVerificationToken", token!)),
        });
        AssertSentToDenied(pause);
        AssertSentToDenied(await context.APIRequest.PostAsync("/admin/minting?handler=Run", new() { MaxRedirects = 0, Form = FormOf(context, ("__RequestVerificationToken", token!)) }));
        await using (var scope = _host.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            Assert.That(await db.Set<CredentialRequest>().CountAsync(c => c.Did == did), Is.Zero, "no credential was queued");
            Assert.That(await db.Set<RewardProgram>().Where(p => p.Slug == slug).Select(p => p.Active).SingleAsync(), Is.True, "the program still runs");
        }
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    [Test]
    public async Task AReporterReportsActionsButDoesNotSeeTheQueue()
    {
        var reporterKey = await _host.NewStaffKeyAsync(StaffRoles.Reporter, Unique("reporter"));
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await WebHost.SignInAsync(page, reporterKey);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Report actions" }).ClickAsync();
        await Expect(page.GetByLabel("CSV file")).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Actions", Exact = true })).ToHaveCountAsync(0);
        foreach (var path in new[] { "/admin/actions", "/admin/programs", "/admin/credentials", "/admin/redemptions" })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Status, Is.EqualTo(403), path);
        }
    }

    private static IFormData FormOf(IBrowserContext context, params (string Name, string Value)[] fields)
    {
        var form = context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        return form;
    }

    /// <summary>A refused dashboard write: the staff cookie sends the user to the Denied page (never 200, never a 400 token error).</summary>
    private static void AssertSentToDenied(IAPIResponse response)
    {
        Assert.That(response.Status, Is.EqualTo((int)HttpStatusCode.Redirect), response.StatusText);
        Assert.That(response.Headers["location"], Does.Contain(StaffCookie.DeniedPath));
    }
}
