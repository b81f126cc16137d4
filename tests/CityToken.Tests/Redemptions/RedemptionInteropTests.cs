using System.Net;
using System.Numerics;
using System.Text.Json;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;
using static CityToken.Tests.Redemptions.RedemptionTestKit;

namespace CityToken.Tests.Redemptions;

/// <summary>
/// Permits signed by ethers v6 (npm, a client nobody here wrote) with Hardhat accounts, relayed by the service on a
/// real hardhat node; vouchers issued after the Redeemed event is indexed and accepted once by the right merchant.
/// </summary>
public sealed class RedemptionInteropTests
{
    private static readonly string[] ExpectedFields = ["resident", "rewardId", "quantity"];
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;
    private string _merchant = null!;
    private long _bakery; // 2.5 tokens, stock 5, paid to _merchant
    private string _merchantKey = null!;
    private string _otherMerchantKey = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _service = StartService();
        _client = _service.CreateClient();
        _merchant = EthECKey.GenerateKey().GetPublicAddress();
        _bakery = await AddRewardAsync(_client, "Bakery voucher", "2.5", 5, _merchant);
        _merchantKey = await CreateMerchantKeyAsync("bakery till", _merchant);
        _otherMerchantKey = await CreateMerchantKeyAsync("other shop", EthECKey.GenerateKey().GetPublicAddress());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test, Category("EveryChain")]
    public async Task EthersSignedPermitIsRelayedConfirmedAndVoucherAcceptedOnce()
    {
        var resident = await EthersPermitSigner.AddressAsync(15);
        await MintAsync(resident, 20 * OneToken);

        var typed = await TypedDataAsync(resident, _bakery, 2);
        Assert.Multiple(() =>
        {
            Assert.That(typed.GetProperty("primaryType").GetString(), Is.EqualTo("Permit"));
            Assert.That(typed.GetProperty("domain").GetProperty("name").GetString(), Is.EqualTo("CityToken"));
            Assert.That(typed.GetProperty("domain").GetProperty("version").GetString(), Is.EqualTo("1"));
            Assert.That(typed.GetProperty("domain").GetProperty("chainId").GetInt64(), Is.EqualTo(31337));
            Assert.That(typed.GetProperty("domain").GetProperty("verifyingContract").GetString(), Is.EqualTo(SharedChain.Manifest.AddressOf("CivicToken")).IgnoreCase);
            Assert.That(typed.GetProperty("message").GetProperty("owner").GetString(), Is.EqualTo(resident));
            Assert.That(typed.GetProperty("message").GetProperty("spender").GetString(), Is.EqualTo(SharedChain.Manifest.AddressOf("RewardCatalog")).IgnoreCase);
            Assert.That(typed.GetProperty("message").GetProperty("value").GetString(), Is.EqualTo("5000000000000000000"), "2 x 2.5 tokens");
            Assert.That(typed.GetProperty("message").GetProperty("nonce").GetString(), Is.EqualTo("0"));
        });
        var signature = await EthersPermitSigner.SignAsync(15, typed.GetRawText());
        var deadline = typed.GetProperty("message").GetProperty("deadline").GetInt64();
        var choice = await ChoiceTypedDataAsync(resident, _bakery, 2, deadline);
        Assert.Multiple(() =>
        {
            Assert.That(choice.GetProperty("primaryType").GetString(), Is.EqualTo("Redemption"));
            Assert.That(choice.GetProperty("domain").GetProperty("name").GetString(), Is.EqualTo("CityToken RewardCatalog"));
            Assert.That(choice.GetProperty("domain").GetProperty("verifyingContract").GetString(), Is.EqualTo(SharedChain.Manifest.AddressOf("RewardCatalog")).IgnoreCase);
            Assert.That(choice.GetProperty("message").GetProperty("rewardId").GetString(), Is.EqualTo(_bakery.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(choice.GetProperty("message").GetProperty("quantity").GetString(), Is.EqualTo("2"));
            Assert.That(choice.GetProperty("message").GetProperty("price").GetString(), Is.EqualTo("2500000000000000000"));
            Assert.That(choice.GetProperty("message").GetProperty("deadline").GetInt64(), Is.EqualTo(deadline));
        });
        var redemptionSignature = await EthersPermitSigner.SignAsync(15, choice.GetRawText());

        var merchantBefore = await BalanceAsync(_merchant);
        var stockBefore = int.Parse((await BakeryAsync()).GetProperty("stock").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var (status, accepted) = await SubmitAsync(_bakery, 2, resident, deadline, signature, redemptionSignature);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToString());
        var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
        Assert.That(statusUrl, Does.Match("^/api/redemptions/[0-9a-f-]{36}$"));

        var view = await EventuallyAsync(async () =>
        {
            var (_, body) = await SendAsync(_client, Request(HttpMethod.Get, statusUrl, resident: resident));
            return body.GetProperty("voucher").ValueKind == JsonValueKind.Object ? body : (JsonElement?)null;
        });
        var code = view.GetProperty("voucher").GetProperty("code").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(view.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(view.GetProperty("txHash").GetString(), Does.Match("^0x[0-9a-f]{64}$"));
            Assert.That(view.GetProperty("redemptionId").GetInt64(), Is.GreaterThan(0));
            Assert.That(code, Does.Match("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"), "160 bits in Crockford base32, grouped");
            Assert.That(view.GetProperty("voucher").GetProperty("status").GetString(), Is.EqualTo("issued"));
            Assert.That(view.GetProperty("voucher").GetProperty("merchant").GetString(), Is.EqualTo(_merchant));
        });
        Assert.That(await BalanceAsync(resident), Is.EqualTo(15 * OneToken), "paid 5 tokens");
        Assert.That(await BalanceAsync(_merchant), Is.EqualTo(merchantBefore + 5 * OneToken), "merchant paid");

        // Anyone else with the status URL sees the state, never the code.
        var (_, anonymous) = await SendAsync(_client, Request(HttpMethod.Get, statusUrl));
        var (_, stranger) = await SendAsync(_client, Request(HttpMethod.Get, statusUrl, resident: EthECKey.GenerateKey().GetPublicAddress()));
        Assert.Multiple(() =>
        {
            Assert.That(anonymous.GetProperty("voucher").GetProperty("code").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(stranger.GetProperty("voucher").GetProperty("code").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });

        // The catalog's stock follows the redemption (index).
        var expectedStock = (stockBefore - 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stock = await EventuallyAsync(async () =>
        {
            var item = await BakeryAsync();
            return item.GetProperty("stock").GetString() == expectedStock ? item : (JsonElement?)null;
        });
        Assert.That(stock.GetProperty("name").GetString(), Is.EqualTo("Bakery voucher"));

        // The resident's list shows it, with the code for the resident only.
        var (listStatus, list) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/residents/{resident}/redemptions", resident: resident));
        Assert.That(listStatus, Is.EqualTo(HttpStatusCode.OK), list.ToString());
        var listed = list.GetProperty("items").EnumerateArray().Single();
        Assert.That(listed.GetProperty("voucher").GetProperty("code").GetString(), Is.EqualTo(code));
        Assert.That(listed.GetProperty("total").GetString(), Is.EqualTo("5000000000000000000"));

        // Another merchant cannot take it; the right one can, once; lower case and no dashes are the same code.
        var (otherStatus, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: _otherMerchantKey));
        Assert.That(otherStatus, Is.EqualTo(HttpStatusCode.Forbidden));
        var (redeemStatus, redeemed) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code.Replace("-", "").ToLowerInvariant()}/redeem", apiKey: _merchantKey));
        Assert.That(redeemStatus, Is.EqualTo(HttpStatusCode.OK), redeemed.ToString());
        Assert.That(redeemed.GetProperty("quantity").GetString(), Is.EqualTo("2"));
        Assert.That(redeemed.GetProperty("rewardName").GetString(), Is.EqualTo("Bakery voucher"));
        using (var again = Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: _merchantKey))
        using (var response = await _client.SendAsync(again))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Voucher already used."));
        }
        var (_, used) = await SendAsync(_client, Request(HttpMethod.Get, statusUrl, resident: resident));
        Assert.That(used.GetProperty("voucher").GetProperty("status").GetString(), Is.EqualTo("used"));

        // Negative: the same (now spent) permit again is refused before anything is relayed.
        var before = await CountsAsync(_service);
        using (var reuse = Request(HttpMethod.Post, "/api/redemptions", new { rewardId = _bakery, quantity = 2, resident, deadline, signature, redemptionSignature }))
        using (var response = await _client.SendAsync(reuse))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Permit nonce already used."));
        }
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
    }

    [Test]
    public async Task ConcurrentVoucherRedemptionsAcceptExactlyOne()
    {
        var resident = await EthersPermitSigner.AddressAsync(12);
        await MintAsync(resident, 10 * OneToken);
        var typed = await TypedDataAsync(resident, _bakery, 1);
        var signature = await EthersPermitSigner.SignAsync(12, typed.GetRawText());
        var deadline = typed.GetProperty("message").GetProperty("deadline").GetInt64();
        var redemptionSignature = await SignChoiceAsync(12, resident, _bakery, 1, deadline);
        var (status, accepted) = await SubmitAsync(_bakery, 1, resident, deadline, signature, redemptionSignature);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToString());
        var view = await EventuallyAsync(async () =>
        {
            var (_, body) = await SendAsync(_client, Request(HttpMethod.Get, accepted.GetProperty("statusUrl").GetString()!, resident: resident));
            return body.GetProperty("voucher").ValueKind == JsonValueKind.Object ? body : (JsonElement?)null;
        });
        var code = view.GetProperty("voucher").GetProperty("code").GetString()!;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: _merchantKey))));
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Count(a => a.Status == HttpStatusCode.OK), Is.EqualTo(1));
            Assert.That(attempts.Count(a => a.Status == HttpStatusCode.Conflict), Is.EqualTo(7));
        });
    }

    [Test]
    public async Task BurnedCityServiceVoucherIsForTheCityDesk()
    {
        var museum = await AddRewardAsync(_client, "Museum entry (interop)", "1.5", "unlimited", null);
        var deskKey = await CreateMerchantKeyAsync("city desk", null);
        var resident = await EthersPermitSigner.AddressAsync(11);
        await MintAsync(resident, 10 * OneToken);
        var typed = await TypedDataAsync(resident, museum, 2);
        var signature = await EthersPermitSigner.SignAsync(11, typed.GetRawText());
        var deadline = typed.GetProperty("message").GetProperty("deadline").GetInt64();
        var redemptionSignature = await SignChoiceAsync(11, resident, museum, 2, deadline);
        var (status, accepted) = await SubmitAsync(museum, 2, resident, deadline, signature, redemptionSignature);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToString());
        var view = await EventuallyAsync(async () =>
        {
            var (_, body) = await SendAsync(_client, Request(HttpMethod.Get, accepted.GetProperty("statusUrl").GetString()!, resident: resident));
            return body.GetProperty("voucher").ValueKind == JsonValueKind.Object ? body : (JsonElement?)null;
        });
        var code = view.GetProperty("voucher").GetProperty("code").GetString()!;
        Assert.That(view.GetProperty("voucher").GetProperty("merchant").ValueKind, Is.EqualTo(JsonValueKind.Null), "burned: the city's desk");
        Assert.That(await BalanceAsync(resident), Is.EqualTo(7 * OneToken), "3 tokens burned");

        var (shop, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: _merchantKey));
        var (desk, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: deskKey));
        Assert.Multiple(() =>
        {
            Assert.That(shop, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(desk, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [TestCase("--chain-id", "1", TestName = "PermitForAnotherChainIdIsRefusedAndNothingRelayed")]
    [TestCase("--verifying-contract", "0x000000000000000000000000000000000000dEaD", TestName = "PermitForAnotherContractIsRefusedAndNothingRelayed")]
    public async Task PermitForAnotherDomainIsRefused(string option, string value)
    {
        var index = option == "--chain-id" ? 16 : 17;
        var resident = await EthersPermitSigner.AddressAsync(index);
        await MintAsync(resident, 10 * OneToken);
        var typed = await TypedDataAsync(resident, _bakery, 1);
        var signature = await EthersPermitSigner.SignAsync(index, typed.GetRawText(), option, value);
        var deadline = typed.GetProperty("message").GetProperty("deadline").GetInt64();
        var redemptionSignature = await SignChoiceAsync(index, resident, _bakery, 1, deadline);
        var before = await CountsAsync(_service);

        using var request = Request(HttpMethod.Post, "/api/redemptions", new { rewardId = _bakery, quantity = 1, resident, deadline, signature, redemptionSignature });
        using var response = await _client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The permit signature does not match."));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("chainId 31337"));
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
        Assert.That(await BalanceAsync(resident), Is.EqualTo(10 * OneToken));
    }

    [Test]
    public async Task ExpiredDeadlineIsRefusedAndNothingRelayed()
    {
        var resident = await EthersPermitSigner.AddressAsync(18);
        await MintAsync(resident, 10 * OneToken);
        var typed = await TypedDataAsync(resident, _bakery, 1);
        var expired = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60;
        var signature = await EthersPermitSigner.SignAsync(18, typed.GetRawText(), "--deadline", expired.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var before = await CountsAsync(_service);

        using var request = Request(HttpMethod.Post, "/api/redemptions", new { rewardId = _bakery, quantity = 1, resident, deadline = expired, signature, redemptionSignature = signature });
        using var response = await _client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("deadline")[0].GetString(), Does.Contain("expired"));
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
    }

    [Test]
    public async Task InsufficientBalanceIsRefusedAndNothingRelayed()
    {
        var resident = await EthersPermitSigner.AddressAsync(19);
        await MintAsync(resident, 2 * OneToken); // one unit costs 2.5
        var typed = await TypedDataAsync(resident, _bakery, 1);
        var signature = await EthersPermitSigner.SignAsync(19, typed.GetRawText());
        var deadline = typed.GetProperty("message").GetProperty("deadline").GetInt64();
        var redemptionSignature = await SignChoiceAsync(19, resident, _bakery, 1, deadline);
        var before = await CountsAsync(_service);

        using var request = Request(HttpMethod.Post, "/api/redemptions", new { rewardId = _bakery, quantity = 1, resident, deadline, signature, redemptionSignature });
        using var response = await _client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Insufficient balance."));
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
    }

    [Test]
    public async Task PermitSignedByAnotherAccountIsRefused()
    {
        var resident = await EthersPermitSigner.AddressAsync(14);
        await MintAsync(resident, 10 * OneToken);
        var typed = await TypedDataAsync(resident, _bakery, 1);
        var signature = await EthersPermitSigner.SignAsync(13, typed.GetRawText()); // not the resident's key
        var deadline = typed.GetProperty("message").GetProperty("deadline").GetInt64();
        var redemptionSignature = await SignChoiceAsync(14, resident, _bakery, 1, deadline);
        var before = await CountsAsync(_service);
        var (status, body) = await SubmitAsync(_bakery, 1, resident, deadline, signature, redemptionSignature);
        Assert.That((int)status, Is.EqualTo(422), body.ToString());
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
    }

    [Test]
    public async Task TypedDataAndSubmissionValidateTheirInput()
    {
        var (status, body) = await SendAsync(_client, Request(HttpMethod.Get, "/api/redemptions/permit-typed-data?resident=0x12&rewardId=0&quantity=-1"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(ExpectedFields));

        var resident = EthECKey.GenerateKey().GetPublicAddress();
        var (unknown, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/redemptions/permit-typed-data?resident={resident}&rewardId=9999&quantity=1"));
        Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
        var (soldOut, sold) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/redemptions/permit-typed-data?resident={resident}&rewardId={_bakery}&quantity=99"));
        Assert.That(soldOut, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(sold.GetProperty("title").GetString(), Is.EqualTo("Sold out."));

        var (bad, badBody) = await SendAsync(_client, Request(HttpMethod.Post, "/api/redemptions", new { rewardId = _bakery, quantity = 1, resident, deadline = 1, signature = "0x1234" }));
        Assert.That(bad, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(badBody.GetProperty("errors").TryGetProperty("signature", out _), Is.True);

        var (notFound, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/redemptions/{Guid.NewGuid()}"));
        Assert.That(notFound, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ResidentRedemptionListIsForTheResidentAndStaffOnly()
    {
        var resident = EthECKey.GenerateKey().GetPublicAddress();
        var (anonymous, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/residents/{resident}/redemptions"));
        var (other, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/residents/{resident}/redemptions", resident: EthECKey.GenerateKey().GetPublicAddress()));
        var (own, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/residents/{resident}/redemptions", resident: resident));
        var (admin, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/residents/{resident}/redemptions", apiKey: ServiceFactory.AdminKey));
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(other, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(own, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(admin, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task VoucherEndpointNeedsAMerchantKeyAndAWellFormedCode()
    {
        var code = "0000-0000-0000-0000-0000-0000-0000-0000";
        var (anonymous, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem"));
        var (admin, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: ServiceFactory.AdminKey));
        var (unknown, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/vouchers/{code}/redeem", apiKey: _merchantKey));
        var (malformed, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/vouchers/UUUU-1234/redeem", apiKey: _merchantKey));
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(admin, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(malformed, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    private async Task<JsonElement> BakeryAsync()
    {
        var (_, catalog) = await SendAsync(_client, Request(HttpMethod.Get, "/api/catalog"));
        return catalog.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == _bakery);
    }

    private async Task<JsonElement> TypedDataAsync(string resident, long rewardId, int quantity)
    {
        var (status, typed) = await SendAsync(_client, Request(HttpMethod.Get,
            $"/api/redemptions/permit-typed-data?resident={resident}&rewardId={rewardId}&quantity={quantity}"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), typed.ToString());
        return typed;
    }

    private async Task<JsonElement> ChoiceTypedDataAsync(string resident, long rewardId, int quantity, long deadline)
    {
        var (status, typed) = await SendAsync(_client, Request(HttpMethod.Get,
            $"/api/redemptions/redemption-typed-data?resident={resident}&rewardId={rewardId}&quantity={quantity}&deadline={deadline}"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), typed.ToString());
        return typed;
    }

    /// <summary>The resident's (Hardhat account <paramref name="index"/>) signature of the choice, by ethers, as a wallet signs it.</summary>
    private async Task<string> SignChoiceAsync(int index, string resident, long rewardId, int quantity, long deadline) =>
        await EthersPermitSigner.SignAsync(index, (await ChoiceTypedDataAsync(resident, rewardId, quantity, deadline)).GetRawText());

    private Task<(HttpStatusCode, JsonElement)> SubmitAsync(long rewardId, int quantity, string resident, long deadline, string signature, string redemptionSignature) =>
        SendAsync(_client, Request(HttpMethod.Post, "/api/redemptions", new { rewardId, quantity, resident, deadline, signature, redemptionSignature }));

    private async Task<string> CreateMerchantKeyAsync(string name, string? merchant)
    {
        var (status, body) = await SendAsync(_client, Request(HttpMethod.Post, "/api/merchants/keys", new { name, merchant }, ServiceFactory.AdminKey));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        return body.GetProperty("apiKey").GetString()!;
    }
}
