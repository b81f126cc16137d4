using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AVoucherCodeIsDrawnAsAQrCodeAndNonsenseIsRefused()
    {
        await using var context = await _host.NewContextAsync();
        var good = await context.APIRequest.PostAsync("/api/vouchers/qr", new() { DataObject = new { code = "7kq2-m9xd-7kq2-m9xd-7kq2-m9xd-7kq2-m9xd" } });
        Assert.Multiple(async () =>
        {
            Assert.That(good.Status, Is.EqualTo(200));
            Assert.That(good.Headers["content-type"], Does.StartWith("image/svg+xml"));
            Assert.That(await good.TextAsync(), Does.Contain("<svg"));
        });
        foreach (var (body, what) in new[] { ("{\"code\":\"not-a-code\"}", "a wrong code"), ("{\"code\":null}", "no code"), ("{nope", "broken JSON"), ("[]", "an array") })
        {
            var bad = await context.APIRequest.PostAsync("/api/vouchers/qr", new() { Data = body, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } });
            Assert.That(bad.Status, Is.EqualTo(400), what);
            Assert.That(bad.Headers["content-type"], Does.StartWith("application/problem+json"), what);
        }
    }

    [Test]
    public async Task TheMerchantPageScansAVoucherWhereTheBrowserCan()
    {
        var merchantKey = await _host.NewMerchantKeyAsync(Unique("scan-till"));
        // Headless Chromium on Linux has no BarcodeDetector and no camera: the camera is a canvas stream and the
        // detector a stand-in that "reads" a code once frames arrive, the way a phone's would.
        const string Code = "7KQ2-M9XD-7KQ2-M9XD-7KQ2-M9XD-7KQ2-M9XD";
        await using var context = await _host.NewContextAsync();
        await context.AddInitScriptAsync($$"""
            (() => {
              window.BarcodeDetector = class { constructor(o) { this.formats = o.formats; } async detect(video) { return video.srcObject ? [{ rawValue: "{{Code}}", format: this.formats[0] }] : []; } };
              const canvas = document.createElement("canvas");
              canvas.width = 64; canvas.height = 64;
              canvas.getContext("2d").fillRect(0, 0, 64, 64);
              Object.defineProperty(navigator, "mediaDevices", { value: { getUserMedia: async () => canvas.captureStream(5) } });
            })();
            """);
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("API key").FillAsync(merchantKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/merchant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan with the camera" }).ClickAsync();
        // The scanned code was submitted through the form: the service answers for exactly that code.
        await Expect(page.GetByTestId("refused")).ToContainTextAsync("No voucher has this code.");
        await Expect(page.GetByLabel("Voucher code")).ToHaveValueAsync(Code);
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    [Test]
    public async Task WithoutBarcodeDetectorTheMerchantTypesTheCode()
    {
        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("API key").FillAsync(await _host.NewMerchantKeyAsync(Unique("type-till")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/merchant");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Scan with the camera" })).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Voucher code")).ToBeVisibleAsync();
    }
}
