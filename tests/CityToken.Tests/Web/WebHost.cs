using System.Net;
using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Indexing;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CityToken.Tests.Web;

/// <summary>
/// The real service listening on a loopback port (Kestrel, not the in-memory test server: a browser needs a socket),
/// on the shared chain, and a headless Debian Chromium driven by Playwright.
/// </summary>
internal sealed class WebHost : IAsyncDisposable
{
    /// <summary>Debian's Chromium (scripts/test.sh installs it with apt); CITYTOKEN_CHROMIUM overrides.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CITYTOKEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private WebHost(ServiceFactory service, string baseUrl, IPlaywright playwright, IBrowser browser)
    {
        Service = service;
        BaseUrl = baseUrl;
        Playwright = playwright;
        Browser = browser;
    }

    public ServiceFactory Service { get; }
    public string BaseUrl { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }

    public static async Task<WebHost> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium is missing at {ChromiumPath}: run ./scripts/test.sh (it installs it with apt-get) or apt-get install chromium.");
        }
        var chartJs = Path.Combine(RepoPaths.Root, "src", "CityToken.Api", "Web", "wwwroot", "lib", "chart.umd.min.js");
        if (!File.Exists(chartJs))
        {
            Assert.Fail($"{chartJs} is missing: run scripts/build-web.sh before building (scripts/test.sh does).");
        }
        var service = ServiceFactory.For(SharedChain.Node);
        var port = LoopbackPort.Free();
        service.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        // Sign-In with Ethereum messages name the site the browser is on.
        service.Settings["Auth:Siwe:Domain"] = $"127.0.0.1:{port}";
        service.Settings["Auth:Siwe:Uri"] = $"http://127.0.0.1:{port}";
        // Rewards reach the portal the way they reach residents: batched and minted by the service.
        service.Settings["Rewards:Minting:Enabled"] = "true";
        service.Settings["Rewards:Minting:MaxQueueDelaySeconds"] = "1";
        service.Settings["Rewards:Minting:PollIntervalMilliseconds"] = "200";
        // What the portal gives a wallet that lacks the chain (wallet_addEthereumChain).
        service.Settings["Chain:Name"] = "CityToken test chain";
        service.Settings["Chain:PublicRpcUrl"] = SharedChain.Node.RpcUrl;
        service.Settings["Chain:CurrencySymbol"] = "ETH";
        service.StartServer();
        // The shared chain already holds every earlier test's events: let the new service index them before the
        // browser starts, so the pages' writes do not queue behind the indexer's catch-up for the database.
        // (Not IndexerTestKit.WaitCaughtUpAsync: it touches the in-memory test server, which Kestrel mode has not.)
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await IndexerTestKit.IndexedBlockAsync(service) < await IndexerTestKit.HeadAsync(SharedChain.Node))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the service did not index the shared chain within 3 minutes");
            await Task.Delay(200);
        }
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--disable-dev-shm-usage", "--disable-gpu"],
        });
        return new WebHost(service, $"http://127.0.0.1:{port}", playwright, browser);
    }

    /// <summary>A fresh browser profile (own cookies) on a laptop-sized or phone-sized screen.</summary>
    public Task<IBrowserContext> NewContextAsync(bool phone = false) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });

    /// <summary>Stores a new staff key of <paramref name="role"/> (hashed, as the service does) and returns the key.</summary>
    public async Task<string> NewStaffKeyAsync(string role, string name)
    {
        var key = ApiKey.Generate();
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        db.ApiKeys.Add(new ApiKey { Name = name, Roles = [role], KeyHash = ApiKey.Hash(key), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Stores a new merchant key bound to <paramref name="merchant"/> (null: the city desk) and returns the key.</summary>
    public async Task<string> NewMerchantKeyAsync(string name, string? merchant = null)
    {
        var key = ApiKey.Generate();
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var row = new ApiKey { Name = name, Roles = [StaffRoles.Merchant], KeyHash = ApiKey.Hash(key), CreatedAt = DateTimeOffset.UtcNow };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync();
        db.Add(new Api.Redemptions.MerchantKey { ApiKeyId = row.Id, Merchant = (merchant ?? Nethereum.Util.AddressUtil.ZERO_ADDRESS).ToLowerInvariant() });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Signs in through the dashboard's form and lands on the overview.</summary>
    public static async Task SignInAsync(IPage page, string apiKey)
    {
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("API key").FillAsync(apiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    /// <summary>A full-page screenshot kept as a test artifact (TestResults/screenshots, attached to the test).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Service.DisposeAsync();
    }
}
