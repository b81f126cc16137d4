using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task SeveralAnnouncedWalletsLetTheResidentChoose()
    {
        // Alpha also sets window.ethereum; Beta only announces itself (EIP-6963): without discovery it would be unusable.
        var alpha = new TestWallet(TestWallet.HardhatAccount3Key) { Name = "Alpha Wallet" };
        var beta = new TestWallet(TestWallet.Fresh().PrivateKey) { Name = "Beta Wallet", Injected = false };
        var (context, page, errors) = await ConnectPortalAsync(alpha, beta);
        await using var closing = context;
        await Expect(page.Locator("#wallet-chooser")).ToBeVisibleAsync();
        await Expect(page.Locator("#wallet-list button")).ToHaveTextAsync(["Alpha Wallet", "Beta Wallet"]);
        await WebHost.ScreenshotAsync(page, "portal-wallet-chooser");

        await page.GetByRole(AriaRole.Button, new() { Name = "Beta Wallet" }).ClickAsync();
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(beta.Address);
        await Expect(page.Locator("#wallet-chooser")).ToBeHiddenAsync();

        // The choice is remembered on this browser: after a reload, Connect goes straight to Beta.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(beta.Address);
        await Expect(page.Locator("#wallet-chooser")).ToBeHiddenAsync();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task AWalletThatDoesNotAnnounceItselfIsFoundThroughWindowEthereum()
    {
        var wallet = new TestWallet(TestWallet.Fresh().PrivateKey) { Announced = false };
        var (context, page, _) = await ConnectPortalAsync(wallet);
        await using var closing = context;
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(wallet.Address);
        await Expect(page.Locator("#wallet-chooser")).ToBeHiddenAsync();
    }

    [Test]
    public async Task AWalletWithoutTheChainAddsItFromTheServiceConfigurationAndWatchesTheToken()
    {
        var wallet = new TestWallet(TestWallet.Fresh().PrivateKey, chainId: 1) { KnowsEveryChain = false };
        var (context, page, errors) = await ConnectPortalAsync(wallet);
        await using var closing = context;
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch wallet to chain 31337" }).ClickAsync();
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(wallet.Address);

        var asked = await wallet.RequestsAsync(page);
        var added = asked.GetProperty("added").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(added.GetProperty("chainId").GetString(), Is.EqualTo("0x7a69"));
            Assert.That(added.GetProperty("chainName").GetString(), Is.EqualTo("CityToken test chain"));
            Assert.That(added.GetProperty("rpcUrls")[0].GetString(), Is.EqualTo(SharedChain.Node.RpcUrl));
            Assert.That(added.GetProperty("nativeCurrency").GetProperty("symbol").GetString(), Is.EqualTo("ETH"));
            Assert.That(added.GetProperty("nativeCurrency").GetProperty("decimals").GetInt32(), Is.EqualTo(18));
            Assert.That(asked.GetProperty("chainId").GetInt64(), Is.EqualTo(31337));
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the token to my wallet" }).ClickAsync();
        await Expect(page.Locator("#portal-message")).ToContainTextAsync("is now listed in your wallet");
        var watched = (await wallet.RequestsAsync(page)).GetProperty("watched").EnumerateArray().Single();
        var tokenAddress = await page.Locator("#portal").GetAttributeAsync("data-token-address");
        Assert.Multiple(() =>
        {
            Assert.That(watched.GetProperty("type").GetString(), Is.EqualTo("ERC20"));
            Assert.That(watched.GetProperty("options").GetProperty("address").GetString(), Is.EqualTo(tokenAddress).And.Match("^0x[0-9a-fA-F]{40}$"));
            Assert.That(watched.GetProperty("options").GetProperty("decimals").GetInt32(), Is.EqualTo(18));
            Assert.That(watched.GetProperty("options").GetProperty("symbol").GetString(), Is.Not.Empty);
        });
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task DecliningToAddTheChainSaysSoAndStaysDisconnected()
    {
        var wallet = new TestWallet(TestWallet.Fresh().PrivateKey, chainId: 1) { KnowsEveryChain = false, DeclinesAddingChains = true };
        var (context, page, _) = await ConnectPortalAsync(wallet);
        await using var closing = context;
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch wallet to chain 31337" }).ClickAsync();
        await Expect(page.Locator("#portal-message")).ToContainTextAsync("You declined to add the city's network to your wallet");
        await Expect(page.Locator("#account")).ToBeHiddenAsync();
        Assert.That((await wallet.RequestsAsync(page)).GetProperty("chainId").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task ThePortalFormatsAmountsForThePagesLanguage()
    {
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        const string Format = """
            (lang) => {
              document.documentElement.lang = lang;
              const A = window.CityTokenAmounts;
              return [A.amount("905220000000000000000"), A.withUnit("1000000000000000000"), A.withUnit("10"),
                      A.withUnit("1234567500000000000000000"), A.amount("1999000000000000000"), A.withUnit("2000000000000000000")];
            }
            """;
        var english = await page.EvaluateAsync<string[]>(Format, "en");
        var german = await page.EvaluateAsync<string[]>(Format, "de");
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" | ", english), Is.EqualTo("905.22 | 1 token | < 0.01 tokens | 1,234,567.50 tokens | 1.99 | 2 tokens"));
            Assert.That(string.Join(" | ", german), Is.EqualTo("905,22 | 1 token | < 0,01 tokens | 1.234.567,50 tokens | 1,99 | 2 tokens"));
        });
    }

    [Test]
    public async Task TheDidDocumentIsSummarisedWithTheJsonBehindAToggle()
    {
        var wallet = TestWallet.Fresh();
        var (context, page, errors) = await ConnectPortalAsync(wallet);
        await using var closing = context;
        var summary = page.GetByTestId("did-summary");
        await Expect(summary).ToContainTextAsync($"Controlled by{wallet.Address} (your wallet)");
        await Expect(summary).ToContainTextAsync("controller: EcdsaSecp256k1RecoveryMethod2020");
        await Expect(summary).ToContainTextAsync("(signs you in, signs statements)");
        await Expect(summary).ToContainTextAsync("Servicesnone");
        // The raw JSON is there, folded away until asked for.
        await Expect(page.Locator("#did-document")).ToBeHiddenAsync();
        await Expect(page.Locator("#did-document")).ToContainTextAsync("\"verificationMethod\"");
        await page.GetByText("The DID document as JSON").ClickAsync();
        await Expect(page.Locator("#did-document")).ToBeVisibleAsync();
        await WebHost.ScreenshotAsync(page, "portal-did-summary");
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    /// <summary>A browser profile with these wallets installed, on the portal, after a click on "Connect wallet".</summary>
    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> ConnectPortalAsync(params TestWallet[] wallets)
    {
        var context = await _host.NewContextAsync();
        foreach (var wallet in wallets)
        {
            await wallet.InstallAsync(context);
        }
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        return (context, page, errors);
    }
}
