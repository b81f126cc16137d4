using CityToken.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AdminAddsACatalogRewardThenChangesItsPriceStockAndActiveFlag()
    {
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Catalog" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Catalog", Level = 1 })).ToBeVisibleAsync();

        // A price of zero is refused with the API's message on the field.
        var name = Unique("Bus pass");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Price (tokens)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add reward" }).ClickAsync();
        await Expect(page.Locator("span.field-error[data-valmsg-for='Price']")).ToContainTextAsync("positive");

        // Added through the outbox; listed once the indexer sees RewardAdded.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("One day of buses");
        await page.GetByLabel("Price (tokens)").FillAsync("2.5");
        await page.GetByLabel("Stock (units or \"unlimited\")").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add reward" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync(name);
        var row = page.Locator("tr[data-reward]", new() { HasText = name });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await row.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(row.GetByTestId("terms")).ToHaveTextAsync("2.50 tokens · 10 left");
        await Expect(row).ToContainTextAsync("active");
        await WebHost.ScreenshotAsync(page, "admin-catalog");

        // New price and stock, and taken out of the catalog: one update, shown once indexed.
        await row.GetByLabel("Price").FillAsync("3");
        await row.GetByLabel("Stock").FillAsync("4");
        await row.GetByLabel("Active").UncheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("is on its way to the chain");
        deadline = DateTime.UtcNow.AddSeconds(90);
        // The new terms and the deactivation are separate transactions: wait for both to be indexed.
        while ((!(await row.GetByTestId("terms").TextContentAsync() ?? "").StartsWith("3 tokens · 4 left", StringComparison.Ordinal)
                || (await row.Locator(".status").TextContentAsync())?.Trim() != "inactive") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(row.GetByTestId("terms")).ToHaveTextAsync("3 tokens · 4 left");
        await Expect(row.Locator(".status")).ToHaveTextAsync("inactive");
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }
}
