using CityToken.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AdminCreatesABallotSeesItListedAndItsResultsChart()
    {
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ballots" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ballots", Level = 1 })).ToBeVisibleAsync();

        // One option is not a ballot: the API's own message, on the field.
        var title = Unique("Bike lanes");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Options").FillAsync("Yes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ballot" }).ClickAsync();
        await Expect(page.Locator("span.field-error[data-valmsg-for='Options']")).ToContainTextAsync("2 to 32");

        // The window's defaults come from the chain's clock; the ballot is sent through the outbox, then indexed.
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Description").FillAsync("Paint bike lanes on Main Street?");
        await page.GetByLabel("Options").FillAsync("Yes\nNo\nAbstain");
        await page.GetByLabel("Quorum").FillAsync("3");
        await WebHost.ScreenshotAsync(page, "admin-ballot-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ballot" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync(title);

        var link = page.GetByRole(AriaRole.Link, new() { Name = title });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await link.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        var row = page.Locator("tr[data-ballot]", new() { Has = link });
        await Expect(row).ToContainTextAsync("pending");
        await Expect(row).ToContainTextAsync("quorum 3");
        await Expect(row).ToContainTextAsync("resident");
        await WebHost.ScreenshotAsync(page, "admin-ballots");

        // Its results: a bar chart drawn by admin.js from the page's JSON, and the same figures in a table.
        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await page.WaitForSelectorAsync("body[data-charts-ready='true']");
        await Expect(page.GetByTestId("turnout")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("quorum")).ToContainTextAsync("not reached");
        await Expect(page.GetByTestId("credential-type")).ToHaveTextAsync("resident credential");
        await Expect(page.GetByTestId("final")).ToContainTextAsync("not final");
        await Expect(page.Locator("tr[data-option='2']")).ToContainTextAsync("Abstain");
        Assert.That(await page.Locator("#chart-ballot").EvaluateAsync<int>("c => c.width"), Is.GreaterThan(0));
        await WebHost.ScreenshotAsync(page, "admin-ballot-detail");

        // The detail page needs a ballot, so the page-by-page axe test cannot reach it: checked here.
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.That(axe.Passes.Select(p => p.Id), Does.Contain("color-contrast"));
        Assert.That(axe.Violations.Select(v => $"{v.Id}: {v.Help}"), Is.Empty);
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }
}
