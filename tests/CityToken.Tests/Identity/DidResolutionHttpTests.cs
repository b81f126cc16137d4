using System.Net;
using System.Text.Json.Nodes;
using CityToken.Api.Identity;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Web3;
using static CityToken.Tests.Identity.DidTestChain;

namespace CityToken.Tests.Identity;

/// <summary>The HTTP(S) binding of GET /1.0/identifiers/{did}: errors, content negotiation, and the projection's rollback.</summary>
[TestFixture]
internal sealed class DidResolutionHttpTests
{
    private const string Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string ResultType = "application/ld+json";

    private ServiceFactory _factory = null!;
    private HttpClient _client = null!;
    private ProjectionFeeder _feeder = null!;
    private Web3 _funder = null!;
    private string _registry = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        _factory = ServiceFactory.For(SharedChain.Node);
        // These tests drive the identity projection itself (rollback, reset, re-feed): no indexer beside them.
        _factory.Settings["Indexer:Enabled"] = "false";
        _client = _factory.CreateClient();
        _feeder = new ProjectionFeeder(_factory.Services, SharedChain.Node.RpcUrl, SharedChain.Manifest);
        _funder = SharedChain.Node.Web3ForAccount0();
        _registry = SharedChain.Manifest.AddressOf("EthereumDIDRegistry");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [TestCase("did:ethr:0x123", "invalidDid", 400)]
    [TestCase("did:ethr:0x7a69:0xZZ997970C51812dc3A010C7d01b50e0d17dc79C8", "invalidDid", 400)]
    [TestCase("not-a-did", "invalidDid", 400)]
    [TestCase("did:ethr:0x7a69:0x70997970c51812DC3A010C7d01b50e0d17dc79C8", "invalidDid", 400)] // bad EIP-55 checksum
    [TestCase("did:ethr:0x7a69:0x0570997970C51812dc3A010C7d01b50e0d17dc79C870997970C51812dc3A010C7d", "invalidDid", 400)] // not a compressed key
    [TestCase("did:ethr:0x7a69:0x02ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "invalidDid", 400)] // x not on the curve
    [TestCase("did:ethr:0x7a69:" + Address + "#controller", "invalidDid", 400)] // a DID URL, not a DID
    [TestCase("did:web:city.example", "methodNotSupported", 501)]
    [TestCase("did:ethr:0x1:" + Address, "unknownNetwork", 400)]
    [TestCase("did:ethr:mainnet:" + Address, "unknownNetwork", 400)]
    [TestCase("did:ethr:" + Address + "?versionId=abc", "invalidOptions", 400)]
    [TestCase("did:ethr:" + Address + "?versionTime=yesterday", "invalidOptions", 400)]
    [TestCase("did:ethr:" + Address + "?versionId=999999999", "notFound", 404)]
    public async Task BadOrUnknownDids_AnswerTheSpecErrorAsAResolutionResult(string did, string error, int status)
    {
        var (response, body) = await ResolveAsync(_client, did);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ResultType));
            Assert.That(body["didResolutionMetadata"]!["error"]!.GetValue<string>(), Is.EqualTo(error));
            Assert.That(body["didResolutionMetadata"]!["message"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(body["didDocument"], Is.Null);
            Assert.That(body["didDocumentMetadata"]!.AsObject(), Is.Empty);
        });
    }

