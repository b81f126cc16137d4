using System.Net;
using System.Text.RegularExpressions;
using CityToken.Api.Ballots;
using CityToken.Api.Redemptions;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nethereum.Signer;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

/// <summary>
/// The resident portal's ballots, catalog and vouchers, end to end: set-up through the real API, the resident's wallet
/// (a fresh key per test, so no other test's account is touched) signing typed data for real, the service relaying.
/// </summary>
public sealed partial class BrowserTests
{
    /// <summary>Relaying and indexing take a few blocks; the page follows them by polling.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 90_000 };

    [Test]
    public async Task TheResidentVotesAndSeesTheTallyMove()
    {
        var wallet = TestWallet.Fresh();
        using var api = new PortalApi(_host);
        await api.IssueResidencyAsync(wallet.Address);
        var title = Unique("Sunday market");
        // Ten minutes of chain time: long enough to vote in, short enough to close at the end of the test.
        const long window = 600;
        var ballotId = await api.OpenBallotAsync(title, window, "Yes", "No", "Abstain");

        await using var context = await _host.NewContextAsync();
        await wallet.InstallAsync(context);
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        var votePosts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith($"/api/ballots/{ballotId}/votes", StringComparison.Ordinal)) votePosts++;
        };
        await ConnectAndSignInAsync(page, wallet);

        // The credential the registrar issued, and the ballot with its vote form.
        var credential = page.Locator("#credentials tr").First;
        await Expect(credential).ToContainTextAsync("resident credential");
        await Expect(credential).ToContainTextAsync("valid");
        var card = page.Locator($"article[data-ballot='{ballotId}']");
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        var noVotes = card.GetByTestId($"tally-{ballotId}-1");
        await Expect(noVotes).ToHaveTextAsync("0");
        await WebHost.ScreenshotAsync(page, "portal-ballot-open");
        await CheckAxeAsync(page, "portal with an open ballot");

        // Saying no in the wallet: explained, nothing sent.
        await TestWallet.RejectRequestsAsync(page);
        await card.GetByLabel("No").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Sign and cast my vote" }).ClickAsync();
        var status = card.GetByRole(AriaRole.Status);
        await Expect(status).ToHaveTextAsync("You rejected the signature request, so no vote was sent.");
        Assert.That(votePosts, Is.Zero);
        Assert.That(await CountAsync<VoteRequest>(v => v.BallotId == ballotId), Is.Zero);
        await WebHost.ScreenshotAsync(page, "portal-vote-rejected");

        // Signed for real, relayed, counted: the tally for "No" moves from 0 to 1.
        await page.EvaluateAsync("() => { window.__citytokenTestWallet.reject = false; }");
        await card.GetByRole(AriaRole.Button, new() { Name = "Sign and cast my vote" }).ClickAsync();
        await Expect(status).ToHaveTextAsync("Your vote for No was counted.", Slow);
        await Expect(noVotes).ToHaveTextAsync("1");
        await Expect(card.GetByTestId($"tally-{ballotId}-0")).ToHaveTextAsync("0");
        await Expect(card.Locator(".voted")).ToHaveTextAsync("You voted for No.");
        await Expect(card.Locator("form.vote")).ToHaveCountAsync(0);
        Assert.That(votePosts, Is.EqualTo(1));
        await WebHost.ScreenshotAsync(page, "portal-vote-counted");

        var (_, results) = await api.SendAsync(HttpMethod.Get, $"/api/ballots/{ballotId}/results");
        Assert.That(results.GetProperty("tallies").EnumerateArray().Select(t => t.GetInt64()), Is.EqualTo(new long[] { 0, 1, 0 }));

        // Coming back later: the portal knows this resident voted and offers no second vote.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(card.Locator(".voted")).ToHaveTextAsync("You voted for No.");
        await Expect(card.Locator("form.vote")).ToHaveCountAsync(0);

        // A resident without a credential sees the ballot and why they cannot vote in it, with no form to sign.
        await using var stranger = await _host.NewContextAsync();
        await TestWallet.Fresh().InstallAsync(stranger);
        var other = await stranger.NewPageAsync();
        await other.GotoAsync("/");
        await other.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(other.Locator("#credentials-empty")).ToBeVisibleAsync();
        var theirs = other.Locator($"article[data-ballot='{ballotId}']");
        await Expect(theirs.Locator(".not-eligible")).ToContainTextAsync("You cannot vote in this ballot");
        await Expect(theirs.Locator("form.vote")).ToHaveCountAsync(0);
        await Expect(theirs.GetByTestId($"tally-{ballotId}-1")).ToHaveTextAsync("1");
        await WebHost.ScreenshotAsync(other, "portal-ballot-not-eligible");

        // The window closes: the ballot moves to the published results with its final tally.
        await Indexing.IndexerTestKit.IncreaseTimeAsync(SharedChain.Node, window);
        await api.PollAsync($"/api/ballots/{ballotId}", null, b => b.GetProperty("status").GetString() == "ended");
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        var result = page.Locator($"#ballot-results article[data-ballot='{ballotId}']");
        await Expect(result).ToContainTextAsync("Final result: 1 vote(s), quorum of 1 reached.");
        await Expect(result.GetByTestId($"tally-{ballotId}-1")).ToHaveTextAsync("1");
        await Expect(result.Locator(".voted")).ToHaveTextAsync("You voted for No.");
        await Expect(page.Locator($"#ballots article[data-ballot='{ballotId}']")).ToHaveCountAsync(0);
        await WebHost.ScreenshotAsync(page, "portal-ballot-results");
        await CheckAxeAsync(page, "portal with published ballot results");
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    [Test]
    public async Task TheResidentRedeemsAndReceivesAVoucher()
    {
        var wallet = TestWallet.Fresh();
        var merchant = EthECKey.GenerateKey().GetPublicAddress();
        using var api = new PortalApi(_host);
        await api.GrantAsync(wallet.Address, 3);
        var name = Unique("Swim pass");
        var rewardId = await api.AddRewardAsync(name, "2", 5, merchant);
        var merchantKey = await api.MerchantKeyAsync(merchant);

        await using var context = await _host.NewContextAsync(phone: true);
        await wallet.InstallAsync(context);
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await ConnectAndSignInAsync(page, wallet);
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("3");
        await Expect(page.Locator("#redemptions-empty")).ToBeVisibleAsync();
        var row = page.Locator($"tr[data-reward='{rewardId}']");
        await Expect(row).ToContainTextAsync(name);
        await Expect(row).ToContainTextAsync("2 tokens");
        await Expect(row).ToContainTextAsync("5 left");
        await WebHost.ScreenshotAsync(page, "portal-catalog");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Redeem {name} for 2 tokens" }).ClickAsync();
        var code = page.GetByTestId("voucher-code");
        await Expect(code).ToHaveTextAsync(new Regex("^[0-9A-Z-]{8,}$"), new() { Timeout = 90_000 });
        var voucher = (await code.TextContentAsync())!;
        await Expect(page.Locator("#catalog-status")).ToHaveTextAsync($"You redeemed {name}. Your voucher code is {voucher}.");
        // The voucher as a QR code, drawn (an SVG that loaded), next to the code.
        await Expect(page.GetByTestId("voucher-qr")).ToBeVisibleAsync();
        Assert.That(await page.GetByTestId("voucher-qr").EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0));
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("1");
        await Expect(row).ToContainTextAsync("4 left");
        await Expect(page.Locator("#history tr[data-kind='redemption']")).ToContainTextAsync("−2");
        var past = page.Locator("#redemptions tr").First;
        await Expect(past).ToContainTextAsync(name);
        await Expect(past).ToContainTextAsync(voucher);
        await Expect(past.GetByTestId("voucher-status")).ToHaveTextAsync("unused");
        // Shown again from the list, as a QR code, for the counter.
        await past.GetByRole(AriaRole.Button, new() { Name = $"Show the voucher for {name} as a QR code" }).ClickAsync();
        await Expect(page.GetByTestId("voucher-code")).ToHaveTextAsync(voucher);
        await Expect(page.GetByTestId("voucher-qr")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.That(overflow, Is.False, "the portal scrolls sideways on a 390 px wide screen");
        await WebHost.ScreenshotAsync(page, "portal-voucher-phone");
        await CheckAxeAsync(page, "portal with a voucher");

        // A second one is more than the resident holds now: said so before anything is signed.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Redeem {name} for 2 tokens" }).ClickAsync();
        await Expect(page.Locator("#catalog-status")).ToContainTextAsync("Your balance is too low");

        // The merchant accepts the voucher once; the resident's list then shows it used.
        var (accepted, body) = await api.SendAsync(HttpMethod.Post, $"/api/vouchers/{voucher}/redeem", merchantKey);
        Assert.That(accepted, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("rewardId").GetInt64(), Is.EqualTo(rewardId));
        var (again, _) = await api.SendAsync(HttpMethod.Post, $"/api/vouchers/{voucher}/redeem", merchantKey);
        Assert.That(again, Is.EqualTo(HttpStatusCode.Conflict));
        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        await Expect(page.Locator("#redemptions tr").First.GetByTestId("voucher-status")).ToContainTextAsync("used ");
        await WebHost.ScreenshotAsync(page, "portal-voucher-used");
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    [Test]
    public async Task ARejectedPermitOrARefusedRedemptionIsExplainedAndNothingIsRedeemed()
    {
        var wallet = TestWallet.Fresh();
        using var api = new PortalApi(_host);
        await api.GrantAsync(wallet.Address, 2);
        var name = Unique("Bike repair");
        var rewardId = await api.AddRewardAsync(name, "1.5", 3, EthECKey.GenerateKey().GetPublicAddress());

        await using var context = await _host.NewContextAsync();
        await wallet.InstallAsync(context);
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        var redemptionPosts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/redemptions", StringComparison.Ordinal)) redemptionPosts++;
        };
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(wallet.Address);
        var redeem = page.Locator($"tr[data-reward='{rewardId}']").GetByRole(AriaRole.Button, new() { Name = $"Redeem {name} for 1.50 tokens" });

        // Not signed in yet: the voucher code would be shown to nobody, so the portal asks for the sign-in first.
        await redeem.ClickAsync();
        await Expect(page.Locator("#catalog-status")).ToContainTextAsync("Sign in with Ethereum first");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Ethereum" }).ClickAsync();
        await Expect(page.Locator("#signed-in")).ToHaveTextAsync($"Signed in as {wallet.Address}.");

        await TestWallet.RejectRequestsAsync(page);
        await redeem.ClickAsync();
        await Expect(page.Locator("#catalog-status")).ToHaveTextAsync("You rejected the signature request, so nothing was redeemed and no tokens moved.");
        await Expect(page.GetByTestId("voucher-code")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("balance")).ToHaveTextAsync("2");
        Assert.That(redemptionPosts, Is.Zero);
        Assert.That(await CountAsync<RedemptionRequest>(r => r.Resident == wallet.Address), Is.Zero);
        await WebHost.ScreenshotAsync(page, "portal-permit-rejected");

        // The city takes the reward out of the catalog while the page still lists it: the server's refusal, in its words.
        var (patched, patch) = await api.SendAsync(HttpMethod.Patch, $"/api/catalog/{rewardId}", ServiceFactory.AdminKey, new { active = false });
        Assert.That(patched, Is.EqualTo(HttpStatusCode.Accepted), patch.ToString());
        var done = await api.PollAsync(patch.GetProperty("statusUrl").GetString()!, ServiceFactory.AdminKey, r => r.GetProperty("status").GetString() != "pending");
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"), done.ToString());
        await page.EvaluateAsync("() => { window.__citytokenTestWallet.reject = false; }");
        await redeem.ClickAsync();
        await Expect(page.Locator("#catalog-status")).ToHaveTextAsync($"The redemption could not be prepared: Reward inactive. Reward {rewardId} is not active; it cannot be redeemed now.");
        Assert.That(redemptionPosts, Is.Zero);
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    private static async Task ConnectAndSignInAsync(IPage page, TestWallet wallet)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect wallet" }).ClickAsync();
        await Expect(page.GetByTestId("address")).ToHaveTextAsync(wallet.Address);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Ethereum" }).ClickAsync();
        await Expect(page.Locator("#signed-in")).ToHaveTextAsync($"Signed in as {wallet.Address}.");
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class
    {
        await using var scope = _host.Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<T>().CountAsync(where);
    }

    private static async Task CheckAxeAsync(IPage page, string name)
    {
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.That(axe.Passes.Select(p => p.Id), Does.Contain("color-contrast"), name);
        Assert.That(axe.Violations.Select(v => $"{name}: {v.Id}: {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"), Is.Empty);
    }
}
