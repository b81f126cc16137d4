using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CityToken.Api.Auth;
using CityToken.Api.Devices;
using CityToken.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AdminCreatesAProgramADeviceReportsAndTheResidentSeesTheReward()
    {
        await using var adminContext = await _host.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        var errors = CollectErrors(admin);

        // Sign in with the bootstrap admin key; the overview draws its charts.
        await WebHost.SignInAsync(admin, ServiceFactory.AdminKey);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        await admin.WaitForSelectorAsync("body[data-charts-ready='true']");
        // The signing account's ETH (hardhat's funded account: well above Chain:MinSignerBalanceEth, so no warning).
        await Expect(admin.GetByTestId("signer-balance")).ToHaveTextAsync(new Regex(@"^\d+(\.\d+)?$"));
        Assert.That(decimal.Parse(await admin.GetByTestId("signer-balance").InnerTextAsync(), CultureInfo.InvariantCulture), Is.GreaterThan(0.05m));
        await Expect(admin.GetByTestId("signer-balance-low")).ToHaveCountAsync(0);
        await WebHost.ScreenshotAsync(admin, "admin-overview");

        // A per-unit program with a rate table.
        var slug = Unique("bins");
        await admin.GotoAsync("/admin/programs/new");
        await admin.GetByLabel("Slug").FillAsync(slug);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Smart bins " + slug);
        await admin.GetByLabel("Action type").FillAsync("waste-sorting");
        await admin.GetByLabel("Kind").SelectOptionAsync("per-unit");
        await admin.Locator("#Form_Unit").FillAsync("kg");
        await admin.GetByLabel("Category 1").FillAsync("plastic");
        await admin.GetByLabel("Tokens per unit 1").FillAsync("0.5");
        await admin.GetByLabel("Category 2").FillAsync("glass");
        await admin.GetByLabel("Tokens per unit 2").FillAsync("0.2");
        await admin.GetByLabel("Largest quantity per action").FillAsync("50");
        await admin.GetByLabel("Cap per resident per day").FillAsync("20");
        await admin.GetByLabel("Total budget").FillAsync("1000");
        await WebHost.ScreenshotAsync(admin, "admin-program-form");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create program" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/programs");
        var row = admin.Locator($"tr[data-program='{slug}']");
        await Expect(row).ToContainTextAsync("plastic 0.5/kg");
        await Expect(row).ToContainTextAsync("active");
        await WebHost.ScreenshotAsync(admin, "admin-programs");

        // Its audit trail names who created it.
        await admin.GotoAsync($"/admin/programs/{slug}/audit");
        await Expect(admin.Locator("tr[data-change='created']")).ToContainTextAsync(BootstrapAdminKey.KeyName);
        await WebHost.ScreenshotAsync(admin, "admin-program-audit");

        // A device for it; its HMAC key is shown once.
        var deviceId = Unique("bin");
        await admin.GotoAsync("/admin/devices");
        await admin.GetByLabel("Device id").FillAsync(deviceId);
        await admin.GetByLabel("Name").FillAsync("Bin at the station");
        await admin.GetByLabel("Program").SelectOptionAsync(slug);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Register and create key" }).ClickAsync();
        await Expect(admin.GetByTestId("key-device")).ToHaveTextAsync(deviceId);
        var deviceKey = (await admin.GetByTestId("device-key").TextContentAsync())!.Trim();
        Assert.That(deviceKey, Does.StartWith("ctd_"));
        await WebHost.ScreenshotAsync(admin, "admin-devices");
        await admin.ReloadAsync();
        await Expect(admin.GetByTestId("device-key")).ToHaveCountAsync(0);

        // The device reports 4 kg of plastic for the resident, signed with that key, over real HTTP.
        var wallet = TestWallet.Fresh();
        var actionId = await PostDeviceEventAsync(deviceId, deviceKey, wallet.Address, "plastic", 4, "photo-123");

        // The action is in the admin queue with its evidence; minting (the rewards engine's job) confirms it later.
        await admin.GotoAsync($"/admin/actions?program={slug}");
        var actionRow = admin.Locator($"tr[data-action-id='{actionId}']");
        await Expect(actionRow).ToContainTextAsync(wallet.Address);
        await Expect(actionRow).ToContainTextAsync(new Regex("queued|batched|submitted|confirmed"));
        await WebHost.ScreenshotAsync(admin, "admin-actions");
        await admin.GotoAsync($"/admin/actions/{actionId}");
        await Expect(admin.GetByTestId("evidence")).ToHaveTextAsync("photo-123");
        await Expect(admin.GetByTestId("action-tokens")).ToHaveTextAsync("2"); // 4 kg × 0.5
        await WebHost.ScreenshotAsync(admin, "admin-action-detail");
        Assert.That(errors, Is.Empty);

        // The resident connects the wallet: address, DID document, and the reward once minted.
        await using var residentContext = await _host.NewContextAsync(phone: true);
        await wallet.InstallAsync(residentContext);
        var portal = await residentContext.NewPageAsync();
        var portalErrors = CollectErrors(portal);
        await portal.GotoAsync("/");
        await portal.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(portal.GetByTestId("address")).ToHaveTextAsync(wallet.Address);
        await Expect(portal.GetByTestId("did")).ToHaveTextAsync($"did:ethr:0x7a69:{wallet.Address}");
        await Expect(portal.Locator("#did-document")).ToContainTextAsync(wallet.Address);

        // The service batches and mints the action; the resident then sees it in the history.
        for (var attempt = 0; attempt < 60 && await ActionStatusAsync(actionId) != "confirmed"; attempt++)
        {
            await Task.Delay(500);
        }
        Assert.That(await ActionStatusAsync(actionId), Is.EqualTo("confirmed"), "the action was minted");
        // The indexer picks the mint up within a poll or two; the resident refreshes until it shows.
        var firstRow = portal.Locator("#history tr").First;
        for (var attempt = 0; attempt < 30 && !(await firstRow.IsVisibleAsync() && (await firstRow.TextContentAsync())!.Contains("+2", StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(1_000);
            await portal.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
            await Expect(portal.Locator("#portal-message")).ToBeHiddenAsync();
        }
        await Expect(firstRow).ToContainTextAsync("+2");
        await Expect(firstRow).ToContainTextAsync(slug);
        await Expect(portal.GetByTestId("balance")).ToHaveTextAsync("2");
        await WebHost.ScreenshotAsync(portal, "portal-history-phone");
        Assert.That(portalErrors, Is.Empty);
    }

    [Test]
    public async Task AProgramIsEditedWithFieldErrorsShownThenPausedAndEveryChangeAudited()
    {
        var slug = Unique("tax");
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GotoAsync("/admin/programs/new");
        await page.GetByLabel("Slug").FillAsync(slug);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Tax paid on time");
        await page.GetByLabel("Action type").FillAsync("tax-on-time");
        await page.GetByLabel("Amount per action").FillAsync("5");
        await page.GetByLabel("Total budget").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create program" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/programs");

        // The API's own validation answers on the form, next to the field.
        await page.GotoAsync($"/admin/programs/{slug}/edit");
        await Expect(page.GetByLabel("Slug")).ToHaveValueAsync(slug);
        await page.GetByLabel("Total budget").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("span.field-error[data-valmsg-for='Form.Budget']")).ToContainTextAsync("total budget in tokens");
        await WebHost.ScreenshotAsync(page, "admin-program-form-errors");
        await page.GetByLabel("Total budget").FillAsync("250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/programs");
        await Expect(page.Locator($"tr[data-program='{slug}']")).ToContainTextAsync("left of 250");

        await page.Locator($"tr[data-program='{slug}']").GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(page.Locator($"tr[data-program='{slug}']")).ToContainTextAsync("paused");
        await page.GotoAsync($"/admin/programs/{slug}/audit");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("tr[data-change='updated']")).ToContainTextAsync("budget: 100 → 250");
        await Expect(page.Locator("tr[data-change='paused']")).ToContainTextAsync("active: True → False");
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task RotatingADeviceKeyShowsTheNewKeyOnceAndTheOldOneStopsWorkingAfterTheOverlapOrAtOnce()
    {
        var slug = Unique("water");
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GotoAsync("/admin/programs/new");
        await page.GetByLabel("Slug").FillAsync(slug);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Water saving");
        await page.GetByLabel("Action type").FillAsync("water-saving");
        await page.GetByLabel("Amount per action").FillAsync("1");
        await page.GetByLabel("Total budget").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create program" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/programs");

        var deviceId = Unique("meter");
        await page.GotoAsync("/admin/devices");
        await page.GetByLabel("Device id").FillAsync(deviceId);
        await page.GetByLabel("Name").FillAsync("Water meter");
        await page.GetByLabel("Program").SelectOptionAsync(slug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register and create key" }).ClickAsync();
        var first = (await page.GetByTestId("device-key").TextContentAsync())!.Trim();

        // A plain rotation: the previous key is still accepted for the overlap (10 minutes by default), and the page says until when.
        await page.Locator($"tr[data-device='{deviceId}']").GetByRole(AriaRole.Button, new() { Name = "Rotate key" }).ClickAsync();
        var second = (await page.GetByTestId("device-key").TextContentAsync())!.Trim();
        Assert.That(second, Is.Not.EqualTo(first).And.StartWith("ctd_"));
        await Expect(page.GetByTestId("previous-key-until")).ToContainTextAsync("still accepted until");
        await Expect(page.Locator($"tr[data-device='{deviceId}']")).ToContainTextAsync("#");
        await Expect(page.Locator($"tr[data-device='{deviceId}']")).ToContainTextAsync("previous key accepted until");

        var resident = TestWallet.Fresh().Address;
        Assert.That(await TryDeviceEventAsync(deviceId, first, resident), Is.EqualTo(HttpStatusCode.Accepted), "within the overlap");
        Assert.That(await TryDeviceEventAsync(deviceId, second, resident), Is.EqualTo(HttpStatusCode.Accepted));

        // A leaked key: revoked at once, with every key before it.
        await page.Locator($"tr[data-device='{deviceId}']").GetByRole(AriaRole.Button, new() { Name = "Revoke at once" }).ClickAsync();
        var third = (await page.GetByTestId("device-key").TextContentAsync())!.Trim();
        Assert.That(third, Is.Not.EqualTo(second).And.StartWith("ctd_"));
        await Expect(page.GetByTestId("previous-key-until")).ToContainTextAsync("refused from now on");
        Assert.That(await TryDeviceEventAsync(deviceId, first, resident), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await TryDeviceEventAsync(deviceId, second, resident), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await TryDeviceEventAsync(deviceId, third, resident), Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task AStaffMemberWithoutTheAdminRoleCannotReachAdminPages()
    {
        var auditorKey = await _host.NewStaffKeyAsync(StaffRoles.Auditor, Unique("auditor"));
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await WebHost.SignInAsync(page, auditorKey);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        // An auditor reads most pages (StaffRolesBrowserTests); what only an admin may do stays out of reach.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Devices" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jobs (Hangfire)" })).ToHaveCountAsync(0);

        foreach (var path in new[] { "/admin/programs/new", "/admin/actions/upload", "/admin/devices", "/admin/merchant" })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Status, Is.EqualTo(403), path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        }
        await WebHost.ScreenshotAsync(page, "admin-denied");

        // Posting to an admin page's handler is refused too, not just hidden.
        var post = await context.APIRequest.PostAsync("/admin/programs?handler=Pause&slug=x", new() { MaxRedirects = 0 });
        Assert.That(post.Status, Is.AnyOf(302, 400, 403));
    }

    [Test]
    public async Task AnonymousVisitorsAreSentToSignInAndTheApiNeverRedirects()
    {
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/programs");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/login\\?ReturnUrl=%2Fadmin%2Fprograms$"));
        await WebHost.ScreenshotAsync(page, "admin-login");

        // A wrong key is refused on the form.
        await page.GetByLabel("API key").FillAsync("ctk_not-a-key-at-all-0123456789");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("unknown or revoked");

        // The right key returns to the page asked for.
        await page.GetByLabel("API key").FillAsync(ServiceFactory.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/programs");

        // The staff cookie is HttpOnly and SameSite=Strict.
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == StaffCookie.CookieName);
        Assert.Multiple(() =>
        {
            Assert.That(cookie.HttpOnly, Is.True);
            Assert.That(cookie.SameSite, Is.EqualTo(SameSiteAttribute.Strict));
        });

        // The API does not accept the cookie and never redirects: 401 problem+json, even for a signed-in browser.
        var api = await context.APIRequest.GetAsync("/api/actions", new() { MaxRedirects = 0 });
        Assert.Multiple(() =>
        {
            Assert.That(api.Status, Is.EqualTo(401));
            Assert.That(api.Headers["content-type"], Does.StartWith("application/problem+json"));
        });

        // Signing out ends the session.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/login"));
    }

    [Test]
    public async Task FormsWithoutTheAntiforgeryTokenAreRefused()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        using var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["ApiKey"] = ServiceFactory.AdminKey }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(StaffCookie.CookieName, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task ACsvUploadShowsProgressAndAPerRowReport()
    {
        var slug = Unique("csv");
        using (var api = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) })
        {
            api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
            using var created = await api.PostAsJsonAsync("/api/programs", new
            {
                slug, name = "Volunteering " + slug, actionType = "volunteering", rule = new { kind = "per-hour", rate = "3" },
                maxQuantity = "10", budget = "500", startsAt = "2026-01-01T00:00:00Z",
            });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        var now = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture);
        var csv = new StringBuilder("externalId,program,resident,quantity,occurredAt,evidence\n")
            .Append(CultureInfo.InvariantCulture, $"{slug}-1,{slug},{TestWallet.Fresh().Address},2,{now},sheet A\n")
            .Append(CultureInfo.InvariantCulture, $"{slug}-2,{slug},{TestWallet.Fresh().Address},99,{now},too many hours\n")
            .Append(CultureInfo.InvariantCulture, $"{slug}-3,{slug},not-an-address,1,yesterday,\n")
            .ToString();

        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GotoAsync("/admin/actions/upload");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "actions.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        await Expect(page.Locator("#csv-status")).ToContainTextAsync("Done: 3 rows — 1 queued, 1 rejected, 0 already sent, 1 errors.");
        Assert.That(await page.Locator("#csv-progress").GetAttributeAsync("value") ?? await page.Locator("#csv-progress").EvaluateAsync<string>("p => String(p.value)"), Is.EqualTo("100"));
        var rows = page.Locator("#csv-report tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("queued");
        await Expect(rows.Nth(1)).ToContainTextAsync("rejected");
        await Expect(rows.Nth(2)).ToContainTextAsync("occurredAt 'yesterday' is not an ISO 8601 time.");
        await WebHost.ScreenshotAsync(page, "admin-csv-upload");

        // Both stored rows are listed under the program (the accepted one may be batched or minted already: another
        // test's confirmed batch starts a batching run at once), and the status filter narrows to the rejected one.
        await page.GotoAsync($"/admin/actions?program={slug}");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await page.GotoAsync($"/admin/actions?program={slug}&status=rejected");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("tbody tr")).ToContainTextAsync("rejected");
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task TheDownloadedUploadReportKeepsFormulaLikeCellsAsText()
    {
        // Rows with two fields are errors (no action stored) but the report still echoes each row's externalId.
        string[] hostile = ["=1+2", "+3", "-4", "@SUM(5)", "\t=6", "plain"];
        var csv = "externalId,program,resident,quantity,occurredAt\n" + string.Concat(hostile.Select(id => $"\"{id}\",x\n"));

        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GotoAsync("/admin/actions/upload");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "hostile.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page.Locator("#csv-status")).ToContainTextAsync("Done: 6 rows");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv-download").ClickAsync());
        var report = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = report.Split('\n');
        Assert.That(lines[0], Is.EqualTo("row,externalId,id,status,reason"));
        var externalIds = lines.Skip(1).Select(line => line.Split(',')[1]).ToArray();
        string[] expected = ["\"'=1+2\"", "\"'+3\"", "\"'-4\"", "\"'@SUM(5)\"", "\"'\t=6\"", "\"plain\""];
        Assert.That(externalIds, Is.EqualTo(expected));
        Assert.That(errors, Is.Empty);
    }

    private async Task<HttpStatusCode> TryDeviceEventAsync(string deviceId, string key, string resident)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { eventId = Guid.NewGuid().ToString("N"), resident, quantity = 1 });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{deviceId}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
        request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(key, timestamp, body));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<long> PostDeviceEventAsync(string deviceId, string key, string resident, string category, double weightKg, string evidence)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId = Guid.NewGuid().ToString("N"), resident, category, weightKg, evidence, occurredAt = DateTimeOffset.UtcNow.AddSeconds(-5),
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{deviceId}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
        request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(key, timestamp, body));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), text);
        var accepted = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.That(accepted.GetProperty("status").GetString(), Is.EqualTo("queued"), text);
        return accepted.GetProperty("id").GetInt64();
    }

    private async Task<string> ActionStatusAsync(long id)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
        var action = await client.GetFromJsonAsync<JsonElement>($"/api/actions/{id}");
        return action.GetProperty("status").GetString()!;
    }
}
