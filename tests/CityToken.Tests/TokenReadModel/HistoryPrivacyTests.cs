using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Auth;
using CityToken.Tests.Indexing;
using CityToken.Tests.Infrastructure;
using CityToken.Tests.Rewards;
using Nethereum.Signer;
using static CityToken.Tests.Rewards.Minting.MintingKit;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.TokenReadModel;

/// <summary>
/// GET /api/residents/{address}/history is public, but the civic actions behind a reward (a household's water use,
/// the reporter's ids, the category) are not: anyone sees amounts, transactions and the program's name; only the
/// resident signed in with Ethereum, admins and auditors see the actions. One action is minted for real on the shared
/// chain and indexed; the history is then read as each kind of caller.
/// </summary>
public sealed class HistoryPrivacyTests
{
    private const string Quantity = "7.25";
    private const string Category = "greywater";
    private RewardsHost _host = null!;
    private readonly EthECKey _wallet = EthECKey.GenerateKey();
    private string _resident = null!;
    private string _program = null!;
    private string _externalId = null!;
    private string _evidence = null!;

    [OneTimeSetUp]
    public async Task MintOneActionAsync()
    {
        var settings = new Dictionary<string, string?>(MintingOn)
        {
            ["Auth:Siwe:Domain"] = AuthHost.Domain,
            ["Auth:Siwe:Uri"] = AuthHost.Uri,
        };
        _host = await RewardsHost.StartAsync(settings);
        _resident = AuthHost.AddressOf(_wallet);
        _program = Unique("water");
        _externalId = Unique("meter-reading");
        _evidence = Unique("meter-photo");
        await _host.CreateProgramAsync(Program(_program, new { kind = "per-unit", rates = new { greywater = "1" } }));
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("water-utility"));
        await PostAllAsync(reporter, [Action(_program, _resident, 7.25, category: Category, externalId: _externalId, evidence: _evidence,
            occurredAt: DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))]);
        var settled = await WaitSettledAsync(_host.Admin, _program, 1);
        Assert.That(settled.Single().GetProperty("status").GetString(), Is.EqualTo("confirmed"), settled.Single().ToString());
        await IndexerTestKit.WaitCaughtUpAsync(_host.Service, SharedChain.Node);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private string HistoryPath => $"/api/residents/{_resident}/history";

    /// <summary>A client holding the session cookie of <paramref name="wallet"/>, signed in with Ethereum (EIP-4361).</summary>
    private async Task<HttpClient> SignedInAsync(EthECKey wallet)
    {
        var client = _host.Anonymous();
        var nonce = (await client.GetFromJsonAsync<JsonElement>("/api/auth/siwe/nonce")).GetProperty("nonce").GetString()!;
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(AuthHost.AddressOf(wallet), nonce, now, now.AddMinutes(30));
        using var verify = await client.PostAsJsonAsync("/api/auth/siwe/verify", new { message, signature = AuthHost.Sign(message, wallet) });
        Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.OK), await verify.Content.ReadAsStringAsync());
        return client;
    }

    private async Task<string> RawHistoryAsync(HttpClient client)
    {
        using var response = await client.GetAsync(HistoryPath);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return text;
    }

    private static JsonElement RewardOf(string raw) =>
        JsonDocument.Parse(raw).RootElement.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "reward");

    private void AssertPublicOnly(string raw)
    {
        var reward = RewardOf(raw);
        Assert.Multiple(() =>
        {
            // What the chain shows, plus the program's name.
            Assert.That(reward.GetProperty("amount").GetString(), Is.EqualTo("7250000000000000000"));
            Assert.That(reward.GetProperty("transactionHash").GetString(), Does.StartWith("0x"));
            Assert.That(reward.GetProperty("batchId").GetString(), Is.Not.Null);
            Assert.That(reward.GetProperty("for").GetString(), Is.EqualTo(_program));
            // Nothing of the action itself: no list, no reporter id, evidence, category or quantity anywhere in the body.
            Assert.That(reward.TryGetProperty("actions", out _), Is.False, raw);
            Assert.That(reward.GetProperty("quantity").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(raw, Does.Not.Contain("\"actions\"").And.Not.Contain("externalId").And.Not.Contain("evidence").And.Not.Contain("category"));
            Assert.That(raw, Does.Not.Contain(_externalId).And.Not.Contain(_evidence).And.Not.Contain(Category).And.Not.Contain(Quantity));
        });
    }

    private void AssertDetails(string raw)
    {
        var reward = RewardOf(raw);
        var action = reward.GetProperty("actions").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(reward.GetProperty("for").GetString(), Is.EqualTo($"{_program} (1 action)"));
            Assert.That(action.GetProperty("program").GetString(), Is.EqualTo(_program));
            Assert.That(action.GetProperty("externalId").GetString(), Is.EqualTo(_externalId));
            Assert.That(action.GetProperty("quantity").GetString(), Is.EqualTo(Quantity));
            Assert.That(action.GetProperty("category").GetString(), Is.EqualTo(Category));
            Assert.That(action.GetProperty("amount").GetString(), Is.EqualTo("7250000000000000000"));
        });
    }

    [Test]
    public async Task AnAnonymousCallerSeesWhatTheChainShowsAndTheProgramOnly()
    {
        using var anonymous = _host.Anonymous();
        AssertPublicOnly(await RawHistoryAsync(anonymous));
    }

    [Test]
    public async Task AnotherResidentSignedInSeesNoMoreThanAnonymousCallers()
    {
        using var neighbour = await SignedInAsync(EthECKey.GenerateKey());
        AssertPublicOnly(await RawHistoryAsync(neighbour));
    }

    [Test]
    public async Task AReporterKeySeesNoMoreThanAnonymousCallers()
    {
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("other-reporter"));
        AssertPublicOnly(await RawHistoryAsync(reporter));
    }

    [Test]
    public async Task TheResidentSignedInSeesTheActionsBehindEachReward()
    {
        using var resident = await SignedInAsync(_wallet);
        AssertDetails(await RawHistoryAsync(resident));
    }

    [Test]
    public async Task AdminAndAuditorKeysSeeTheActions()
    {
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("auditor"));
        AssertDetails(await RawHistoryAsync(_host.Admin));
        AssertDetails(await RawHistoryAsync(auditor));
    }
}
