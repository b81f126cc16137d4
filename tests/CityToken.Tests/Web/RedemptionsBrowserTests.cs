using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.Playwright;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using static CityToken.Tests.Redemptions.RedemptionTestKit;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    /// <summary>
    /// A resident (a fresh key nobody else uses) redeems through the API; the admin sees the redemption and its voucher;
    /// a merchant signs in with its merchant key and accepts the code once; the admin then sees the voucher used.
    /// </summary>
    [Test]
    public async Task AdminSeesARedemptionAndAMerchantAcceptsItsVoucherOnceFromTheDashboard()
    {
        using var api = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };
        var merchant = EthECKey.GenerateKey().GetPublicAddress();
        var rewardName = Unique("Pool entry");
        var rewardId = await AddRewardAsync(api, rewardName, "1.5", 5, merchant);
        var resident = EthECKey.GenerateKey();
        var address = resident.GetPublicAddress();
        await MintAsync(address, 10 * OneToken);

        // The permit and the choice, signed as a wallet signs eth_signTypedData_v4, relayed by the service.
        var typed = await api.GetStringAsync($"/api/redemptions/permit-typed-data?resident={address}&rewardId={rewardId}&quantity=1");
        var deadline = JsonDocument.Parse(typed).RootElement.GetProperty("message").GetProperty("deadline").GetInt64();
        var signature = new Eip712TypedDataSigner().SignTypedDataV4(typed, resident);
        var choice = await api.GetStringAsync($"/api/redemptions/redemption-typed-data?resident={address}&rewardId={rewardId}&quantity=1&deadline={deadline}");
        var redemptionSignature = new Eip712TypedDataSigner().SignTypedDataV4(choice, resident);
        using var submitted = await api.PostAsJsonAsync("/api/redemptions", new { rewardId, quantity = 1, resident = address, deadline, signature, redemptionSignature });
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await submitted.Content.ReadAsStringAsync());
        var statusUrl = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusUrl").GetString()!;

        // Only the resident's own wallet session (Sign-In with Ethereum) sees the voucher code.
        using var wallet = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(_host.BaseUrl) };
        var residentCookie = await SignInWithEthereumAsync(wallet, resident);
        var code = (await EventuallyAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, statusUrl);
            request.Headers.Add("Cookie", residentCookie);
            using var response = await wallet.SendAsync(request);
            var view = await response.Content.ReadFromJsonAsync<JsonElement>();
            return view.GetProperty("voucher") is { ValueKind: JsonValueKind.Object } voucher ? voucher : (JsonElement?)null;
        }, seconds: 90)).GetProperty("code").GetString()!;

        await using var adminContext = await _host.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        var errors = CollectErrors(admin);
        await WebHost.SignInAsync(admin, ServiceFactory.AdminKey);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Redemptions", Exact = true }).ClickAsync();
        await admin.GetByLabel("Resident").FillAsync(address);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var row = admin.Locator($"tr[data-resident='{address}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(rewardName);
        await Expect(row).ToContainTextAsync("confirmed");
        await Expect(row.GetByTestId("total")).ToHaveTextAsync("1.50 tokens");
        await Expect(row.GetByTestId("voucher-status")).ToHaveTextAsync("issued");
        await Expect(admin.Locator("main")).Not.ToContainTextAsync(code);
        await WebHost.ScreenshotAsync(admin, "admin-redemptions");

        // The admin gives the merchant a key (shown once) on the vouchers page.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Vouchers", Exact = true }).ClickAsync();
        var keyName = Unique("pool till");
        await admin.GetByLabel("Key name").FillAsync(keyName);
        await admin.GetByLabel("Merchant address").FillAsync(merchant);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create merchant key" }).ClickAsync();
        var merchantKey = (await admin.GetByTestId("merchant-key").TextContentAsync())!.Trim();
        await Expect(admin.Locator("tr[data-key]", new() { HasText = keyName })).ToContainTextAsync(merchant);
        await WebHost.ScreenshotAsync(admin, "admin-vouchers");

        // The merchant signs in with that key and lands on its only page; the code is accepted once.
        await using var merchantContext = await _host.NewContextAsync();
        var till = await merchantContext.NewPageAsync();
        var tillErrors = CollectErrors(till);
        await till.GotoAsync("/admin/login");
        await till.GetByLabel("API key").FillAsync(merchantKey);
        await till.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await till.WaitForURLAsync("**/admin/merchant");
        var nav = till.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Accept a voucher" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Overview" })).ToHaveCountAsync(0);
        Assert.That((await till.GotoAsync("/admin"))!.Status, Is.EqualTo(403), "a merchant has no overview");
        await till.GotoAsync("/admin/merchant");

        await till.GetByLabel("Voucher code").FillAsync(code.ToLowerInvariant());
        await till.GetByRole(AriaRole.Button, new() { Name = "Accept voucher" }).ClickAsync();
        await Expect(till.GetByTestId("accepted")).ToContainTextAsync($"1 × {rewardName}");
        await WebHost.ScreenshotAsync(till, "merchant-accepted");
        await till.GetByLabel("Voucher code").FillAsync(code);
        await till.GetByRole(AriaRole.Button, new() { Name = "Accept voucher" }).ClickAsync();
        await Expect(till.GetByTestId("refused")).ToContainTextAsync("Voucher already used.");
        await Expect(till.GetByTestId("accepted")).ToHaveCountAsync(0);
        await WebHost.ScreenshotAsync(till, "merchant-already-used");

        // The admin's list now shows the voucher used, by that key.
        await admin.GotoAsync($"/admin/redemptions?Resident={address}&Status=used");
        await Expect(row.GetByTestId("voucher-status")).ToHaveTextAsync("used");
        await Expect(row.GetByTestId("voucher-used")).ToContainTextAsync(keyName);

        // The API behind it: the staff list never carries the code.
        using var list = new HttpRequestMessage(HttpMethod.Get, $"/api/redemptions?resident={address}");
        list.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
        using var listed = await api.SendAsync(list);
        var item = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("used"));
            Assert.That(item.GetProperty("rewardName").GetString(), Is.EqualTo(rewardName));
            Assert.That(item.GetProperty("voucher").GetProperty("code").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
        Assert.That(errors.Concat(tillErrors), Is.Empty, string.Join("\n", errors.Concat(tillErrors)));
    }

    /// <summary>Signs <paramref name="key"/> in with Ethereum on this host; returns the session cookie as a Cookie header value.</summary>
    private async Task<string> SignInWithEthereumAsync(HttpClient api, EthECKey key)
    {
        var nonce = (await api.GetFromJsonAsync<JsonElement>("/api/auth/siwe/nonce")).GetProperty("nonce").GetString()!;
        var now = DateTimeOffset.UtcNow;
        var uri = new Uri(_host.BaseUrl);
        var message = AuthHost.Message(key.GetPublicAddress(), nonce, now, now.AddMinutes(30), domain: uri.Authority, uri: _host.BaseUrl);
        using var response = await api.PostAsJsonAsync("/api/auth/siwe/verify", new { message, signature = AuthHost.Sign(message, key) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return AuthHost.SessionCookie(response) ?? throw new AssertionException("no session cookie");
    }
}
