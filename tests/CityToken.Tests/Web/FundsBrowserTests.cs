using CityToken.Api.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    /// <summary>
    /// A finance officer creates a project and proposes a payroll (receipt codes shown once), cannot approve it herself,
    /// an approver approves it, and the public page shows the project's budget against what was paid, who proposed and
    /// who approved, and finds a worker's wage by receipt code.
    /// </summary>
    [Test]
    public async Task FinanceProposesAnotherPersonApprovesAndThePublicSeesItAndAWorkerFindsTheirWage()
    {
        var financeName = Unique("fin-ana");
        var approverName = Unique("appr-cy");
        var finance = await _host.NewStaffKeyAsync(StaffRoles.Finance, financeName);
        var approver = await _host.NewStaffKeyAsync(StaffRoles.Approver, approverName);
        var project = Unique("Canal dredging");

        await using var officerContext = await _host.NewContextAsync();
        var officer = await officerContext.NewPageAsync();
        var errors = CollectErrors(officer);
        await WebHost.SignInAsync(officer, finance);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Funds", Exact = true }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Public funds", Level = 1 })).ToBeVisibleAsync();
        await officer.GetByLabel("Project name").FillAsync(project);
        await officer.GetByLabel("Department").FillAsync("Water authority");
        await officer.GetByLabel("Budget (minor units, e.g. fen)").FillAsync("500000");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await Expect(officer.Locator(".notice[role=status]")).ToContainTextAsync(project);
        await ReloadUntilAsync(officer, officer.Locator("tr[data-project]", new() { HasText = project }));

        // A payment with a malformed invoice hash is refused on its field; then the payroll goes.
        await officer.GetByLabel("Project", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{project} (remaining 5,000.00 CNY)" });
        await officer.GetByLabel("Payee address (not for a payroll)").FillAsync("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        await officer.GetByLabel("Amount (minor units; not for a payroll)").FillAsync("1000");
        await officer.GetByLabel("Invoice hash (0x…, not for a payroll)").FillAsync("0x1234");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await Expect(officer.Locator("span.field-error[data-valmsg-for='DocumentHash']")).ToContainTextAsync("64 hex digits");

        await officer.GetByLabel("Project", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{project} (remaining 5,000.00 CNY)" });
        await officer.GetByLabel("Category").SelectOptionAsync("payroll");
        await officer.GetByLabel("Payee address (not for a payroll)").FillAsync("");
        await officer.GetByLabel("Amount (minor units; not for a payroll)").FillAsync("");
        await officer.GetByLabel("Invoice hash (0x…, not for a payroll)").FillAsync("");
        await officer.GetByLabel("Wages (payroll: \"worker id, amount\" per line)").FillAsync("worker-7, 120000\nworker-8, 80000");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await Expect(officer.GetByTestId("receipts")).ToBeVisibleAsync();
        var code = (await officer.GetByTestId("receipt-code").First.TextContentAsync())!.Trim();
        await WebHost.ScreenshotAsync(officer, "admin-funds");

        // Her own proposal has no buttons for her.
        await officer.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" }).GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        var row = officer.Locator("tr[data-disbursement]", new() { HasText = project });
        await ReloadUntilAsync(officer, row);
        await Expect(row.GetByTestId("own")).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await using var approverContext = await _host.NewContextAsync();
        var second = await approverContext.NewPageAsync();
        errors.AddRange(CollectErrors(second));
        await WebHost.SignInAsync(second, approver);
        await second.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" }).GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        var pending = second.Locator("tr[data-disbursement]", new() { HasText = project });
        await pending.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Approve") }).ClickAsync();
        await Expect(second.Locator(".notice[role=status]")).ToContainTextAsync("approval on its way");

        // The public page: paid against budget, who proposed and who approved, and the worker's wage.
        await using var publicContext = await _host.NewContextAsync(phone: true);
        var visitor = await publicContext.NewPageAsync();
        errors.AddRange(CollectErrors(visitor));
        await visitor.GotoAsync("/funds");
        var projectRow = visitor.Locator("tr[data-project]", new() { HasText = project });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await projectRow.GetByTestId("approved").TextContentAsync())?.Trim() != "2,000.00 CNY" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await visitor.ReloadAsync();
        }
        await Expect(projectRow.GetByTestId("approved")).ToHaveTextAsync("2,000.00 CNY");
        await Expect(projectRow.GetByTestId("remaining")).ToHaveTextAsync("3,000.00 CNY");
        var payment = visitor.Locator($"section:has(h2:text-is('{project}')) tr[data-disbursement]");
        await Expect(payment.GetByTestId("proposer")).ToHaveTextAsync(financeName);
        await Expect(payment.GetByTestId("decider")).ToHaveTextAsync(approverName);
        await Expect(visitor.Locator("#chart-funds")).ToBeVisibleAsync();

        await visitor.GetByLabel("Receipt code (on your payslip)").FillAsync("W-NOPE");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Expect(visitor.Locator("span.field-error[data-valmsg-for='ReceiptCode']")).ToContainTextAsync("No wage has this receipt code");
        await visitor.GetByLabel("Receipt code (on your payslip)").FillAsync(code);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Expect(visitor.GetByTestId("wage")).ToHaveAttributeAsync("data-status", "approved");
        await Expect(visitor.GetByTestId("wage")).ToContainTextAsync("1,200.00 CNY");
        await Expect(visitor.GetByTestId("wage")).ToContainTextAsync(project);
        await WebHost.ScreenshotAsync(visitor, "public-funds");
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    /// <summary>Reloads until <paramref name="locator"/> matches something (the indexer caught up), 90 s at most.</summary>
    private static async Task ReloadUntilAsync(IPage page, ILocator locator)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await locator.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(locator.First).ToBeVisibleAsync();
    }
}
