using System.Numerics;
using CityToken.Api.Chain;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Api.TokenReadModel;
using CityToken.Contracts.BallotBox;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.CredentialRegistry;
using CityToken.Contracts.CredentialRegistry.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Indexing;

/// <summary>Indexer behaviour on a chain of its own: reorg, restart mid-index, re-delivery, node outage.</summary>
[NonParallelizable]
public sealed class IndexerReorgAndRestartTests
{
    private HardhatNode _node = null!;
    private DeploymentManifest _manifest = null!;
    // A new signer per use: its nonce counter must not survive an evm_revert.
    private CivicTokenService Token => new(_node.Web3ForAccount0(), _manifest.AddressOf("CivicToken"));

    [OneTimeSetUp]
    public async Task StartChain()
    {
        _node = await HardhatNode.StartAsync();
        _manifest = await _node.DeployAsync();
    }

    [OneTimeTearDown]
    public async Task StopChain() => await _node.DisposeAsync();

    private static string NewAddress() => EthECKey.GenerateKey().GetPublicAddress();

    private Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> MintBatchAsync(string batch, params string[] recipients) =>
        Token.MintBatchRequestAndWaitForReceiptAsync(new MintBatchFunction
        {
            BatchId = Bytes32(batch),
            Recipients = [.. recipients],
            Amounts = recipients.Select((_, i) => Tokens(i + 1)).ToList(),
        });

