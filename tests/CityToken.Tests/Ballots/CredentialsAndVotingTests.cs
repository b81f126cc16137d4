using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Api.Auth;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Storage;
using CityToken.Tests.Identity;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Ballots;

/// <summary>
/// Credentials issued and revoked through the API, shown in DID resolution and on the resident page; a ballot created
/// through the API; votes signed by ethers v6 from our typed data, relayed and counted on a real Hardhat chain; and
/// every refusal checked before anything is relayed (no outbox entry).
/// </summary>
[TestFixture, Category("EveryChain")]
[NonParallelizable]
internal sealed partial class CredentialsAndVotingTests
{
    private const string RegistrarKey = "test-registrar-key-0123456789abcdefgh";
    private const string AuditorKey = "test-auditor-key-0123456789abcdefghij";
    private const string ReporterKey = "test-reporter-key-0123456789abcdefghi";
    private const string AliceOfficialId = "756.1111.2222.33";
    private static readonly string[] BallotOptions = ["Yes", "No", "Abstain"];
    private static readonly string[] OneOption = ["Only one"];
    private static readonly string[] TwoOptions = ["a", "b"];
    private static readonly string[] BallotFields = ["title", "options", "start", "end", "quorum", "credentialType"];

    private HardhatNode _node = null!;
    private DeploymentManifest _manifest = null!;
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;
    private readonly EthECKey _alice = EthECKey.GenerateKey();
    private readonly EthECKey _alice2 = EthECKey.GenerateKey();
    private readonly EthECKey _bob = EthECKey.GenerateKey();
    private readonly EthECKey _carol = EthECKey.GenerateKey();
    private readonly EthECKey _dave = EthECKey.GenerateKey();
    private readonly EthECKey _mallory = EthECKey.GenerateKey();
    private long _aliceRequest;
    private long _bobRequest;
    private long _daveRequest;
    private long _ballotId;
    private long _ballotEnd;

    private static string Did(EthECKey key) => $"did:ethr:0x7a69:{key.GetPublicAddress()}";

    private static string PrivateKey(EthECKey key) => "0x" + Convert.ToHexStringLower(key.GetPrivateKeyAsBytes());

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _node = await HardhatNode.StartAsync();
        _manifest = await _node.DeployAsync();
        _service = Service(_node);
        _service.ConfigureTestServices = TestResidentAuth.Register;
        _client = _service.CreateClient();
        await WithDbAsync(_service, async db =>
        {
            foreach (var (name, role, key) in new[] { ("registrar", StaffRoles.Registrar, RegistrarKey), ("auditor", StaffRoles.Auditor, AuditorKey), ("reporter", StaffRoles.Reporter, ReporterKey) })
            {
                db.ApiKeys.Add(new ApiKey { Name = name, Roles = [role], KeyHash = ApiKey.Hash(key), CreatedAt = DateTimeOffset.UtcNow });
            }
            return await db.SaveChangesAsync();
        });

        // The ballot opens 10 minutes of chain time from now; its window and every credential below are set relative
        // to that start, so how long the set-up takes on a busy machine does not matter.
        var start = await ChainTimeAsync(_node) + 600;
        _ballotEnd = start + 3_600;
        _ballotId = await CreateBallotAsync("Car-free old town on Sundays?", start, _ballotEnd);