    [Test]
    public async Task OpenApi_DescribesTheResolutionEndpoint()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;
        var operation = json["paths"]!["/1.0/identifiers/{did}"]!["get"]!;
        Assert.Multiple(() =>
        {
            Assert.That(operation["operationId"]!.GetValue<string>(), Is.EqualTo("ResolveDid"));
            Assert.That(operation["responses"]!["406"], Is.Not.Null);
            Assert.That(operation["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key), Does.Contain("application/did+ld+json"));
        });
    }

    [Test]
    public async Task UnacceptableRepresentation_Answers406()
    {
        var (response, body) = await ResolveAsync(_client, $"did:ethr:{Address}", "text/html, application/xml;q=0.9");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotAcceptable));
            Assert.That(body["didResolutionMetadata"]!["error"]!.GetValue<string>(), Is.EqualTo("representationNotSupported"));
        });
    }

    [TestCase(null, "application/ld+json", true, true)]
    [TestCase("*/*", "application/ld+json", true, true)]
    [TestCase("application/ld+json;profile=\"https://w3id.org/did-resolution\"", "application/ld+json", true, true)]
    [TestCase("application/did-resolution", "application/did-resolution", true, true)]
    [TestCase("application/did+ld+json", "application/did+ld+json", false, true)]
    [TestCase("application/did+json", "application/did+json", false, false)]
    [TestCase("text/html;q=0.9, application/did+ld+json", "application/did+ld+json", false, true)]
    public async Task ContentNegotiation_ResultOrBareDocument(string? accept, string mediaType, bool resolutionResult, bool withContext)
    {
        var did = $"did:ethr:0x7a69:{Address}";
        var (response, body) = await ResolveAsync(_client, did, accept);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        if (mediaType == "application/ld+json")
        {
            Assert.That(response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "profile").Value,
                Is.EqualTo("\"https://w3id.org/did-resolution\""));
        }
        var document = resolutionResult ? body["didDocument"]!.AsObject() : body;
        Assert.Multiple(() =>
        {
            Assert.That(document["id"]!.GetValue<string>(), Is.EqualTo(did));
            Assert.That(document.ContainsKey("@context"), Is.EqualTo(withContext));
            Assert.That(body.ContainsKey("didResolutionMetadata"), Is.EqualTo(resolutionResult));
        });
        if (resolutionResult)
        {
            Assert.That(body["didResolutionMetadata"]!["contentType"]!.GetValue<string>(), Is.EqualTo("application/did+ld+json"));
        }
    }

    [Test]
    public async Task DidUrlQueryInThePath_IsHonoured()
    {
        var identity = await NewActorAsync(SharedChain.Node.RpcUrl, _funder, _registry);
        var other = await NewActorAsync(SharedChain.Node.RpcUrl, _funder, _registry, funded: false);
        var receipt = await identity.Registry.ChangeOwnerRequestAndWaitForReceiptAsync(identity.Address, other.Address);
        await _feeder.FeedAsync();
        var did = $"did:ethr:{identity.Address}";
        var response = await _client.GetAsync("/1.0/identifiers/" + Uri.EscapeDataString($"{did}?versionId={Block(receipt) - 1}"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body["didDocument"]!["verificationMethod"]![0]!["blockchainAccountId"]!.GetValue<string>(), Does.EndWith(identity.Address));
            Assert.That(body["didDocumentMetadata"]!["nextVersionId"]!.GetValue<string>(), Is.EqualTo(Block(receipt).ToString()));
        });
    }

    [Test]
    public async Task ProjectionRollbackAndReset_RemoveWhatLiesAbove()
    {
        var identity = await NewActorAsync(SharedChain.Node.RpcUrl, _funder, _registry);
        var other = await NewActorAsync(SharedChain.Node.RpcUrl, _funder, _registry, funded: false);
        var r1 = await identity.Registry.AddDelegateRequestAndWaitForReceiptAsync(identity.Address, Bytes32("veriKey"), other.Address, Day);
        var r2 = await identity.Registry.ChangeOwnerRequestAndWaitForReceiptAsync(identity.Address, other.Address);
        await _feeder.FeedAsync();
        var did = $"did:ethr:{identity.Address}";
        var atFirst = (await ResolveAsync(_client, Versioned(did, Block(r1)))).Body;

        var projection = _factory.Services.GetRequiredService<DidRegistryProjection>();
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            await projection.RollbackAsync(db, Block(r1), CancellationToken.None);
            Assert.That(await db.Set<DidEvent>().AnyAsync(e => e.BlockNumber > Block(r1)), Is.False);
        }
        var afterRollback = (await ResolveAsync(_client, did)).Body;
        Assert.Multiple(() =>
        {
            Assert.That(Canonical(afterRollback["didDocument"]), Is.EqualTo(Canonical(atFirst["didDocument"])));
            Assert.That(afterRollback["didDocumentMetadata"]!["versionId"]!.GetValue<string>(), Is.EqualTo(Block(r1).ToString()));
            Assert.That(Block(r2), Is.GreaterThan(Block(r1)));
        });

        // Re-feeding the rolled-back blocks restores the latest document.
        _feeder.RewindTo(Block(r1));
        await _feeder.FeedAsync();
        var refed = (await ResolveAsync(_client, did)).Body;
        Assert.That(refed["didDocumentMetadata"]!["versionId"]!.GetValue<string>(), Is.EqualTo(Block(r2).ToString()));

        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            await projection.ResetAsync(db, CancellationToken.None);
            Assert.That(await db.Set<DidEvent>().AnyAsync(), Is.False);
        }
        var afterReset = (await ResolveAsync(_client, did)).Body;
        Assert.That(afterReset["didDocumentMetadata"]!.AsObject(), Is.Empty, "nothing indexed: a fresh DID's document");
        // Rebuild every projection from the deployment block (the shared chain also holds token transfers from
        // other tests: re-feeding them into a projection that still has them would insert them twice).
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            foreach (var each in scope.ServiceProvider.GetServices<IEventProjection>())
            {
                await each.ResetAsync(db, CancellationToken.None);
            }
        }
        _feeder.RewindTo(SharedChain.Manifest.DeploymentBlock - 1);
        await _feeder.FeedAsync();
    }
}
