using System.Diagnostics;
using System.Globalization;
using System.Net;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static CityToken.Tests.Identity.DidTestChain;

namespace CityToken.Tests.Identity;

/// <summary>
/// Benchmark (not part of the test run; `./scripts/bench.sh did`): a DID with 50 changes on a fresh hardhat node,
/// resolved warm over HTTP by the service (Kestrel on a loopback port, projection filled from the chain) and by
/// ethr-did-resolver on the same node. Prints both means and the ratio; target: ours at least 10 times faster.
/// </summary>
[TestFixture, Explicit("benchmark: run with ./scripts/bench.sh did"), Category("Benchmark")]
internal sealed class DidResolutionBenchmark
{
    private const int Changes = 50;
    private const int OurIterations = 500;
    private const int ReferenceIterations = 30;

    [Test]
    public async Task DidWith50Changes_OursVersusEthrDidResolver()
    {
        await using var node = await HardhatNode.StartAsync();
        var manifest = await node.DeployAsync();
        var registry = manifest.AddressOf("EthereumDIDRegistry");
        var funder = node.Web3ForAccount0();

        var identity = await NewActorAsync(node.RpcUrl, funder, registry);
        var nextOwner = await NewActorAsync(node.RpcUrl, funder, registry);
        var id = identity.Address;
        var r = identity.Registry;
        var delegates = Enumerable.Range(0, Changes).Select(_ => Nethereum.Signer.EthECKey.GenerateKey().GetPublicAddress()).ToArray();
        var changes = 0;
        for (var i = 0; changes < Changes - 2; i++, changes++)
        {
            switch (i % 6)
            {
                case 0: await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), delegates[i], Day); break;
                case 1: await r.AddDelegateRequestAndWaitForReceiptAsync(id, Bytes32("sigAuth"), delegates[i], Day); break;
                case 2: await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Secp256k1/veriKey/hex"), Nethereum.Signer.EthECKey.GenerateKey().GetPubKey(true), Day); break;
                case 3: await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/LinkedDomains"), Utf8($"https://s{i}.city.example"), Day); break;
                case 4: await r.RevokeDelegateRequestAndWaitForReceiptAsync(id, Bytes32("veriKey"), delegates[i - 4]); break;
                default: await r.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/pub/Ed25519/veriKey/base58"), Utf8($"key-{i}-0123456789abcdef0123456"), Day); break;
            }
        }
        await r.ChangeOwnerRequestAndWaitForReceiptAsync(id, nextOwner.Address);
        var last = await nextOwner.Registry.SetAttributeRequestAndWaitForReceiptAsync(id, Bytes32("did/svc/DIDCommMessaging"), Utf8("""{"uri":"https://city.example/dc"}"""), Day);
        changes += 2;

        var port = LoopbackPort.Free();
        await using var factory = ServiceFactory.For(node);
        var service = factory.WithWebHostBuilder(_ => { });
        service.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        service.StartServer();
        try
        {
            var feeder = new ProjectionFeeder(service.Services, node.RpcUrl, manifest);
            await feeder.FeedAsync();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var did = $"did:ethr:0x7a69:{id}";

            // Same document as the reference (at the last change's block, where both use that block's time).
            var versioned = Versioned(did, Block(last));
            var ours = (await ResolveAsync(http, versioned)).Body;
            var theirs = (await EthrDidResolverCli.ResolveAsync(node.RpcUrl, registry, [versioned]))[0];
            Assert.That(Canonical(ours), Is.EqualTo(Canonical(theirs)), "the benchmarked documents differ");
            Assert.That(ours["didDocument"]!["verificationMethod"]!.AsArray(), Has.Count.GreaterThan(20));

            var path = "/1.0/identifiers/" + did;
            for (var i = 0; i < 50; i++)
            {
                (await http.GetAsync(path)).EnsureSuccessStatusCode();
            }
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < OurIterations; i++)
            {
                using var response = await http.GetAsync(path);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }
            var oursMs = watch.Elapsed.TotalMilliseconds / OurIterations;
            var referenceMs = await EthrDidResolverCli.BenchAsync(node.RpcUrl, registry, did, ReferenceIterations);
            var ratio = referenceMs / oursMs;

            var report = string.Create(CultureInfo.InvariantCulture, $"""
                DID resolution, did:ethr with {changes} changes ({changes} blocks), warm, sequential, same hardhat node
                  ours (GET /1.0/identifiers/<did>, HTTP on loopback, {OurIterations} requests): {oursMs:F3} ms per resolution
                  ethr-did-resolver 11.1.3 (in-process Node 22, {ReferenceIterations} resolutions): {referenceMs:F3} ms per resolution
                  ratio: ours is {ratio:F1}x faster (target >= 10x)
                """);
            await TestContext.Out.WriteLineAsync(report);
            if (Environment.GetEnvironmentVariable("CITYTOKEN_BENCH_OUT") is { Length: > 0 } file)
            {
                await File.WriteAllTextAsync(file, report + Environment.NewLine);
            }
            Assert.That(ratio, Is.GreaterThanOrEqualTo(10), report);
        }
        finally
        {
            await service.DisposeAsync();
        }
    }

}