    [Test, Category("EveryChain")]
    public async Task ReorgLeavesProjectionsEqualToAFreshIndexOfTheFinalChain()
    {
        var common = NewAddress();
        await MintBatchAsync("reorg-common", common, NewAddress());
        await using var service = Service(_node);
        await WaitCaughtUpAsync(service, _node);

        var snapshot = await RpcAsync<string>(_node, "evm_snapshot");
        // The branch that will be orphaned: a reward batch, a transfer, a credential and a ballot.
        var orphan = NewAddress();
        await MintBatchAsync("reorg-orphan", orphan, common);
        var registrar = Web3For(_node, Account1Key);
        var credentials = new CredentialRegistryService(registrar, _manifest.AddressOf("CredentialRegistry"));
        var now = await ChainTimeAsync(_node);
        await credentials.IssueRequestAndWaitForReceiptAsync(new IssueFunction
        {
            Subject = orphan, CredentialType = Bytes32("resident"), PersonKey = Bytes32("orphan-person"),
            ExpiresAt = (ulong)(now + 100_000), DataHash = Bytes32("data"), Uri = "",
        });
        var ballots = new BallotBoxService(_node.Web3ForAccount0(), _manifest.AddressOf("BallotBox"));
        await ballots.CreateBallotRequestAndWaitForReceiptAsync(new CreateBallotFunction
        {
            MetadataHash = Bytes32("orphan ballot"), MetadataURI = "", OptionCount = 2,
            Start = (ulong)(now + 100), End = (ulong)(now + 1000), Quorum = 1, CredentialType = Bytes32("resident"),
        });
        var orphanHead = await WaitCaughtUpAsync(service, _node);
        Assert.That(await DumpAsync(service), Does.Contain(orphan.ToLowerInvariant()), "the orphaned branch was indexed before the reorg");

        Assert.That(await RpcAsync<bool>(_node, "evm_revert", snapshot), Is.True);
        // The final chain: other transactions, ending higher than the orphaned branch.
        var canonical = NewAddress();
        await MintBatchAsync("reorg-canonical", canonical, common, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        await Token.TransferRequestAndWaitForReceiptAsync(new TransferFunction { To = canonical, Value = 5 });
        while (await HeadAsync(_node) <= orphanHead + 2)
        {
            await RpcAsync<object>(_node, "evm_mine");
        }
        await WaitCaughtUpAsync(service, _node);
        var status = service.Services.GetRequiredService<IndexerStatus>();
        Assert.That(status.Reorgs, Is.GreaterThanOrEqualTo(1), "the indexer noticed the reorg");

        var afterReorg = await DumpAsync(service);
        await using var fresh = Service(_node);
        await WaitCaughtUpAsync(fresh, _node);
        var freshDump = await DumpAsync(fresh);
        Assert.Multiple(() =>
        {
            Assert.That(afterReorg, Is.EqualTo(freshDump), "projections after the reorg equal a fresh index of the final chain");
            Assert.That(afterReorg, Does.Not.Contain(orphan.ToLowerInvariant()), "nothing of the orphaned branch is left");
            Assert.That(afterReorg, Does.Contain(canonical.ToLowerInvariant()), "the final chain's transactions are indexed");
            Assert.That(afterReorg, Does.Not.Contain("\"MetadataUri\""), "the orphaned ballot is gone");
        });
    }

    [Test]
    public async Task RestartMidIndexLeavesNoGapAndNoDuplicate()
    {
        var recipients = Enumerable.Range(0, 20).Select(_ => NewAddress()).ToArray();
        for (var i = 0; i < 30; i++)
        {
            await MintBatchAsync($"restart-{i}", recipients);
        }
        var head = await HeadAsync(_node);
        var data = Directory.CreateTempSubdirectory("citytoken-restart-").FullName;
        var oneBlockRanges = new Dictionary<string, string> { ["Indexer:InitialBlockRange"] = "1", ["Indexer:MaxBlockRange"] = "1" };

        long stoppedAt;
        // Continuations run elsewhere: the test must not go on (and stop the host) on the indexer's own thread.
        var midway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var target = _manifest.DeploymentBlock + (head - _manifest.DeploymentBlock) / 2;
        var first = Service(_node, data, oneBlockRanges);
        // In place before the host starts: set afterwards, a catch-up that got past the target first (a loaded machine
        // can keep the test's thread off a core for that long) left the test waiting for a callback that never came.
        first.ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton(provider =>
        {
            var indexer = ActivatorUtilities.CreateInstance<EventIndexer>(provider);
            indexer.RangeIndexed = (_, to, _) =>
            {
                Thread.Sleep(30); // keep the catch-up slow enough to be stopped in the middle
                if (to >= target)
                {
                    midway.TrySetResult();
                }
            };
            return indexer;
        }));
        await using (first)
        {
            _ = first.Server;
            await midway.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }
        stoppedAt = await ReadCheckpointAsync(data);
        Assert.That(stoppedAt, Is.LessThan(head), "the service was stopped before it caught up");

        await using var second = Service(_node, data);
        await WaitCaughtUpAsync(second, _node);
        var chainLogs = await new Nethereum.Web3.Web3(_node.RpcUrl).Eth.Filters.GetLogs.SendRequestAsync(new Nethereum.RPC.Eth.DTOs.NewFilterInput
        {
            FromBlock = new Nethereum.RPC.Eth.DTOs.BlockParameter((ulong)_manifest.DeploymentBlock),
            ToBlock = new Nethereum.RPC.Eth.DTOs.BlockParameter((ulong)await HeadAsync(_node)),
            Address = [.. _manifest.Contracts.Values.Select(c => c.Address)],
        });
        var (rawCount, distinct, transfers) = await WithDbAsync(second, async db =>
            (await db.Set<RawLog>().CountAsync(),
             await db.Set<RawLog>().Select(l => new { l.TransactionHash, l.LogIndex }).Distinct().CountAsync(),
             await db.Set<TokenTransfer>().CountAsync()));
        var transferLogs = chainLogs.Count(l => EventTopic.Matches<TransferEventDTO>(l));
        Assert.Multiple(() =>
        {
            Assert.That(rawCount, Is.EqualTo(chainLogs.Length), "every log of the chain is stored once: no gap");
            Assert.That(distinct, Is.EqualTo(rawCount), "no duplicate");
            Assert.That(transfers, Is.EqualTo(transferLogs), "each transfer projected once");
        });
        foreach (var recipient in recipients.Take(3))
        {
            var onChain = await Token.BalanceOfQueryAsync(recipient);
            var key = recipient.ToLowerInvariant();
            var indexed = await WithDbAsync(second, db => db.Set<TokenBalance>().Where(b => b.Address == key).Select(b => b.Balance).SingleAsync());
            Assert.That(indexed, Is.EqualTo(onChain.ToString()), $"balance of {recipient}");
        }

        // Re-delivery of every range already stored changes nothing.
        var before = await DumpAsync(second);
        var indexer2 = second.Services.GetRequiredService<EventIndexer>();
        var source = second.Services.GetRequiredService<ChainLogSource>();
        var contracts = indexer2.ContractsByAddress();
        var end = await IndexedBlockAsync(second);
        for (var from = _manifest.DeploymentBlock; from <= end;)
        {
            foreach (var range in await source.FetchAsync(from, end, [.. contracts.Keys], CancellationToken.None))
            {
                Assert.That(await indexer2.ApplyRangeAsync(range, contracts, checkContinuity: false, CancellationToken.None), Is.True);
                from = range.To + 1;
            }
        }
        Assert.That(await DumpAsync(second), Is.EqualTo(before), "re-delivered logs are ignored (idempotent on chain id, tx hash, log index)");
    }

