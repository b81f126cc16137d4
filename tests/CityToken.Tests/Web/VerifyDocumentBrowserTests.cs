using System.Net.Http.Json;
using System.Text;
using CityToken.Api.Anchoring;
using CityToken.Api.Auth;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AnyoneVerifiesAnAnchoredDocumentInTheBrowser()
    {
        // A clerk registers a document on the dashboard: the browser hashes it, only the hash is sent.
        var document = Encoding.UTF8.GetBytes($"Building permit {Guid.NewGuid():N}: granted.\n");
        var hash = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document));
        var clerk = await _host.NewStaffKeyAsync(StaffRoles.Clerk, Unique("clerk"));
        using var http = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        await using (var clerkContext = await _host.NewContextAsync())
        {
            var desk = await clerkContext.NewPageAsync();
            var deskErrors = CollectErrors(desk);
            await WebHost.SignInAsync(desk, clerk);
            await desk.GetByRole(AriaRole.Link, new() { Name = "Records" }).ClickAsync();
            await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Records", Level = 1 })).ToBeVisibleAsync();
            await desk.GetByLabel("Label").FillAsync(new string('x', 201));
            await desk.GetByLabel("SHA-256 fingerprint").FillAsync(hash);
            await desk.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
            await Expect(desk.Locator("#label-error")).ToContainTextAsync("200");
            await desk.GetByLabel("Document", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "permit.txt", MimeType = "text/plain", Buffer = document });
            await Expect(desk.GetByLabel("SHA-256 fingerprint")).ToHaveValueAsync(hash);
            await desk.GetByLabel("Label").FillAsync("permit");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
            await Expect(desk.GetByTestId("submitted")).ToContainTextAsync(hash);
            await Expect(desk.Locator($"tr[data-hash='{hash}']")).ToContainTextAsync("pending");
            await WebHost.ScreenshotAsync(desk, "admin-anchors");
            Assert.That(deskErrors, Is.Empty, string.Join("\n", deskErrors));
        }

        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verify a document" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verify a document", Level = 1 })).ToBeVisibleAsync();
        var result = page.GetByTestId("result");

        // Registered, not anchored yet.
        await page.GetByLabel("Document", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "permit.txt", MimeType = "text/plain", Buffer = document });
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(result).ToHaveAttributeAsync("data-state", "pending");

        await _host.Service.Services.GetRequiredService<AnchorBatcher>().RunAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/anchors/{hash}") is { } view && (string?)view["status"] != "anchored")
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "anchored within a minute");
            await Task.Delay(200);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(result).ToHaveAttributeAsync("data-state", "verified");
        await Expect(result).ToContainTextAsync("existed unchanged");
        await Expect(page.GetByTestId("hash")).ToHaveTextAsync(hash);
        await Expect(page.GetByTestId("proof-check")).ToContainTextAsync("holds");
        await Expect(page.GetByTestId("block-time")).ToContainTextAsync("UTC");
        await WebHost.ScreenshotAsync(page, "verify-document");
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.That(axe.Passes.Select(p => p.Id), Does.Contain("color-contrast"));
        Assert.That(axe.Violations.Select(v => $"{v.Id}: {v.Help}"), Is.Empty);

        // A file that was never registered, and a malformed fingerprint.
        await page.GetByLabel("Document", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "forged.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("Building permit: forged.\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(result).ToHaveAttributeAsync("data-state", "unknown");
        await page.GetByLabel("Document", new() { Exact = true }).SetInputFilesAsync(Array.Empty<FilePayload>());
        await page.GetByLabel("SHA-256 fingerprint").FillAsync("0x1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(result).ToHaveAttributeAsync("data-state", "input");
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }
}
