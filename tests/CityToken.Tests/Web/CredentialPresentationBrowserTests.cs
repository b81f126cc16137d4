using System.Net;
using System.Text.RegularExpressions;
using CityToken.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    /// <summary>
    /// A resident keeps their credential (the VC JWT), shows it for the challenge a clerk's /verify page displays (the
    /// wallet signs the presentation), and the clerk's page says valid; once the registrar revokes it, revoked.
    /// </summary>
    [Test]
    public async Task AResidentKeepsAndShowsTheirCredentialAndTheVerifierSeesItValidThenRevoked()
    {
        var wallet = TestWallet.Fresh();
        using var api = new PortalApi(_host);
        await api.IssueResidencyAsync(wallet.Address);

        await using var context = await _host.NewContextAsync();
        await wallet.InstallAsync(context);
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await ConnectAndSignInAsync(page, wallet);
        var row = page.Locator("#credentials tr").First;
        await row.GetByRole(AriaRole.Button, new() { Name = "Keep" }).ClickAsync();
        await Expect(page.Locator("#vc-jwt")).ToHaveValueAsync(new Regex(@"^eyJ[\w-]+\.[\w-]+\.[\w-]+$"));
        await Expect(page.Locator("#vc-download")).ToHaveAttributeAsync("href", new Regex(@"^data:application/vc\+jwt"));

        // The clerk's page, in a browser of its own.
        await using var clerkContext = await _host.NewContextAsync();
        var clerk = await clerkContext.NewPageAsync();
        var clerkErrors = CollectErrors(clerk);
        await clerk.GotoAsync("/verify");
        await Expect(clerk.GetByRole(AriaRole.Img, new() { Name = "QR code of the verification challenge" })).ToBeVisibleAsync();

        await VerifyAsync(page, clerk, row);
        await Expect(clerk.GetByTestId("verdict")).ToHaveAttributeAsync("data-verified", "true");
        await Expect(clerk.GetByTestId("verdict")).ToContainTextAsync("Valid");
        await WebHost.ScreenshotAsync(page, "portal-credential-shown");
        await WebHost.ScreenshotAsync(clerk, "verifier-valid");
        await CheckAxeAsync(clerk, "verifier with a valid presentation");
        await CheckAxeAsync(page, "portal showing a credential");

        // The registrar revokes it; once indexed, a new presentation is refused as revoked.
        var (_, list) = await api.SendAsync(HttpMethod.Get, $"/api/credentials?did={Uri.EscapeDataString("did:ethr:0x7a69:" + wallet.Address)}", ServiceFactory.AdminKey);
        var request = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var (revoke, body) = await api.SendAsync(HttpMethod.Delete, $"/api/credentials/{request}", ServiceFactory.AdminKey);
        Assert.That(revoke, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        await api.PollAsync($"/api/credentials/{request}", ServiceFactory.AdminKey, c => c.GetProperty("status").GetString() == "revoked");

        await VerifyAsync(page, clerk, row);
        await Expect(clerk.GetByTestId("verdict")).ToHaveAttributeAsync("data-verified", "false");
        await Expect(clerk.GetByTestId("verdict")).ToContainTextAsync("Revoked");
        await Expect(clerk.Locator("tr[data-status='revoked']")).ToHaveCountAsync(1);
        await WebHost.ScreenshotAsync(clerk, "verifier-revoked");
        Assert.That(errors.Concat(clerkErrors), Is.Empty, string.Join("\n", errors.Concat(clerkErrors)));
    }

    /// <summary>The resident signs a presentation for the code the clerk's page shows; the clerk pastes it and verifies.</summary>
    private static async Task VerifyAsync(IPage resident, IPage clerk, ILocator credentialRow)
    {
        var code = await clerk.GetByTestId("challenge-code").TextContentAsync();
        await credentialRow.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await resident.GetByLabel("Verifier's code").FillAsync(code!);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Sign and show" }).ClickAsync();
        await Expect(resident.Locator("#present-qr")).ToHaveAttributeAsync("src", new Regex(@"^data:image/svg\+xml;base64,"));
        var presentation = await resident.Locator("#present-jwt").InputValueAsync();
        await clerk.GetByLabel("Resident's presentation", new() { Exact = true }).FillAsync(presentation);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
    }
}
