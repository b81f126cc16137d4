using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Contracts.BallotBox;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.CredentialRegistry;
using CityToken.Contracts.CredentialRegistry.ContractDefinition;
using CityToken.Contracts.RewardCatalog;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Indexing;

/// <summary>The read-only query API over the index, on the shared chain, with one scripted resident.</summary>
public sealed class QueryApiTests
{
    private static readonly string[] ExpectedKinds = ["redemption", "sent", "mint", "reward"];
    private static readonly string[] ExpectedAmounts = ["20", "3", "7", "100"];
    private static readonly int[] ExpectedTallies = [0, 1, 0];
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;
    private string _resident = null!;
    private string _merchant = null!;
    private string _friend = null!;
    private BigInteger _ballotId;
    private BigInteger _rewardId;

    [OneTimeSetUp]
    public async Task ScriptAResident()
    {
        var node = SharedChain.Node;
        var manifest = SharedChain.Manifest;
        var key = EthECKey.GenerateKey();
        _resident = key.GetPublicAddress();
        _merchant = EthECKey.GenerateKey().GetPublicAddress();
        _friend = EthECKey.GenerateKey().GetPublicAddress();
        var admin = node.Web3ForAccount0();
        await admin.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(_resident, 1m);
        var residentWeb3 = new Web3(new Account(key, 31337), node.RpcUrl);
        var tokenAddress = manifest.AddressOf("CivicToken");
        var catalogAddress = manifest.AddressOf("RewardCatalog");

        // Reward 100, plain mint 7, send 3 to a friend, redeem 2 x 10 at a merchant: balance 84.
        await new CivicTokenService(admin, tokenAddress).MintBatchRequestAndWaitForReceiptAsync(new MintBatchFunction
        {
            BatchId = Bytes32("query-api-batch-" + _resident), Recipients = [_resident, _friend], Amounts = [100, 50],
        });
        await new CivicTokenService(admin, tokenAddress).MintRequestAndWaitForReceiptAsync(new MintFunction { To = _resident, Amount = 7 });
        var residentToken = new CivicTokenService(residentWeb3, tokenAddress);
        await residentToken.TransferRequestAndWaitForReceiptAsync(new TransferFunction { To = _friend, Value = 3 });
        var catalog = new RewardCatalogService(admin, catalogAddress);
        await catalog.AddRewardRequestAndWaitForReceiptAsync(new AddRewardFunction { Price = 10, Stock = 100, Merchant = _merchant, Uri = "ipfs://coffee" });
        _rewardId = await catalog.RewardCountQueryAsync();
        await residentToken.ApproveRequestAndWaitForReceiptAsync(new ApproveFunction { Spender = catalogAddress, Value = 20 });
        await new RewardCatalogService(residentWeb3, catalogAddress).RedeemRequestAndWaitForReceiptAsync(new RedeemFunction { RewardId = _rewardId, Quantity = 2 });

        // Credentials: one valid (resident), one that expires, one revoked.
        var registry = new CredentialRegistryService(Web3For(node, Account1Key), manifest.AddressOf("CredentialRegistry"));
        var now = await ChainTimeAsync(node);
        async Task<BigInteger> IssueAsync(string type, long expiresAt)
        {
            await registry.IssueRequestAndWaitForReceiptAsync(new IssueFunction
            {
                Subject = _resident, CredentialType = Bytes32(type), PersonKey = Bytes32("person-" + _resident),
                ExpiresAt = (ulong)expiresAt, DataHash = Bytes32(type + " data"), Uri = "",
            });
            return await registry.CredentialCountQueryAsync();
        }
        await IssueAsync("resident", now + 100_000);
        await IssueAsync("library", now + 4);
        var parking = await IssueAsync("parking", now + 100_000);
        await registry.RevokeRequestAndWaitForReceiptAsync(new RevokeFunction { CredentialId = parking });

        // A ballot the resident votes in (option 1 of 3).
        var ballots = new BallotBoxService(admin, manifest.AddressOf("BallotBox"));
        await ballots.CreateBallotRequestAndWaitForReceiptAsync(new CreateBallotFunction
        {
            MetadataHash = Bytes32("query api ballot"), MetadataURI = "ipfs://ballot", OptionCount = 3,
            Start = (ulong)(now + 10), End = (ulong)(now + 1_000_000), Quorum = 1, CredentialType = Bytes32("resident"),
        });
        _ballotId = await ballots.BallotCountQueryAsync();
        await IncreaseTimeAsync(node, 20);
        await new BallotBoxService(residentWeb3, manifest.AddressOf("BallotBox"))
            .CastVoteRequestAndWaitForReceiptAsync(new CastVoteFunction { BallotId = _ballotId, Voter = _resident, Option = 1 });

        _service = Service(node);
        _client = _service.CreateClient();
        await WaitCaughtUpAsync(_service, node);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task ResidentShowsBalanceDidCredentialsAndBallots()
    {
        var body = await GetJsonAsync($"/api/residents/{_resident.ToLowerInvariant()}");
        var credentials = body.GetProperty("credentials").EnumerateArray().ToList();
        var statusByType = credentials.ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("address").GetString(), Is.EqualTo(_resident));
            Assert.That(body.GetProperty("balance").GetString(), Is.EqualTo("84"));
            Assert.That(body.GetProperty("did").GetString(), Is.EqualTo($"did:ethr:0x7a69:{_resident}"));
            Assert.That(statusByType[Hex(Bytes32("resident"))], Is.EqualTo("valid"));
            Assert.That(statusByType[Hex(Bytes32("library"))], Is.EqualTo("expired"));
            Assert.That(statusByType[Hex(Bytes32("parking"))], Is.EqualTo("revoked"));
            var vote = body.GetProperty("ballotsVoted").EnumerateArray().Single();
            Assert.That(vote.GetProperty("ballotId").GetInt64(), Is.EqualTo((long)_ballotId));
            Assert.That(vote.GetProperty("option").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task HistoryIsNewestFirstAndPagesWithACursor()
    {
        var first = await GetJsonAsync($"/api/residents/{_resident}/history?limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        Assert.That(cursor, Is.Not.Null);
        var second = await GetJsonAsync($"/api/residents/{_resident}/history?limit=2&cursor={cursor}");
        var entries = first.GetProperty("items").EnumerateArray()
            .Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.GetProperty("kind").GetString()), Is.EqualTo(ExpectedKinds));
            Assert.That(entries.Select(e => e.GetProperty("amount").GetString()), Is.EqualTo(ExpectedAmounts));
            Assert.That(entries[0].GetProperty("counterparty").GetString(), Is.EqualTo(_merchant));
            Assert.That(entries[0].GetProperty("rewardId").GetInt64(), Is.EqualTo((long)_rewardId));
            Assert.That(entries[1].GetProperty("counterparty").GetString(), Is.EqualTo(_friend));
            Assert.That(entries[3].GetProperty("batchId").GetString(), Is.EqualTo(Hex(Bytes32("query-api-batch-" + _resident))));
            Assert.That(entries.Select(e => e.GetProperty("transactionHash").GetString()).Distinct().Count(), Is.EqualTo(4), "no entry twice");
            Assert.That(entries.Select(e => e.GetProperty("blockNumber").GetInt64()), Is.Ordered.Descending);
            Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null), "the second page is the last");
        });
    }

    [Test]
    public async Task BallotShowsTalliesTurnoutQuorumAndStatus()
    {
        var ballot = await GetJsonAsync($"/api/ballots/{_ballotId}");
        Assert.Multiple(() =>
        {
            Assert.That(ballot.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()), Is.EqualTo(ExpectedTallies));
            Assert.That(ballot.GetProperty("turnout").GetInt32(), Is.EqualTo(1));
            Assert.That(ballot.GetProperty("quorum").GetString(), Is.EqualTo("1"));
            Assert.That(ballot.GetProperty("quorumReached").GetBoolean(), Is.True);
            Assert.That(ballot.GetProperty("status").GetString(), Is.EqualTo("active"));
            Assert.That(ballot.GetProperty("final").GetBoolean(), Is.False);
            Assert.That(ballot.GetProperty("metadataUri").GetString(), Is.EqualTo("ipfs://ballot"));
        });
        var list = await GetJsonAsync("/api/ballots?limit=1");
        Assert.That(list.GetProperty("items")[0].GetProperty("id").GetInt64(), Is.EqualTo((long)_ballotId), "newest first");
    }

    [Test]
    public async Task TokenStatsMatchTheChain()
    {
        var supply = await new CivicTokenService(new Web3(SharedChain.Node.RpcUrl), SharedChain.Manifest.AddressOf("CivicToken")).TotalSupplyQueryAsync();
        await WaitCaughtUpAsync(_service, SharedChain.Node);
        var stats = await GetJsonAsync("/api/tokens/stats");
        Assert.Multiple(() =>
        {
            Assert.That(stats.GetProperty("totalSupply").GetString(), Is.EqualTo(supply.ToString()));
            Assert.That(stats.GetProperty("holders").GetInt32(), Is.GreaterThanOrEqualTo(3));
            Assert.That(stats.GetProperty("rewardBatches").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(stats.GetProperty("mintedPerDay").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
            Assert.That(stats.GetProperty("mintedPerProgram").GetArrayLength(), Is.Zero, "no program has minted through this service");
        });
    }

    [TestCase("/api/residents/0x1234", "address")]
    [TestCase("/api/residents/0x1234/history", "address")]
    [TestCase("/api/residents/0x70997970C51812dc3A010C7d01b50e0d17dc79c8", "address")]
    [TestCase("/api/residents/0x70997970c51812dc3a010c7d01b50e0d17dc79c8/history?cursor=not-a-cursor", "cursor")]
    [TestCase("/api/residents/0x70997970c51812dc3a010c7d01b50e0d17dc79c8/history?limit=0", "limit")]
    [TestCase("/api/residents/0x70997970c51812dc3a010c7d01b50e0d17dc79c8/history?limit=abc", "limit")]
    [TestCase("/api/ballots/abc", "id")]
    [TestCase("/api/ballots?limit=500", "limit")]
    public async Task BadInputIsAProblemNamingTheField(string path, string field)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task UnknownBallotIsANotFoundProblem()
    {
        using var response = await _client.GetAsync(new Uri("/api/ballots/999999", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task OpenApiDescribesTheQueryRoutes()
    {
        var doc = await GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/residents/{address}", "/api/residents/{address}/history", "/api/tokens/stats", "/api/ballots", "/api/ballots/{id}" })
        {
            Assert.That(paths.TryGetProperty(path, out _), Is.True, path);
        }
    }

    private static string Hex(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);
}
