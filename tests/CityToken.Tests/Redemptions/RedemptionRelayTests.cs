using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Redemptions;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.RewardCatalog;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using static CityToken.Tests.Redemptions.RedemptionTestKit;

namespace CityToken.Tests.Redemptions;

/// <summary>
/// The redemption relay on a real hardhat node: the resident's signed choice binds the reward (on chain and in the
/// service), one relay per permit nonce is a database constraint, reverts are foreseen (dry run) and bounded per
/// resident, and malformed signatures are a 400.
/// </summary>
[NonParallelizable]
public sealed class RedemptionRelayTests
{
    private static readonly BigInteger CurveOrder = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;
    private long _bakery; // 2 tokens, paid to a merchant
    private long _busTicket; // 2 tokens too, burned: same price, another reward

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _service = StartService();
        _client = _service.CreateClient();
        _bakery = await AddRewardAsync(_client, "Relay bakery", "2", 50, EthECKey.GenerateKey().GetPublicAddress());
        _busTicket = await AddRewardAsync(_client, "Relay bus ticket", "2", "unlimited", null);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public async Task AnotherRewardOfTheSamePriceIsRefusedAndNothingRelayed()
    {
        var resident = await FundedResidentAsync();
        var signed = await SignAsync(resident, _bakery, 1);
        var before = await CountsAsync(_service);

        // A man in the middle (or a relayer) keeps both signatures but asks for the bus ticket: the permit's amount matches,
        // the resident's choice does not.
        var (status, body) = await SubmitAsync(signed with { RewardId = _busTicket });
        Assert.That((int)status, Is.EqualTo(422), body.ToString());
        Assert.That(body.GetProperty("title").GetString(), Is.EqualTo("The redemption signature does not match."));
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");

        // The resident's own choice still goes through, and it is the bakery that is redeemed.
        var (accepted, view) = await SubmitAsync(signed);
        Assert.That(accepted, Is.EqualTo(HttpStatusCode.Accepted), view.ToString());
        var done = await SettledAsync(view.GetProperty("statusUrl").GetString()!);
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"), done.ToString());
        Assert.That(done.GetProperty("rewardId").GetInt64(), Is.EqualTo(_bakery));
    }

