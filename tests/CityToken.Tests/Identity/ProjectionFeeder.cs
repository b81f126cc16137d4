using System.Numerics;
using CityToken.Api.Chain;
using CityToken.Api.Identity;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CityToken.Tests.Identity;

/// <summary>
/// Brings the identity projection up to the chain head. With the service's indexer running (the default) it
/// waits until the indexer's checkpoint reaches the head. With the indexer switched off (Indexer:Enabled=false,
/// for tests of the projection itself) it reads the manifest contracts' logs with eth_getLogs, wraps them in
/// <see cref="IndexedLog"/> (block time from the block) and hands them, in (block, log index) order, to the
/// identity projection, in one transaction.
/// </summary>
internal sealed class ProjectionFeeder(IServiceProvider services, string rpcUrl, DeploymentManifest manifest)
{
    private readonly Web3 _web3 = new(rpcUrl);
    private long _next = manifest.DeploymentBlock;

    /// <summary>The last block fed.</summary>
    public long FedBlock => _next - 1;

    /// <summary>Feeds every log from the last fed block up to the chain head (or waits for the indexer to).</summary>
    public async Task<long> FeedAsync()
    {
        var head = (long)(await _web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        if (services.GetRequiredService<IOptions<IndexerOptions>>().Value.Enabled)
        {
            return await WaitForIndexerAsync(head);
        }
        if (head < _next)
        {
            return head;
        }
        var names = manifest.Contracts.ToDictionary(c => c.Value.Address.ToLowerInvariant(), c => c.Key);
        var logs = await _web3.Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
        {
            Address = [.. names.Keys],
            FromBlock = Block(_next),
            ToBlock = Block(head),
        });
        var times = new Dictionary<long, DateTimeOffset>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        // Only the identity projection: the identity tests roll it back and re-feed it on its own.
        var projections = scope.ServiceProvider.GetServices<IEventProjection>().OfType<DidRegistryProjection>().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var write = new IndexTransaction(db);
        var batch = new IndexBatch(db, write);
        foreach (var log in logs.OrderBy(l => l.BlockNumber.Value).ThenBy(l => l.LogIndex.Value))
        {
            var number = (long)log.BlockNumber.Value;
            if (!times.TryGetValue(number, out var time))
            {
                var block = await _web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Block(number));
                time = DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value);
                times[number] = time;
            }
            var name = names[log.Address.ToLowerInvariant()];
            var indexed = new IndexedLog(manifest.ChainId, number, log.BlockHash, time, log.TransactionHash,
                (int)log.TransactionIndex.Value, (int)log.LogIndex.Value, name, log);
            foreach (var projection in projections.Where(p => p.Contracts.Contains(name)))
            {
                await projection.ApplyAsync(batch, indexed, CancellationToken.None);
            }
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        _next = head + 1;
        return head;
    }

    private async Task<long> WaitForIndexerAsync(long head)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using (var scope = services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
                var indexed = await db.Set<IndexerCheckpoint>().Select(c => (long?)c.BlockNumber).FirstOrDefaultAsync() ?? -1;
                if (indexed >= head)
                {
                    return indexed;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"the indexer did not reach block {head} (at {indexed})");
                }
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Forgets what was fed above <paramref name="block"/> (after a projection rollback).</summary>
    public void RewindTo(long block) => _next = block + 1;

    private static BlockParameter Block(long number) => new(new HexBigInteger(new BigInteger(number)));
}
