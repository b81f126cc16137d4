using System.Net;
using System.Text.Json.Nodes;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Web3;
using static CityToken.Tests.Identity.DidTestChain;

namespace CityToken.Tests.Identity;

/// <summary>
/// DID resolution: our document (GET /1.0/identifiers/{did}, built from the identity projection) equals the one
/// ethr-did-resolver builds from the same chain, for scripted histories on a real hardhat node; every version of
/// each history (versionId = each block, the block before, and the block after) is compared too.
/// </summary>
[TestFixture, Category("EveryChain")]
internal sealed class DidResolutionEquivalenceTests
{
    private ServiceFactory _factory = null!;
    private WebApplicationFactory<Program> _service = null!;
    private readonly PinnableTimeProvider _clock = new();
    private HttpClient _client = null!;
    private ProjectionFeeder _feeder = null!;
    private Web3 _funder = null!;
    private string _registry = null!;

    private static readonly string[] ExpectedServiceTypes = ["DIDCommMessaging", "LinkedDomains", "Listed"];

    private static string RpcUrl => SharedChain.Node.RpcUrl;

    [OneTimeSetUp]
    public void SetUp()
    {
        _factory = ServiceFactory.For(SharedChain.Node);
        _service = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _client = _service.CreateClient();
        _feeder = new ProjectionFeeder(_service.Services, RpcUrl, SharedChain.Manifest);
        _funder = SharedChain.Node.Web3ForAccount0();
        _registry = SharedChain.Manifest.AddressOf("EthereumDIDRegistry");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _service.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private Task<DidActor> NewActorAsync(bool funded = true) => DidTestChain.NewActorAsync(RpcUrl, _funder, _registry, funded);

    /// <summary>
    /// Feeds the projection, resolves every DID URL with the service and with ethr-did-resolver, and asserts that
    /// the results are equal as JSON (document, document metadata, resolution metadata). Returns our results.
    /// Both resolvers compare validity with "now" for the latest version: a fast test chain runs ahead of the wall
    /// clock, so both clocks are pinned to 2 s after the latest block (revoked and 1-second entries are then over,
    /// day-long ones valid) instead of waiting for the wall clock to catch up.
    /// </summary>
    private async Task<List<JsonObject>> AssertSameAsEthrDidResolverAsync(params string[] didUrls)
    {
        // On a chain with a block time the block after a history comes later: both resolvers must find every block asked about.
        var highest = didUrls.Select(u => System.Text.RegularExpressions.Regex.Match(u, @"versionId=(\d+)")).Where(m => m.Success)
            .Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        if (TestChain.BlockTimeSeconds is { } seconds)
        {
            var deadline = DateTime.UtcNow.AddSeconds(seconds * 5);
            while ((long)(await _funder.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value < highest && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
        await _feeder.FeedAsync();
        var now = await LatestBlockTimeAsync(_funder) + 2;
        _clock.Pinned = DateTimeOffset.FromUnixTimeSeconds(now);
        var ours = new List<JsonObject>();
        try
        {
            foreach (var didUrl in didUrls)
            {
                ours.Add((await ResolveAsync(_client, didUrl)).Body);
            }
        }
        finally
        {
            _clock.Pinned = null;
        }
        var theirs = await EthrDidResolverCli.ResolveAsync(RpcUrl, _registry, didUrls, now);
        Assert.That(theirs, Has.Count.EqualTo(didUrls.Length));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < didUrls.Length; i++)
            {
                var reference = theirs[i]!.AsObject();
                if (reference["didResolutionMetadata"]?["error"] is not null)
                {
                    Assert.That(ours[i]["didResolutionMetadata"]?["error"], Is.Not.Null,
                        $"{didUrls[i]}: ethr-did-resolver fails ({reference["didResolutionMetadata"]!.ToJsonString()}), we answered {ours[i].ToJsonString()}");
                    continue;
                }
                Assert.That(Canonical(ours[i]), Is.EqualTo(Canonical(reference)), $"{didUrls[i]}: our result differs from ethr-did-resolver's");
            }
        });
        return ours;
    }

    /// <summary>Each block of a history as a version, plus the block before the first and after the last.</summary>
    private static string[] EveryVersion(string did, IEnumerable<long> blocks)
    {
        var list = blocks.Distinct().Order().ToList();
        return [did, .. new[] { list[0] - 1 }.Concat(list).Append(list[^1] + 1).Select(b => Versioned(did, b))];
    }

    private static JsonArray Methods(JsonObject result) => result["didDocument"]!["verificationMethod"]!.AsArray();

    [Test]
    public async Task FreshDid_WithAndWithoutNetwork_EqualsReference()
    {
        var address = Nethereum.Signer.EthECKey.GenerateKey().GetPublicAddress();
        var lower = address.ToLowerInvariant();
        var results = await AssertSameAsEthrDidResolverAsync(
            $"did:ethr:0x7a69:{address}", $"did:ethr:{address}", $"did:ethr:0x7a69:{lower}", $"did:ethr:{lower}");
        Assert.Multiple(() =>
        {
            Assert.That(Methods(results[0]), Has.Count.EqualTo(1));
            Assert.That(Methods(results[0])[0]!["blockchainAccountId"]!.GetValue<string>(), Is.EqualTo($"eip155:31337:{address}"));
            Assert.That(results[1]["didDocument"]!["id"]!.GetValue<string>(), Is.EqualTo($"did:ethr:{address}"));
            Assert.That(results[0]["didDocumentMetadata"]!.AsObject(), Is.Empty);
        });
    }

    [Test]
    public async Task OwnerChanges_EqualReference_AtEveryVersion()
    {
        var identity = await NewActorAsync();
        var second = await NewActorAsync();
        var third = await NewActorAsync(funded: false);
        var r1 = await identity.Registry.ChangeOwnerRequestAndWaitForReceiptAsync(identity.Address, second.Address);
        var r2 = await second.Registry.ChangeOwnerRequestAndWaitForReceiptAsync(identity.Address, third.Address);
        var did = $"did:ethr:0x7a69:{identity.Address}";
        var results = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, [Block(r1), Block(r2)]));
        Assert.Multiple(() =>
        {
            Assert.That(Methods(results[0])[0]!["blockchainAccountId"]!.GetValue<string>(), Does.EndWith(third.Address));
            Assert.That(results[0]["didDocumentMetadata"]!["versionId"]!.GetValue<string>(), Is.EqualTo(Block(r2).ToString()));
            Assert.That(Methods(results[2])[0]!["blockchainAccountId"]!.GetValue<string>(), Does.EndWith(second.Address), "at the first change");
            Assert.That(results[2]["didDocumentMetadata"]!["nextVersionId"]!.GetValue<string>(), Is.EqualTo(Block(r2).ToString()));
        });
    }

    [Test]
    public async Task Delegates_VeriKeyAndSigAuth_WithExpiredRevokedAndReadded_EqualReference()
    {
        var identity = await NewActorAsync();
        var veri = await NewActorAsync(funded: false);
        var sig = await NewActorAsync(funded: false);
        var expiring = await NewActorAsync(funded: false);
        var revoked = await NewActorAsync(funded: false);
        var readded = await NewActorAsync(funded: false);
        var id = identity.Address;
        var r = identity.Registry;
        var blocks = new List<long>
        {
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), veri.Address, Day)),
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("sigAuth"), sig.Address, Day)),
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), expiring.Address, 1)),
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("sigAuth"), revoked.Address, Day)),
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), readded.Address, Day)),
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("otherType"), readded.Address, Day)),
            Block(await r.RevokeDelegateRequestAndWaitForReceiptAsync(id, Bytes32("sigAuth"), revoked.Address)),
            Block(await r.RevokeDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), readded.Address)),
        };
        blocks.Add(Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), readded.Address, Day)));
        var did = $"did:ethr:0x7a69:{id}";
        var results = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, blocks));

        var latest = results[0]["didDocument"]!;
        var accounts = Methods(results[0]).Select(m => m!["blockchainAccountId"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(accounts, Has.Some.EndsWith(veri.Address).And.Some.EndsWith(sig.Address).And.Some.EndsWith(readded.Address));
            Assert.That(accounts, Has.None.EndsWith(expiring.Address), "expired delegate");
            Assert.That(accounts, Has.None.EndsWith(revoked.Address), "revoked delegate");
            Assert.That(Methods(results[0]).Select(m => m!["id"]!.GetValue<string>()), Does.Contain($"{did}#delegate-9"), "a re-added delegate gets a new number");
            Assert.That(latest["authentication"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { $"{did}#controller", $"{did}#delegate-2" }));
        });
    }

    [Test]
    public async Task PublicKeyAttributes_InSeveralEncodings_EqualReference()
    {
        var identity = await NewActorAsync();
        var id = identity.Address;
        var r = identity.Registry;
        var secp = Nethereum.Signer.EthECKey.GenerateKey().GetPubKey(true);
        var ed = Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 1)).ToArray();
        var x = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();
        var leadingZeros = new byte[] { 0, 0, 1, 2, 3, 250 };
        var pem = Utf8("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQ==\n-----END PUBLIC KEY-----\n");
        var blocks = new List<long>
        {
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Secp256k1/veriKey/hex"), secp, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Ed25519/veriKey/base58"), ed, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Ed25519/sigAuth/base64"), ed, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/X25519/enc/base64"), x, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Secp256k1/sigAuth"), secp, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/RSA/veriKey/pem"), pem, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Ed25519/veriKey/base58"), leadingZeros, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Ed25519/veriKey/jwk"), ed, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("not/a/did/attribute"), ed, Day)),
            Block(await r.RevokeAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Secp256k1/sigAuth"), secp)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/X25519/enc/base58"), ed, Day)),
            // The reference resolver keeps a revoked enc key's keyAgreement reference (its key leaves): so do we.
            Block(await r.RevokeAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/X25519/enc/base58"), ed)),
        };
        var did = $"did:ethr:{id}";
        var results = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, blocks));
        var methods = Methods(results[0]);
        Assert.Multiple(() =>
        {
            Assert.That(methods.Count(m => m!["publicKeyBase58"] is not null), Is.EqualTo(2));
            Assert.That(methods.Any(m => m!["publicKeyBase58"]?.GetValue<string>().StartsWith("11", StringComparison.Ordinal) == true), Is.True, "leading zero bytes");
            Assert.That(methods.Count(m => m!["publicKeyBase64"] is not null), Is.EqualTo(2));
            Assert.That(methods.Any(m => m!["publicKeyPem"] is not null), Is.True);
            Assert.That(methods.Any(m => m!["publicKeyHex"]?.GetValue<string>() == Convert.ToHexStringLower(secp)), Is.True);
            Assert.That(results[0]["didDocument"]!["keyAgreement"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(methods.Count(m => m!["type"]?.GetValue<string>() == "X25519KeyAgreementKey2019"), Is.EqualTo(1));
            Assert.That(methods.Any(m => m!["type"]?.GetValue<string>() == "X25519KeyAgreementKey2019"), Is.True);
        });
    }

    [Test]
    public async Task Services_IncludingRevokedAndExpired_EqualReference()
    {
        var identity = await NewActorAsync();
        var id = identity.Address;
        var r = identity.Registry;
        var messaging = Utf8("""{"uri":"https://portal.citytoken.example/didcomm","accept":["didcomm/v2"],"routingKeys":[]}""");
        var blocks = new List<long>
        {
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/DIDCommMessaging"), messaging, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/LinkedDomains"), Utf8("https://city.example"), Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/HubService"), Utf8("https://hub.example"), Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/Short"), Utf8("https://short.example"), 1)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/Listed"), Utf8("""["https://a.example","https://b.example"]"""), Day)),
            Block(await r.RevokeAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/HubService"), Utf8("https://hub.example"))),
        };
        var did = $"did:ethr:0x7a69:{id}";
        var results = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, blocks));
        var services = results[0]["didDocument"]!["service"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(services.Select(s => s!["type"]!.GetValue<string>()), Is.EqualTo(ExpectedServiceTypes));
            Assert.That(services[0]!["serviceEndpoint"]!["uri"]!.GetValue<string>(), Is.EqualTo("https://portal.citytoken.example/didcomm"));
            Assert.That(services[2]!["id"]!.GetValue<string>(), Is.EqualTo($"{did}#service-5"));
        });
    }

    [Test]
    public async Task Deactivation_EqualsReference_AndLaterChangesAreIgnored()
    {
        var identity = await NewActorAsync();
        var delegateKey = await NewActorAsync(funded: false);
        var id = identity.Address;
        var r = identity.Registry;
        var blocks = new List<long>
        {
            Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), delegateKey.Address, Day)),
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/LinkedDomains"), Utf8("https://city.example"), Day)),
            Block(await r.ChangeOwnerRequestAndWaitForReceiptAsync(id, "0x0000000000000000000000000000000000000000")),
            // On chain, identityOwner falls back to the identity: it can still write, resolvers ignore it.
            Block(await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/After"), Utf8("https://after.example"), Day)),
        };
        var did = $"did:ethr:0x7a69:{id}";
        var results = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, blocks));
        Assert.Multiple(() =>
        {
            Assert.That(results[0]["didDocumentMetadata"]!["deactivated"]!.GetValue<bool>(), Is.True);
            Assert.That(Methods(results[0]), Is.Empty);
            Assert.That(results[0]["didDocument"]!["service"], Is.Null);
            Assert.That(results[0]["didDocumentMetadata"]!["versionId"]!.GetValue<string>(), Is.EqualTo(blocks[2].ToString()));
        });
        var (response, _) = await ResolveAsync(_client, did);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
    }

    [Test]
    public async Task PublicKeyDid_EqualsReference_ControllerKeyUntilOwnerChanges()
    {
        var identity = await NewActorAsync();
        var other = await NewActorAsync(funded: false);
        var did = $"did:ethr:0x7a69:{identity.CompressedPublicKeyHex}";
        var before = await AssertSameAsEthrDidResolverAsync(did, $"did:ethr:{identity.CompressedPublicKeyHex}");
        Assert.That(Methods(before[0]).Select(m => m!["id"]!.GetValue<string>()), Does.Contain($"{did}#controllerKey"));

        var r1 = await identity.Registry.ChangeOwnerRequestAndWaitForReceiptAsync(identity.Address, other.Address);
        var after = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, [Block(r1)]));
        Assert.Multiple(() =>
        {
            Assert.That(Methods(after[0]), Has.Count.EqualTo(1), "controllerKey leaves once another key owns the DID");
            Assert.That(Methods(after[1]).Select(m => m!["id"]!.GetValue<string>()), Does.Contain($"{did}#controllerKey"), "before the change");
        });
    }

    [Test]
    public async Task SeveralChangesInOneBlock_EqualReference_InLogOrder()
    {
        var identity = await NewActorAsync();
        var first = await NewActorAsync(funded: false);
        var second = await NewActorAsync(funded: false);
        var id = identity.Address;
        var r = identity.Registry;
        var before = Block(await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), first.Address, Day));
        await TestChain.PauseMiningAsync(_funder.Client);
        long batchBlock;
        try
        {
            // Add, revoke, and re-add in one block: order inside the block decides what the document shows.
            var nonce = (await _funder.Eth.Transactions.GetTransactionCount.SendRequestAsync(id)).Value;
            var gas = new Nethereum.Hex.HexTypes.HexBigInteger(200_000);
            await r.AddDelegateRequestAsync(new Contracts.EthereumDIDRegistry.ContractDefinition.AddDelegateFunction
            { Identity = id, DelegateType = Bytes32("sigAuth"), Delegate = second.Address, Validity = Day, Nonce = nonce, Gas = gas });
            await r.RevokeDelegateRequestAsync(new Contracts.EthereumDIDRegistry.ContractDefinition.RevokeDelegateFunction
            { Identity = id, DelegateType = Bytes32("veriKey"), Delegate = first.Address, Nonce = nonce + 1, Gas = gas });
            await r.AddDelegateRequestAsync(new Contracts.EthereumDIDRegistry.ContractDefinition.AddDelegateFunction
            { Identity = id, DelegateType = Bytes32("veriKey"), Delegate = first.Address, Validity = Day, Nonce = nonce + 2, Gas = gas });
            await r.SetAttributeRequestAsync(new Contracts.EthereumDIDRegistry.ContractDefinition.SetAttributeFunction
            { Identity = id, Name = Bytes32("did/svc/LinkedDomains"), Value = Utf8("https://city.example"), Validity = Day, Nonce = nonce + 3, Gas = gas });
            await _funder.Client.SendRequestAsync<object>("evm_mine");
            // On a chain with a block time, a block may have come between the receipt and the pause.
            batchBlock = (long)(await _funder.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        }
        finally
        {
            await TestChain.ResumeMiningAsync(_funder.Client);
        }
        var did = $"did:ethr:0x7a69:{id}";
        var results = await AssertSameAsEthrDidResolverAsync(EveryVersion(did, [before, batchBlock]));
        var ids = Methods(results[0]).Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(new[] { $"{did}#controller", $"{did}#delegate-2", $"{did}#delegate-4" }), "one block, four changes, in log order");
            Assert.That(results[0]["didDocumentMetadata"]!["versionId"]!.GetValue<string>(), Is.EqualTo(batchBlock.ToString()));
        });
    }

    [Test]
    public async Task VersionTime_GivesTheDocumentOfTheBlockAtThatTime()
    {
        var identity = await NewActorAsync();
        var delegateKey = await NewActorAsync(funded: false);
        var r1 = await identity.Registry.AddDelegateRequestAndWaitForReceiptAsync(identity.Address, Bytes32("veriKey"), delegateKey.Address, Day);
        // Hardhat gives every block a later time, Anvil may mine two in one second: the next block comes a second later.
        await _funder.Client.SendRequestAsync<object>("evm_increaseTime", null, new Nethereum.Hex.HexTypes.HexBigInteger(1));
        var r2 = await identity.Registry.RevokeDelegateRequestAndWaitForReceiptAsync(identity.Address, Bytes32("veriKey"), delegateKey.Address);
        await _feeder.FeedAsync();
        var did = $"did:ethr:{identity.Address}";
        var t1 = await BlockTimeAsync(_funder, Block(r1));
        var t2 = await BlockTimeAsync(_funder, Block(r2));
        Assert.That(t2, Is.GreaterThan(t1));

        var atFirst = (await ResolveAsync(_client, $"{did}?versionTime={Uri.EscapeDataString(DateTimeOffset.FromUnixTimeSeconds(t1).ToString("O"))}")).Body;
        var byId = (await ResolveAsync(_client, Versioned(did, Block(r1)))).Body;
        Assert.Multiple(() =>
        {
            Assert.That(Canonical(atFirst), Is.EqualTo(Canonical(byId)));
            Assert.That(Methods(atFirst), Has.Count.EqualTo(2));
            Assert.That(atFirst["didDocumentMetadata"]!["nextVersionId"]!.GetValue<string>(), Is.EqualTo(Block(r2).ToString()));
        });
    }
}