        // Alice and Bob are residents at the start; Dave's residency ends a minute before it.
        _aliceRequest = await IssueAsync(Did(_alice), AliceOfficialId, start + 30 * 86_400);
        _bobRequest = await IssueAsync(Did(_bob), "756 3333 4444 55", start + 30 * 86_400);
        _daveRequest = await IssueAsync(Did(_dave), "756-5555-6666-77", start - 60);
        foreach (var id in new[] { _aliceRequest, _bobRequest, _daveRequest })
        {
            var done = await PollAsync($"/api/credentials/{id}", AuditorKey, c => Settled(c, "issue") && c.GetProperty("status").GetString() != "confirmed");
            Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("valid"), done.ToString());
        }
        await IncreaseTimeAsync(_node, start - await ChainTimeAsync(_node) + 1);
        await WaitCaughtUpAsync(_service, _node);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _client?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [Test, Order(1)]
    public async Task CredentialRequests_AreCheckedBeforeAnythingIsSent()
    {
        var before = await OutboxCountAsync();
        var future = DateTimeOffset.UtcNow.AddDays(30).ToString("O");
        var (badDid, badDidBody) = await SendAsync(HttpMethod.Post, "/api/credentials", RegistrarKey,
            new { did = "did:ethr:0x1:" + _carol.GetPublicAddress(), type = "resident", officialId = "12345678", expiresAt = future });
        var (badType, badTypeBody) = await SendAsync(HttpMethod.Post, "/api/credentials", RegistrarKey,
            new { did = Did(_carol), type = "pilot", officialId = "12345678", expiresAt = future });
        var (noId, noIdBody) = await SendAsync(HttpMethod.Post, "/api/credentials", RegistrarKey,
            new { did = Did(_carol), type = "resident", officialId = "ab", expiresAt = future });
        var (past, pastBody) = await SendAsync(HttpMethod.Post, "/api/credentials", RegistrarKey,
            new { did = Did(_carol), type = "resident", officialId = "12345678", expiresAt = "2001-01-01T00:00:00Z" });
        var (reporter, _) = await SendAsync(HttpMethod.Post, "/api/credentials", ReporterKey,
            new { did = Did(_carol), type = "resident", officialId = "12345678", expiresAt = future });
        var (anonymous, _) = await SendAsync(HttpMethod.Post, "/api/credentials", null,
            new { did = Did(_carol), type = "resident", officialId = "12345678", expiresAt = future });
        Assert.Multiple(async () =>
        {
            Assert.That(badDid, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badDidBody.GetProperty("errors").GetProperty("did")[0].GetString(), Does.Contain("0x7a69"));
            Assert.That(badType, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badTypeBody.GetProperty("errors").TryGetProperty("type", out _), Is.True);
            Assert.That(noId, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noIdBody.GetProperty("errors").TryGetProperty("officialId", out _), Is.True);
            Assert.That(noIdBody.ToString(), Does.Not.Contain("\"ab\""), "the official id is not echoed");
            Assert.That(past, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(pastBody.GetProperty("errors").TryGetProperty("expiresAt", out _), Is.True);
            Assert.That(reporter, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await OutboxCountAsync(), Is.EqualTo(before));
        });
    }

    [Test, Order(2)]
    public async Task IssuedCredential_ShowsStatusTransactionAndOnChainId_AndStaffAndResidentsSeeWhatTheyMay()
    {
        var (_, alice) = await SendAsync(HttpMethod.Get, $"/api/credentials/{_aliceRequest}", AuditorKey);
        var (_, expired) = await SendAsync(HttpMethod.Get, "/api/credentials?status=expired", AuditorKey);
        var (_, byDid) = await SendAsync(HttpMethod.Get, "/api/credentials?did=" + Uri.EscapeDataString(Did(_bob)), RegistrarKey);
        var (_, own) = await SendAsync(HttpMethod.Get, "/api/credentials", resident: _alice.GetPublicAddress());
        var (otherStatus, _) = await SendAsync(HttpMethod.Get, $"/api/credentials/{_bobRequest}", resident: _alice.GetPublicAddress());
        var (reporter, _) = await SendAsync(HttpMethod.Get, "/api/credentials", ReporterKey);
        var stored = await WithDbAsync(_service, db => db.Database.SqlQueryRaw<string>("SELECT Data AS Value FROM CredentialRequests").ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(alice.GetProperty("status").GetString(), Is.EqualTo("valid"));
            Assert.That(alice.GetProperty("type").GetString(), Is.EqualTo("resident"));
            Assert.That(alice.GetProperty("credentialId").GetInt64(), Is.GreaterThan(0));
            Assert.That(alice.GetProperty("issue").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(alice.GetProperty("issue").GetProperty("transactionHash").GetString(), Does.Match("^0x[0-9a-f]{64}$"));
            Assert.That(Ids(expired), Is.EqualTo(new[] { _daveRequest }));
            Assert.That(Ids(byDid), Is.EqualTo(new[] { _bobRequest }));
            Assert.That(Ids(own), Is.EqualTo(new[] { _aliceRequest }));
            Assert.That(otherStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(reporter, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(string.Join("\n", stored), Does.Not.Contain("1111").And.Not.Contain("2222"), "no official id is stored");
        });
    }

    [Test, Order(3)]
    public async Task IssueToADidBoundToAnotherPerson_RevertsWithTheDecodedError()
    {
        var id = await IssueAsync(Did(_alice), "999.8888.7777.66", await ChainTimeAsync(_node) + 86_400);
        var done = await WaitCredentialAsync(id, s => s is "valid" or "reverted" or "failed");
        Assert.Multiple(() =>
        {
            Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("reverted"));
            Assert.That(done.GetProperty("issue").GetProperty("error").GetString(), Does.StartWith("CredentialRegistrySubjectBoundToOtherPerson("));
            Assert.That(done.GetProperty("credentialId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test, Order(4)]
    public async Task DidResolution_ShowsCredentialsInMetadata_AndTheDocumentStaysEthrDidResolvers()
    {
        var did = Did(_alice);
        var (response, ours) = await DidTestChain.ResolveAsync(_client, did);
        var reference = await EthrDidResolverCli.ResolveAsync(_node.RpcUrl, _manifest.AddressOf("EthereumDIDRegistry"), [did]);
        var credential = ours["didDocumentMetadata"]!["credentials"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(DidTestChain.Canonical(ours["didDocument"]!.AsObject().Where(p => p.Key != "@context").Aggregate(new JsonObject(), (o, p) => { o[p.Key] = p.Value?.DeepClone(); return o; })),
                Is.EqualTo(DidTestChain.Canonical(reference[0]!["didDocument"]!.AsObject().Where(p => p.Key != "@context").Aggregate(new JsonObject(), (o, p) => { o[p.Key] = p.Value?.DeepClone(); return o; }))));
            Assert.That(credential["type"]!.GetValue<string>(), Is.EqualTo("resident"));
            Assert.That(credential["status"]!.GetValue<string>(), Is.EqualTo("valid"));
            Assert.That(credential["issuer"]!.GetValue<string>(), Is.EqualTo("did:ethr:0x7a69:" + Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(_manifest.Roles!.Service)));
            Assert.That(credential["validUntil"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        });
    }

    [Test, Order(5)]
    public async Task VoteSignedByEthers_IsRelayedCountedAndShown()
    {
        var before = await OutboxCountAsync();
        var metricsBefore = await MetricsScrape.ScrapeAsync(_client);
        var typedData = await TypedDataAsync(_alice, option: 0);
        Assert.Multiple(() =>
        {
            Assert.That(typedData["primaryType"]!.GetValue<string>(), Is.EqualTo("Vote"));
            Assert.That(typedData["domain"]!["name"]!.GetValue<string>(), Is.EqualTo("CityToken BallotBox"));
            Assert.That(typedData["domain"]!["chainId"]!.GetValue<long>(), Is.EqualTo(31337));
            Assert.That(typedData["domain"]!["verifyingContract"]!.GetValue<string>(), Is.EqualTo(_manifest.AddressOf("BallotBox")));
            Assert.That(typedData["message"]!["nonce"]!.GetValue<string>(), Is.EqualTo("0"));
        });
        var signature = await EthersSigner.SignTypedDataAsync(PrivateKey(_alice), typedData);
        var (status, accepted) = await VoteAsync(_alice, typedData, signature);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToString());
        var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
        // Counted (the indexer saw VoteCast) and confirmed (the outbox saw the confirmations) arrive in either order.
        var vote = await PollAsync(statusUrl, null, v => (v.GetProperty("counted").GetBoolean() && v.GetProperty("status").GetString() == "confirmed")
            || v.GetProperty("status").GetString() is "reverted" or "failed");

        // The same signed vote again (a retry) is the same relay.
        var (again, againBody) = await VoteAsync(_alice, typedData, signature);
        var (_, results) = await SendAsync(HttpMethod.Get, $"/api/ballots/{_ballotId}/results");
        var (_, ballot) = await SendAsync(HttpMethod.Get, $"/api/ballots/{_ballotId}");
        var (_, resident) = await SendAsync(HttpMethod.Get, $"/api/residents/{_alice.GetPublicAddress()}");
        // citytoken_relays_total: the vote accepted once, the retry counted as repeated, the relay confirmed once.
        double Relays(string text, string outcome) => MetricsScrape.Value(text, "citytoken_relays_total", "kind=\"vote\"", $"outcome=\"{outcome}\"");
        var metrics = await MetricsScrape.ScrapeUntilAsync(_client, "citytoken_relays_total",
            t => Relays(t, "repeated") > Relays(metricsBefore, "repeated") && Relays(t, "confirmed") > Relays(metricsBefore, "confirmed"));
        Assert.Multiple(async () =>
        {
            Assert.That(vote.GetProperty("status").GetString(), Is.EqualTo("confirmed"), vote.ToString());
            Assert.That(vote.GetProperty("counted").GetBoolean(), Is.True);
            Assert.That(vote.GetProperty("transactionHash").GetString(), Does.Match("^0x[0-9a-f]{64}$"));
            Assert.That(again, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(againBody.GetProperty("id").GetInt64(), Is.EqualTo(accepted.GetProperty("id").GetInt64()));
            Assert.That(await OutboxCountAsync(), Is.EqualTo(before + 1));
            Assert.That(Relays(metrics, "accepted") - Relays(metricsBefore, "accepted"), Is.EqualTo(1));
            Assert.That(Relays(metrics, "repeated") - Relays(metricsBefore, "repeated"), Is.EqualTo(1));
            Assert.That(Relays(metrics, "confirmed") - Relays(metricsBefore, "confirmed"), Is.EqualTo(1));
            Assert.That(Relays(metrics, "reverted") - Relays(metricsBefore, "reverted"), Is.Zero);
            Assert.That(results.GetProperty("tallies").EnumerateArray().Select(t => t.GetInt64()), Is.EqualTo(new long[] { 1, 0, 0 }));
            Assert.That(results.GetProperty("turnout").GetInt64(), Is.EqualTo(1));
            Assert.That(results.GetProperty("quorumReached").GetBoolean(), Is.False);
            Assert.That(results.GetProperty("final").GetBoolean(), Is.False);
            Assert.That(results.GetProperty("options")[0].GetString(), Is.EqualTo("Yes"));
            Assert.That(ballot.GetProperty("title").GetString(), Is.EqualTo("Car-free old town on Sundays?"));
            Assert.That(ballot.GetProperty("options")[1].GetProperty("label").GetString(), Is.EqualTo("No"));
            Assert.That(resident.GetProperty("ballotsVoted")[0].GetProperty("transactionHash").GetString(), Is.EqualTo(vote.GetProperty("transactionHash").GetString()));
        });
    }

    [Test, Order(6)]
    public async Task SignatureForAnotherChain_IsRefused() =>
        await RefusedAsync(_bob, HttpStatusCode.Forbidden, "invalidSignature", t => t["domain"]!["chainId"] = 1);

    [Test, Order(6)]
    public async Task SignatureForAnotherContract_IsRefused() =>
        await RefusedAsync(_bob, HttpStatusCode.Forbidden, "invalidSignature", t => t["domain"]!["verifyingContract"] = _manifest.AddressOf("CivicToken"));

    [Test, Order(6)]
    public async Task ExpiredDeadline_IsRefused()
    {
        var now = await ChainTimeAsync(_node);
        await RefusedAsync(_bob, HttpStatusCode.BadRequest, "signatureExpired", t => t["message"]!["deadline"] = (now - 1).ToString());
    }

    [Test, Order(6)]
    public async Task SignatureByANonOwnerOfTheDid_IsRefused() =>
        await RefusedAsync(_bob, HttpStatusCode.Forbidden, "invalidSignature", _ => { }, signer: _mallory);

    [Test, Order(6)]
    public async Task ReusedNonce_IsRefused() =>
        await RefusedAsync(_alice, HttpStatusCode.Conflict, "nonceUsed", t => t["message"]!["nonce"] = "0", option: 1);

    [Test, Order(6)]
    public async Task ResidentWithoutValidCredential_IsRefused() =>
        await RefusedAsync(_carol, HttpStatusCode.Forbidden, "notEligible", _ => { });

    [Test, Order(6)]
    public async Task ExpiredCredentialAtTheStart_IsRefused() =>
        await RefusedAsync(_dave, HttpStatusCode.Forbidden, "notEligible", _ => { });

    [Test, Order(7)]
    public async Task SecondDidOfTheSamePerson_IsRefused()
    {
        // The registrar moves Alice's residency to a new DID (same official id, so the same person key).
        var id = await IssueAsync(Did(_alice2), "7561111222233", await ChainTimeAsync(_node) + 86_400);
        var issued = await PollAsync($"/api/credentials/{id}", AuditorKey, c => Settled(c, "issue") && c.GetProperty("status").GetString() != "confirmed");
        Assert.That(issued.GetProperty("status").GetString(), Is.EqualTo("valid"), issued.ToString());
        await RefusedAsync(_alice2, HttpStatusCode.Conflict, "alreadyVoted", _ => { });
        var (_, alice) = await SendAsync(HttpMethod.Get, $"/api/credentials/{_aliceRequest}", AuditorKey);
        Assert.That(alice.GetProperty("revocationReason").GetString(), Is.EqualTo("superseded"));
    }

    [Test, Order(8)]
    public async Task Revocation_GoesThroughTheOutboxOnce_AndTheResidentPageListsValidExpiredAndRevoked()
    {
        var (status, revoking) = await SendAsync(HttpMethod.Delete, $"/api/credentials/{_bobRequest}", RegistrarKey);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), revoking.ToString());
        var entry = revoking.GetProperty("revocation").GetProperty("outboxEntryId").GetInt64();
        var (again, againBody) = await SendAsync(HttpMethod.Delete, $"/api/credentials/{_bobRequest}", RegistrarKey);
        var revoked = await PollAsync($"/api/credentials/{_bobRequest}", AuditorKey,
            c => c.GetProperty("status").GetString() == "revoked" && Settled(c, "revocation"));
        var (auditor, _) = await SendAsync(HttpMethod.Delete, $"/api/credentials/{_daveRequest}", AuditorKey);
        var (_, bob) = await SendAsync(HttpMethod.Get, $"/api/residents/{_bob.GetPublicAddress()}");
        var (_, dave) = await SendAsync(HttpMethod.Get, $"/api/residents/{_dave.GetPublicAddress()}");
        var (_, alice2) = await SendAsync(HttpMethod.Get, $"/api/residents/{_alice2.GetPublicAddress()}");
        var (_, did) = await DidTestChain.ResolveAsync(_client, Did(_bob));
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(againBody.GetProperty("revocation").GetProperty("outboxEntryId").GetInt64(), Is.EqualTo(entry));
            Assert.That(revoked.GetProperty("revocation").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(auditor, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(bob.GetProperty("credentials")[0].GetProperty("status").GetString(), Is.EqualTo("revoked"));
            Assert.That(dave.GetProperty("credentials")[0].GetProperty("status").GetString(), Is.EqualTo("expired"));
            Assert.That(alice2.GetProperty("credentials")[0].GetProperty("status").GetString(), Is.EqualTo("valid"));
            Assert.That(alice2.GetProperty("credentials")[0].GetProperty("typeName").GetString(), Is.EqualTo("resident"));
            Assert.That(did["didDocumentMetadata"]!["credentials"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("revoked"));
        });
    }

    [Test, Order(10)]
    public async Task AfterTheEnd_ResultsAreFinal_AndVotesAreRefused()
    {
        await IncreaseTimeAsync(_node, _ballotEnd - await ChainTimeAsync(_node) + 1);
        var (_, results) = await SendAsync(HttpMethod.Get, $"/api/ballots/{_ballotId}/results");
        Assert.Multiple(() =>
        {
            Assert.That(results.GetProperty("final").GetBoolean(), Is.True);
            Assert.That(results.GetProperty("status").GetString(), Is.EqualTo("ended"));
            Assert.That(results.GetProperty("tallies").EnumerateArray().Select(t => t.GetInt64()), Is.EqualTo(new long[] { 1, 0, 0 }));
            Assert.That(results.GetProperty("quorum").GetString(), Is.EqualTo("2"));
            Assert.That(results.GetProperty("quorumReached").GetBoolean(), Is.False);
        });
        var before = await OutboxCountAsync();
        using var response = await PostJsonAsync($"/api/ballots/{_ballotId}/votes", new { voter = _bob.GetPublicAddress(), option = 0, deadline = "99999999999", signature = "0x" + new string('1', 128) + "1b" });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("ballotClosed"));
        Assert.That(await OutboxCountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task BallotCreation_IsValidated_AndOnlyForAdmins()
    {
        var (bad, body) = await SendAsync(HttpMethod.Post, "/api/ballots", ServiceFactory.AdminKey,
            new { title = "", options = OneOption, start = "2001-01-01T00:00:00Z", end = "2000-01-01T00:00:00Z", quorum = -1, credentialType = "pilot" });
        var (registrar, _) = await SendAsync(HttpMethod.Post, "/api/ballots", RegistrarKey,
            new { title = "t", options = TwoOptions, start = "2100-01-01T00:00:00Z", end = "2100-01-02T00:00:00Z", quorum = 0, credentialType = "resident" });
        Assert.Multiple(() =>
        {
            Assert.That(bad, Is.EqualTo(HttpStatusCode.BadRequest));
            var errors = body.GetProperty("errors");
            foreach (var field in BallotFields)
            {
                Assert.That(errors.TryGetProperty(field, out _), Is.True, field);
            }
            Assert.That(registrar, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>Fetches the typed data for <paramref name="voter"/>, changes it, signs it with ethers and checks the refusal.</summary>
    private async Task RefusedAsync(EthECKey voter, HttpStatusCode status, string code, Action<JsonObject> change, EthECKey? signer = null, int option = 0)
    {
        var typedData = await TypedDataAsync(voter, option);
        change(typedData);
        var signature = await EthersSigner.SignTypedDataAsync(PrivateKey(signer ?? voter), typedData);
        var before = await OutboxCountAsync();
        using var response = await PostJsonAsync($"/api/ballots/{_ballotId}/votes", new
        {
            voter = voter.GetPublicAddress(),
            option = typedData["message"]!["option"]!.GetValue<string>(),
            deadline = typedData["message"]!["deadline"]!.GetValue<string>(),
            signature,
        });
        var problem = await ProblemAssert.IsProblemAsync(response, status);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code), problem.ToString());
            Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
            Assert.That(await OutboxCountAsync(), Is.EqualTo(before), "nothing relayed");
        });
    }
}
