using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Api.Anchoring;
using CityToken.Api.Auth;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Storage;
using CityToken.Contracts.RecordAnchor;
using CityToken.Contracts.RecordAnchor.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Anchoring;

/// <summary>
/// Tamper-evident records on the shared Hardhat chain: hashes and files submitted by a clerk (idempotent, hostile input
/// refused), one anchoring run turning them and the audit chain's head into one tree anchored through the outbox,
/// the proofs read back once indexed and checked by the C# tree, @openzeppelin/merkle-tree and the contract's verify.
/// The periodic run is off: the test runs <see cref="AnchorBatcher"/> itself.
/// </summary>
[NonParallelizable]
internal sealed class AnchoringTests
{
    private const string ClerkKey = "test-clerk-key-0123456789abcdefghijkl";
    private const string ReporterKey = "test-reporter-key-0123456789abcdefghi";
    private const string AuditorKey = "test-auditor-key-0123456789abcdefghij";
    private const int MaxUploadBytes = 4_096;
    private const string VerifyAudit = "../../scripts/verify-audit.mjs";
    private static readonly string[] ThirdLeafProof = ["0xcb18cb5843115351c1cf5f505b6c5929e5b4480a0f3666d63f5d885c49f4acad"];

    private ServiceFactory _service = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _service = Service(SharedChain.Node, settings: new Dictionary<string, string>
        {
            ["Anchoring:AuditSettleSeconds"] = "0",
            ["Anchoring:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _client = _service.CreateClient();
        await WithDbAsync(_service, async db =>
        {
            foreach (var (name, role, key) in new[] { ("clerk", StaffRoles.Clerk, ClerkKey), ("reporter", StaffRoles.Reporter, ReporterKey), ("auditor", StaffRoles.Auditor, AuditorKey) })
            {
                db.ApiKeys.Add(new ApiKey { Name = name, Roles = [role], KeyHash = ApiKey.Hash(key), CreatedAt = DateTimeOffset.UtcNow });
            }
            return await db.SaveChangesAsync();
        });
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public void TheTreeMatchesTheJsLibrarysVector()
    {
        // StandardMerkleTree.of([[0x11…], [0x22…], [0x33…]], ["bytes32"]) in @openzeppelin/merkle-tree 1.0.8.
        var tree = MerkleTree.Of(["0x" + new string('1', 64), "0x" + new string('2', 64), "0x" + new string('3', 64)]);
        Assert.That(tree.Root, Is.EqualTo("0xa9b9d19e00269b8e357d6b17ae987e7f306e63b8e77615ce706ec522974d2fea"));
        Assert.That(tree.ProofOf("0x" + new string('3', 64)), Is.EqualTo(ThirdLeafProof));
        Assert.That(tree.ProofOf("0x" + new string('4', 64)), Is.Null);
        Assert.That(MerkleTree.Verify(tree.Root, "0x" + new string('1', 64), tree.ProofOf("0x" + new string('1', 64))!), Is.True);
        Assert.That(MerkleTree.Verify(tree.Root, "0x" + new string('2', 64), tree.ProofOf("0x" + new string('1', 64))!), Is.False);
    }

    [Test]
    public async Task HostileInputIsRefusedWithProblems()
    {
        var bad = await PostAsync(ClerkKey, new { hash = "0x1234", label = "x" });
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("hash", out _), Is.True);
        var notHex = await PostAsync(ClerkKey, new { hash = "0x" + new string('g', 64) });
        await ProblemAssert.IsProblemAsync(notHex, HttpStatusCode.BadRequest);
        var longLabel = await PostAsync(ClerkKey, new { hash = RandomHash(), label = new string('a', 201) });
        problem = await ProblemAssert.IsProblemAsync(longLabel, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("label", out _), Is.True);
        using var notJson = new HttpRequestMessage(HttpMethod.Post, "/api/anchors") { Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json") };
        notJson.Headers.Add("X-Api-Key", ClerkKey);
        await ProblemAssert.IsProblemAsync(await _client.SendAsync(notJson), HttpStatusCode.BadRequest);

        Assert.That((await PostAsync(null, new { hash = RandomHash() })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await PostAsync(ReporterKey, new { hash = RandomHash() })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await ProblemAssert.IsProblemAsync(await _client.GetAsync("/api/anchors/not-a-hash"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await _client.GetAsync($"/api/anchors/{RandomHash()}"), HttpStatusCode.NotFound);

        var tooLarge = await PostFileAsync(ClerkKey, new byte[MaxUploadBytes + 1], null);
        await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        var fileLabel = await PostFileAsync(ClerkKey, [1, 2, 3], new string('b', 201));
        await ProblemAssert.IsProblemAsync(fileLabel, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task HashesAndFilesAreAnchoredOnceAndProvenByTheLibraryAndTheChain()
    {
        var hashes = Enumerable.Range(0, 4).Select(_ => RandomHash()).ToList();
        var first = await PostAsync(ClerkKey, new { hash = hashes[0].ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal), label = "permit 2026/117" });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var accepted = await first.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That((string?)accepted!["hash"], Is.EqualTo(hashes[0]), "stored lower-case");
        Assert.That((string?)accepted["status"], Is.EqualTo("pending"));
        var again = await PostAsync(ClerkKey, new { hash = hashes[0], label = "another label" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same hash again is the same record");
        Assert.That((long?)(await again.Content.ReadFromJsonAsync<JsonObject>())!["id"], Is.EqualTo((long?)accepted["id"]));
        foreach (var hash in hashes.Skip(1))
        {
            Assert.That((await PostAsync(AdminKeyOf(), new { hash })).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        }
        var file = System.Text.Encoding.UTF8.GetBytes("Minutes of the council, 7 December 2026.\n");
        var fileAnswer = await PostFileAsync(ClerkKey, file, "council minutes");
        Assert.That(fileAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var fileHash = "0x" + Convert.ToHexStringLower(SHA256.HashData(file));
        Assert.That((string?)(await fileAnswer.Content.ReadFromJsonAsync<JsonObject>())!["hash"], Is.EqualTo(fileHash));
        hashes.Add(fileHash);

        var pending = await GetAsync(hashes[0]);
        Assert.That((string?)pending["status"], Is.EqualTo("pending"));
        Assert.That(pending["root"], Is.Null);

        var batcher = _service.Services.GetRequiredService<AnchorBatcher>();
        var tree = await batcher.RunAsync(CancellationToken.None);
        Assert.That(tree, Is.Not.Null);
        Assert.That(tree!.EntryId, Is.Not.Null, "the root was sent through the outbox");
        var audit = await WithDbAsync(_service, db => db.Set<AnchorRecord>().Where(r => r.Source == "audit" && r.TreeId == tree!.Id).ToListAsync());
        Assert.That(audit, Has.Count.EqualTo(1), "the audit chain's head joins the tree");
        Assert.That(tree.Count, Is.EqualTo(hashes.Count + 1));
        Assert.That(await batcher.RunAsync(CancellationToken.None), Is.Null, "nothing pending: no second tree, no second anchor");

        var anchored = await WaitAnchoredAsync(hashes[0]);
        Assert.That((string?)anchored["root"], Is.EqualTo(tree.Root));
        Assert.That((string?)anchored["txHash"], Does.StartWith("0x"));
        Assert.That((long?)anchored["blockNumber"], Is.GreaterThan(0));
        Assert.That((string?)anchored["contract"], Is.EqualTo(SharedChain.Manifest.AddressOf(ContractNames.RecordAnchor)));
        var blockTime = DateTimeOffset.Parse((string)anchored["blockTime"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(blockTime.ToUnixTimeSeconds(), Is.EqualTo(await ChainTimeOfAsync((long)anchored["blockNumber"]!)));

        // Every record's proof: the C# tree, @openzeppelin/merkle-tree and the contract's verify view agree.
        var allHashes = hashes.Append(audit[0].Hash).ToList();
        var records = new JsonArray();
        foreach (var hash in allHashes)
        {
            var view = await WaitAnchoredAsync(hash);
            var proof = view["proof"]!.AsArray().Select(p => (string)p!).ToList();
            Assert.That(MerkleTree.Verify(tree.Root, hash, proof), Is.True, hash);
            records.Add(new JsonObject { ["hash"] = hash, ["root"] = tree.Root, ["proof"] = new JsonArray([.. proof.Select(p => JsonValue.Create(p))]) });
        }
        var forged = RandomHash();
        records.Add(new JsonObject { ["hash"] = forged, ["root"] = tree.Root, ["proof"] = records[0]!["proof"]!.DeepClone() });
        var input = new JsonObject
        {
            ["rpcUrl"] = SharedChain.Node.RpcUrl,
            ["contract"] = SharedChain.Manifest.AddressOf(ContractNames.RecordAnchor),
            ["hashes"] = new JsonArray([.. allHashes.Select(h => JsonValue.Create(h))]),
            ["records"] = records,
        };
        var output = JsonNode.Parse(await InteropScript.RunAsync("anchor-proof.mjs", [], input.ToJsonString()))!;
        Assert.That((string?)output["root"], Is.EqualTo(tree.Root), "the JS library builds the same tree");
        var csharpTree = MerkleTree.Of(allHashes);
        foreach (var hash in allHashes)
        {
            Assert.That(output["proofs"]![hash]!.AsArray().Select(p => (string)p!), Is.EqualTo(csharpTree.ProofOf(hash)), hash);
        }
        var checks = output["records"]!.AsArray();
        for (var i = 0; i < allHashes.Count; i++)
        {
            Assert.That((bool)checks[i]!["library"]!, Is.True, $"StandardMerkleTree.verify accepts {allHashes[i]}");
            Assert.That((bool)checks[i]!["onChain"]!, Is.True, $"RecordAnchor.verify accepts {allHashes[i]}");
            Assert.That(DateTimeOffset.Parse((string)checks[i]!["blockTime"]!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(blockTime));
        }
        Assert.That((bool)checks[^1]!["library"]! || (bool)checks[^1]!["onChain"]!, Is.False, "a record outside the tree is proven by neither");

        // The audit chain export recomputes to the anchored head.
        using var chainRequest = new HttpRequestMessage(HttpMethod.Get, "/api/audit/chain?limit=1000");
        chainRequest.Headers.Add("X-Api-Key", AuditorKey);
        var page = await (await _client.SendAsync(chainRequest)).Content.ReadFromJsonAsync<JsonObject>();
        var previous = (string)page!["previous"]!;
        var links = page["links"]!.AsArray();
        Assert.That(links, Is.Not.Empty);
        foreach (var link in links)
        {
            previous = AuditChain.Next(previous, (string)link!["canonical"]!);
            Assert.That((string?)link["hash"], Is.EqualTo(previous));
        }
        Assert.That(previous, Is.EqualTo(audit[0].Hash), "the anchored head is the export's last link");
        Assert.That(links.Any(l => ((string)l!["canonical"]!).Contains("/api/anchors", StringComparison.Ordinal)), Is.True, "the clerk's writes are in the chain");

        // scripts/verify-audit.mjs proves the export up to the anchored head on chain, and names an altered link.
        var folder = Directory.CreateTempSubdirectory("citytoken-audit-").FullName;
        var exportFile = Path.Combine(folder, "export.json");
        var proofFile = Path.Combine(folder, "head.json");
        await File.WriteAllTextAsync(exportFile, page.ToJsonString());
        await File.WriteAllTextAsync(proofFile, (await GetAsync(audit[0].Hash)).ToJsonString());
        string[] verifyArgs = [exportFile, "--proof", proofFile, "--rpc", SharedChain.Node.RpcUrl];
        var summary = JsonNode.Parse(await InteropScript.RunAsync(VerifyAudit, verifyArgs))!;
        Assert.That((long?)summary["provenThrough"], Is.EqualTo((long?)links[^1]!["sequence"]));
        Assert.That((bool?)summary["onChain"], Is.True);
        var altered = links[0]!["canonical"]!.ToString().Replace("\"statusCode\":202", "\"statusCode\":200", StringComparison.Ordinal);
        links[0]!["canonical"] = altered == links[0]!["canonical"]!.ToString() ? altered + " " : altered;
        await File.WriteAllTextAsync(exportFile, page.ToJsonString());
        var refused = Assert.ThrowsAsync<InvalidOperationException>(() => InteropScript.RunAsync(VerifyAudit, verifyArgs));
        Assert.That(refused!.Message, Does.Contain($"link {(long)links[0]!["sequence"]!}").And.Contain("NOT PROVEN"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task AnAuditEntryCommittedBelowAnIdAlreadyChainedIsChainedAtTheNextRun()
    {
        // Two PostgreSQL transactions take ids in one order and commit in the other: the higher id is chained first.
        // Far above the sequence, so the service's own entries never meet these ids.
        var (low, high) = await WithDbAsync(_service, async db =>
        {
            var top = 1_000_000 + (await db.Set<CityToken.Api.Audit.AuditEntry>().MaxAsync(e => (long?)e.Id) ?? 0);
            var later = AuditEntryWithId(top + 10);
            db.Add(later);
            await db.SaveChangesAsync();
            await AuditChain.ExtendAsync(db, DateTimeOffset.UtcNow, 10_000, CancellationToken.None);
            await db.SaveChangesAsync();
            var late = AuditEntryWithId(top + 5);
            db.Add(late);
            await db.SaveChangesAsync();
            await AuditChain.ExtendAsync(db, DateTimeOffset.UtcNow, 10_000, CancellationToken.None);
            await db.SaveChangesAsync();
            return (late.Id, later.Id);
        });
        var chained = await WithDbAsync(_service, db => db.Set<AuditChainLink>()
            .Where(l => l.Source == AuditChain.StaffSource && (l.EntryId == low || l.EntryId == high))
            .OrderBy(l => l.Sequence).Select(l => l.EntryId).ToListAsync());
        Assert.That(chained, Is.EqualTo(new[] { high, low }), "the late commit is chained, after the id above it");
    }

    private static CityToken.Api.Audit.AuditEntry AuditEntryWithId(long id) => new()
    {
        Id = id, At = DateTimeOffset.UtcNow.AddSeconds(-1), ActorName = "test", ActorRoles = "admin",
        Method = "POST", Route = "/api/test", Path = "/api/test", StatusCode = 200,
    };

    [Test]
    public async Task ARootAnchoredAlreadyIsRecordedWithoutATransaction()
    {
        // The tree of one hash is its leaf: anchor that root first, straight from the admin account.
        var hash = RandomHash();
        var root = Hex(MerkleTree.LeafOf(Convert.FromHexString(hash[2..])));
        var admin = Web3For(SharedChain.Node, "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        var contract = new RecordAnchorService(admin, SharedChain.Manifest.AddressOf(ContractNames.RecordAnchor));
        await contract.AnchorRequestAndWaitForReceiptAsync(new AnchorFunction { Root = Convert.FromHexString(root[2..]), Count = 1 });
        await WithDbAsync(_service, async db =>
        {
            // Nothing else pending, so this run's tree holds this hash alone.
            await db.Set<AnchorRecord>().Where(r => r.TreeId == null).ExecuteDeleteAsync();
            await db.Set<AuditChainLink>().ExecuteDeleteAsync();
            await db.Set<CityToken.Api.Audit.AuditEntry>().ExecuteDeleteAsync();
            return 0;
        });
        Assert.That((await PostAsync(ClerkKey, new { hash })).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await WithDbAsync(_service, db => db.Set<CityToken.Api.Audit.AuditEntry>().ExecuteDeleteAsync());
        var entriesBefore = await WithDbAsync(_service, db => db.Set<OutboxEntry>().CountAsync());
        var tree = await _service.Services.GetRequiredService<AnchorBatcher>().RunAsync(CancellationToken.None);
        Assert.That(tree!.Root, Is.EqualTo(root));
        Assert.That(tree.EntryId, Is.Null, "no transaction for a root the contract would refuse");
        Assert.That(await WithDbAsync(_service, db => db.Set<OutboxEntry>().CountAsync()), Is.EqualTo(entriesBefore));
        var view = await WaitAnchoredAsync(hash);
        Assert.That(view["proof"]!.AsArray(), Is.Empty, "a one-record tree's proof is empty");
    }

    [Test]
    public async Task ATreeWhoseTransactionRevertedGoesBackToPendingAndIsSentAgain()
    {
        var hash = RandomHash();
        Assert.That((await PostAsync(ClerkKey, new { hash })).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        // Fault injection: the record sits in a tree whose anchor transaction ended reverted (never sent, nothing indexed).
        var dead = await WithDbAsync(_service, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var entry = new OutboxEntry
            {
                IdempotencyKey = "anchor:injected:" + hash, RequestHash = "0x", Purpose = "injected", Sender = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
                To = SharedChain.Manifest.AddressOf(ContractNames.RecordAnchor), Data = "0x", Value = "0",
                Status = OutboxStatus.Reverted, Error = "injected revert", CreatedAt = now, UpdatedAt = now,
            };
            var tree = new AnchorTree { Root = RandomHash(), Count = 1, CreatedAt = now, Entry = entry };
            db.Add(tree);
            await db.SaveChangesAsync();
            await db.Set<AnchorRecord>().Where(r => r.Hash == hash).ExecuteUpdateAsync(u => u.SetProperty(r => r.TreeId, tree.Id));
            return tree;
        });
        var tree = await _service.Services.GetRequiredService<AnchorBatcher>().RunAsync(CancellationToken.None);
        Assert.That(tree, Is.Not.Null, "the records of the reverted tree form a new one");
        Assert.That(tree!.EntryId, Is.Not.Null.And.Not.EqualTo(dead.EntryId), "a fresh outbox entry, not the reverted one");
        Assert.That(await WithDbAsync(_service, db => db.Set<AnchorTree>().AnyAsync(t => t.Id == dead.Id)), Is.False);
        var view = await WaitAnchoredAsync(hash);
        Assert.That((string?)view["root"], Is.EqualTo(tree.Root));
    }

    private static string Hex(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    private static string RandomHash() => Hex(RandomNumberGenerator.GetBytes(32));

    private static string AdminKeyOf() => ServiceFactory.AdminKey;

    private async Task<HttpResponseMessage> PostAsync(string? key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/anchors") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await _client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostFileAsync(string key, byte[] file, string? label)
    {
        var url = "/api/anchors/file" + (label is null ? "" : "?label=" + Uri.EscapeDataString(label));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(file) };
        request.Content.Headers.ContentType = new("application/octet-stream");
        request.Headers.Add("X-Api-Key", key);
        return await _client.SendAsync(request);
    }

    private async Task<JsonObject> GetAsync(string hash)
    {
        var response = await _client.GetAsync($"/api/anchors/{hash}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Polls GET /api/anchors/{hash} until the outbox has sent the root and the indexer has seen it.</summary>
    private async Task<JsonObject> WaitAnchoredAsync(string hash)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var view = await GetAsync(hash);
            if ((string?)view["status"] == "anchored")
            {
                return view;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{hash} not anchored: {view.ToJsonString()}");
            }
            await Task.Delay(100);
        }
    }

    private static async Task<long> ChainTimeOfAsync(long blockNumber)
    {
        var block = await new Nethereum.Web3.Web3(SharedChain.Node.RpcUrl).Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new Nethereum.Hex.HexTypes.HexBigInteger(blockNumber));
        return (long)block.Timestamp.Value;
    }
}