    [Test]
    public async Task TwentyConcurrentIdenticalPostsRelayExactlyOnce()
    {
        var resident = await FundedResidentAsync();
        var signed = await SignAsync(resident, _bakery, 1);
        var catalog = new RewardCatalogService(SharedChain.Node.Web3ForAccount0(), SharedChain.Manifest.AddressOf("RewardCatalog"));
        var metricsBefore = await MetricsScrape.ScrapeAsync(_client);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SubmitAsync(signed)));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Count(a => a.Status == HttpStatusCode.Accepted), Is.EqualTo(1), string.Join("\n", answers.Select(a => a.Body.ToString())));
            Assert.That(answers.Count(a => a.Status == HttpStatusCode.Conflict), Is.EqualTo(19));
        });
        var accepted = answers.Single(a => a.Status == HttpStatusCode.Accepted).Body;
        var done = await SettledAsync(accepted.GetProperty("statusUrl").GetString()!);
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"), done.ToString());
        // citytoken_relays_total: one relay accepted, nineteen refused (the permit nonce is in use), and the one confirmed.
        double Relays(string text, string outcome) => MetricsScrape.Value(text, "citytoken_relays_total", "kind=\"redemption\"", $"outcome=\"{outcome}\"");
        var metrics = await MetricsScrape.ScrapeUntilAsync(_client, "citytoken_relays_total", t => Relays(t, "confirmed") > Relays(metricsBefore, "confirmed"));
        Assert.Multiple(() =>
        {
            Assert.That(Relays(metrics, "accepted") - Relays(metricsBefore, "accepted"), Is.EqualTo(1));
            Assert.That(Relays(metrics, "refused") - Relays(metricsBefore, "refused"), Is.EqualTo(19));
            Assert.That(Relays(metrics, "confirmed") - Relays(metricsBefore, "confirmed"), Is.EqualTo(1));
        });
        await using var scope = _service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var keys = await db.Set<RedemptionRequest>().Where(r => r.Resident == resident.GetPublicAddress()).Select(r => r.OutboxKey).ToListAsync();
        var entries = await db.Set<OutboxEntry>().Where(e => keys.Contains(e.IdempotencyKey)).ToListAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(keys, Has.Count.EqualTo(1), "one redemption stored");
            Assert.That(entries, Has.Count.EqualTo(1), "one outbox entry");
            Assert.That(entries.Count(e => e.TxHash is not null), Is.EqualTo(1), "one transaction");
            Assert.That(await BalanceAsync(resident.GetPublicAddress()), Is.EqualTo(8 * OneToken), "paid once");
            Assert.That(await catalog.NoncesQueryAsync(resident.GetPublicAddress()), Is.EqualTo(BigInteger.One), "one choice used");
        });
    }

    [Test]
    public async Task RelayThatWouldRevertIsRefusedNamingTheContractError()
    {
        var resident = await FundedResidentAsync();
        var signed = await SignAsync(resident, _bakery, 1);
        var before = await CountsAsync(_service);
        var token = new CivicTokenService(SharedChain.Node.Web3ForAccount0(), SharedChain.Manifest.AddressOf("CivicToken"));
        // Every check the service makes passes; only the dry run of the exact call sees the paused token.
        await token.PauseRequestAndWaitForReceiptAsync();
        try
        {
            var (status, body) = await SubmitAsync(signed);
            Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict), body.ToString());
            Assert.Multiple(() =>
            {
                Assert.That(body.GetProperty("code").GetString(), Is.EqualTo("relayWouldRevert"));
                Assert.That(body.GetProperty("errorName").GetString(), Is.EqualTo("CivicTokenPaused"));
                Assert.That(body.GetProperty("detail").GetString(), Does.Contain("CivicTokenPaused"));
            });
            Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
        }
        finally
        {
            await token.UnpauseRequestAndWaitForReceiptAsync();
        }
    }

    [Test]
    public async Task ResidentWhoseRelaysFailedIsNotRelayedAgain()
    {
        var resident = await FundedResidentAsync();
        var signed = await SignAsync(resident, _bakery, 1);
        // Fault injection: three earlier relays of this resident ended reverted (paid by the city).
        await using (var scope = _service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            for (var i = 0; i < 3; i++)
            {
                var id = Guid.NewGuid();
                db.Add(new RedemptionRequest
                {
                    Id = id, Resident = resident.GetPublicAddress(), RewardId = _bakery, Quantity = "1", Cost = "2", PermitNonce = "0", Deadline = signed.Deadline,
                    OutboxKey = RedemptionRequest.OutboxKeyFor(id), CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                });
                db.Add(new OutboxEntry
                {
                    IdempotencyKey = RedemptionRequest.OutboxKeyFor(id), RequestHash = "00", Purpose = "test: reverted redemption relay",
                    Sender = resident.GetPublicAddress(), To = SharedChain.Manifest.AddressOf("RewardCatalog"), Data = "0x", Value = "0",
                    Status = OutboxStatus.Reverted, Error = "RewardCatalogSoldOut(rewardId=1, requested=1, available=0)",
                    CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }
        var before = await CountsAsync(_service);

        var (status, body) = await SubmitAsync(signed);

        Assert.That(status, Is.EqualTo(HttpStatusCode.TooManyRequests), body.ToString());
        Assert.That(body.GetProperty("code").GetString(), Is.EqualTo("tooManyFailedRelays"));
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
    }

    [Test]
    public async Task MalformedSignaturesAnswer400AndNothingIsRelayed()
    {
        var resident = await FundedResidentAsync();
        var signed = await SignAsync(resident, _bakery, 1);
        var before = await CountsAsync(_service);
        foreach (var field in new[] { "signature", "redemptionSignature" })
        {
            var valid = field == "signature" ? signed.Signature : signed.RedemptionSignature!;
            foreach (var malformed in Malformed(valid))
            {
                var submission = field == "signature" ? signed with { Signature = malformed } : signed with { RedemptionSignature = malformed };
                using var request = Request(HttpMethod.Post, "/api/redemptions", Body(submission));
                using var response = await _client.SendAsync(request);
                var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
                Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, $"{field} {malformed}: {problem}");
            }
        }
        var (missing, body) = await SubmitAsync(signed with { RedemptionSignature = null });
        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest), body.ToString());
        Assert.That(body.GetProperty("errors").TryGetProperty("redemptionSignature", out _), Is.True, body.ToString());
        Assert.That(await CountsAsync(_service), Is.EqualTo(before), "nothing relayed");
    }

    /// <summary>Signatures no wallet makes: wrong length, not hex, bad v, r zero or too large, a high (malleable) s.</summary>
    private static IEnumerable<string> Malformed(string valid)
    {
        var bytes = valid.HexToByteArray();
        var s = new BigInteger(bytes.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        var highS = (CurveOrder - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        byte[] malleable = [.. bytes[..32], .. new byte[32 - highS.Length], .. highS, (byte)(bytes[64] == 27 ? 28 : 27)];
        yield return valid[..^2];
        yield return valid + "00";
        yield return "0x" + new string('g', 130);
        yield return valid[..^2] + "1d";
        yield return "0x" + new string('0', 64) + valid[66..];
        yield return "0x" + new string('f', 64) + valid[66..];
        yield return malleable.ToHex(true);
    }

    private sealed record Signed(EthECKey Key, long RewardId, int Quantity, long Deadline, string Signature, string? RedemptionSignature)
    {
        public string Address => Key.GetPublicAddress();
    }

    private static async Task<EthECKey> FundedResidentAsync()
    {
        var key = EthECKey.GenerateKey();
        await MintAsync(key.GetPublicAddress(), 10 * OneToken);
        return key;
    }

    /// <summary>The permit and the choice, both as a wallet signs eth_signTypedData_v4 over the service's typed data.</summary>
    private async Task<Signed> SignAsync(EthECKey resident, long rewardId, int quantity)
    {
        var address = resident.GetPublicAddress();
        var permit = await _client.GetStringAsync($"/api/redemptions/permit-typed-data?resident={address}&rewardId={rewardId}&quantity={quantity}");
        var deadline = JsonDocument.Parse(permit).RootElement.GetProperty("message").GetProperty("deadline").GetInt64();
        var choice = await _client.GetStringAsync($"/api/redemptions/redemption-typed-data?resident={address}&rewardId={rewardId}&quantity={quantity}&deadline={deadline}");
        var signer = new Eip712TypedDataSigner();
        return new Signed(resident, rewardId, quantity, deadline, signer.SignTypedDataV4(permit, resident), signer.SignTypedDataV4(choice, resident));
    }

    private static object Body(Signed signed) => new
    {
        rewardId = signed.RewardId, quantity = signed.Quantity, resident = signed.Address, deadline = signed.Deadline,
        signature = signed.Signature, redemptionSignature = signed.RedemptionSignature,
    };

    private Task<(HttpStatusCode Status, JsonElement Body)> SubmitAsync(Signed signed) =>
        SendAsync(_client, Request(HttpMethod.Post, "/api/redemptions", Body(signed)));

    private Task<JsonElement> SettledAsync(string statusUrl) => EventuallyAsync(async () =>
    {
        var (_, view) = await SendAsync(_client, Request(HttpMethod.Get, statusUrl));
        return view.GetProperty("status").GetString() is "confirmed" or "reverted" or "failed" ? view : (JsonElement?)null;
    }, seconds: 60);
}
