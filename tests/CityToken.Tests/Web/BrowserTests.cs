using Microsoft.Playwright;

namespace CityToken.Tests.Web;

/// <summary>
/// The dashboard and the portal in a real headless Chromium against the real service on the shared chain. One
/// service and one browser for the fixture; each test opens its own browser profile.
/// </summary>
[NonParallelizable]
public sealed partial class BrowserTests
{
    private WebHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await WebHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Page errors and console errors (a CSP violation, a script failure) fail the test that caused them.</summary>
    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            // 4xx answers the page expects (the SIWE endpoints are not on every server) are not script errors.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add($"console at {page.Url}: {message.Text}");
            }
        };
        return errors;
    }
}