    [Test]
    public async Task ReadingAheadYieldsEveryLogOnceInOrderInConsecutivePieces()
    {
        var recipients = Enumerable.Range(0, 30).Select(_ => NewAddress()).ToArray();
        for (var i = 0; i < 12; i++)
        {
            await MintBatchAsync($"read-ahead-{i}", recipients);
        }
        var head = await HeadAsync(_node);
        // Small, adapting ranges: many reads, each with the next one already requested.
        var settings = new Dictionary<string, string>
        {
            ["Indexer:InitialBlockRange"] = "1",
            ["Indexer:MaxBlockRange"] = "4",
            ["Indexer:TargetLogsPerRange"] = "40",
        };
        await using var service = Service(_node, settings: settings);
        var source = service.Services.GetRequiredService<ChainLogSource>();
        var addresses = _manifest.Contracts.Values.Select(c => Hex.Address(c.Address)).ToArray();

        var pieces = new List<FetchedRange>();
        await foreach (var range in source.ReadAsync(_manifest.DeploymentBlock, head, addresses, CancellationToken.None))
        {
            pieces.Add(range);
        }
        var chainLogs = await source.GetLogsAsync(_manifest.DeploymentBlock, head, addresses);

        Assert.Multiple(() =>
        {
            Assert.That(pieces.Count, Is.GreaterThan(10), "many reads");
            Assert.That(pieces[0].From, Is.EqualTo(_manifest.DeploymentBlock));
            Assert.That(pieces[^1].To, Is.EqualTo(head));
            for (var i = 1; i < pieces.Count; i++)
            {
                Assert.That(pieces[i].From, Is.EqualTo(pieces[i - 1].To + 1), $"piece {i} follows piece {i - 1}");
                Assert.That(pieces[i].First.ParentHash, Is.EqualTo(pieces[i - 1].Last.Hash), $"piece {i} continues the chain of piece {i - 1}");
            }
            Assert.That(pieces.SelectMany(p => p.Logs).Select(l => (l.TransactionHash, l.LogIndex.Value)),
                Is.EqualTo(chainLogs.Select(l => (l.TransactionHash, l.LogIndex.Value))), "every log once, in (block, logIndex) order");
        });
    }

    [Test]
    public async Task NodeOutageIsReportedAndReadsKeepWorking()
    {
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        var resident = NewAddress();
        var token = new CivicTokenService(node.Web3ForAccount0(), node.ReadManifest().AddressOf("CivicToken"));
        await token.MintRequestAndWaitForReceiptAsync(new MintFunction { To = resident, Amount = 42 });
        await using var service = Service(node);
        await WaitCaughtUpAsync(service, node);
        using var client = service.CreateClient();

        await node.StopAsync();
        var status = service.Services.GetRequiredService<IndexerStatus>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (status.LastError is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.That(status.LastError, Is.Not.Null, "the indexer reports the outage");
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.That((int)health.StatusCode, Is.EqualTo(503));
        var resp = await client.GetStringAsync(new Uri($"/api/residents/{resident}", UriKind.Relative));
        Assert.That(resp, Does.Contain("\"balance\":\"42\""), "indexed reads are served while the node is down");
    }

    private static async Task<long> ReadCheckpointAsync(string dataDirectory)
    {
        await using var db = TestStorage.OpenDatabaseOf(dataDirectory);
        return await db.Set<IndexerCheckpoint>().Select(c => c.BlockNumber).SingleAsync();
    }
}
