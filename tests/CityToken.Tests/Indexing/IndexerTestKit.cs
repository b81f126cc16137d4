using System.Numerics;
using System.Text;
using System.Text.Json;
using CityToken.Api.Ballots;
using CityToken.Api.Credentials;
using CityToken.Api.Indexing;
using CityToken.Api.Redemptions;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Hex.HexTypes;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CityToken.Tests.Indexing;

/// <summary>Helpers for indexer tests: Hardhat accounts, chain control, waiting for the index, dumping projections.</summary>
internal static class IndexerTestKit
{
    /// <summary>Hardhat default account #1 (public test mnemonic): the deployment's service account (minter, registrar, ballot admin).</summary>
    public const string Account1Key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    public static Web3 Web3For(HardhatNode node, string key) => new(new Account(key, 31337), node.RpcUrl);

    /// <summary>A service on <paramref name="node"/> whose indexer polls quickly.</summary>
    public static ServiceFactory Service(HardhatNode node, string? dataDirectory = null, IDictionary<string, string>? settings = null)
    {
        var service = ServiceFactory.For(node, dataDirectory);
        service.Settings["Indexer:PollIntervalMilliseconds"] = "100";
        service.Settings["Indexer:MaxBackoffSeconds"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            service.Settings[key] = value;
        }
        return service;
    }

    public static async Task<long> HeadAsync(HardhatNode node) =>
        (long)(await new Web3(node.RpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public static async Task<T> RpcAsync<T>(HardhatNode node, string method, params object[] parameters) =>
        await new Web3(node.RpcUrl).Client.SendRequestAsync<T>(method, null, parameters);

    /// <summary>Moves the chain clock forward and mines a block.</summary>
    public static async Task IncreaseTimeAsync(HardhatNode node, long seconds)
    {
        await RpcAsync<object>(node, "evm_increaseTime", new HexBigInteger(seconds));
        await RpcAsync<object>(node, "evm_mine");
    }

    public static async Task<long> ChainTimeAsync(HardhatNode node)
    {
        var block = await new Web3(node.RpcUrl).Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest());
        return (long)block.Timestamp.Value;
    }

    /// <summary>Waits until the service's indexer has indexed the node's current head without error.</summary>
    public static async Task<long> WaitCaughtUpAsync(ServiceFactory service, HardhatNode node, int timeoutSeconds = 60)
    {
        // Touch the server so the host (and its indexer) runs.
        _ = service.Server;
        var status = service.Services.GetRequiredService<IndexerStatus>();
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            var head = await HeadAsync(node);
            var indexed = await IndexedBlockAsync(service);
            if (indexed >= head && status.LastError is null)
            {
                return indexed;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"indexer did not catch up: indexed {await IndexedBlockAsync(service)}, head {await HeadAsync(node)}, error {status.LastError}");
    }

    public static async Task<long> IndexedBlockAsync(ServiceFactory service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        return await db.Set<IndexerCheckpoint>().Select(c => (long?)c.BlockNumber).FirstOrDefaultAsync() ?? -1;
    }

    public static async Task<T> WithDbAsync<T>(ServiceFactory service, Func<CityTokenDb, Task<T>> read)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CityTokenDb>());
    }

    /// <summary>
    /// Every projection row and every raw log (without surrogate ids), in key order, as JSON: two indexes of the
    /// same chain must dump equal whatever path (incremental, reorg, restart, rebuild) built them.
    /// </summary>
    public static Task<string> DumpAsync(ServiceFactory service) => WithDbAsync(service, async db =>
    {
        var dump = new StringBuilder();
        void Add<T>(string name, IEnumerable<T> rows) => dump.Append(name).Append(": ").AppendLine(JsonSerializer.Serialize(rows));
        Add("balances", await db.Set<TokenBalance>().AsNoTracking().OrderBy(x => x.Address).ToListAsync());
        Add("transfers", await db.Set<TokenTransfer>().AsNoTracking().OrderBy(x => x.BlockNumber).ThenBy(x => x.LogIndex).ToListAsync());
        Add("supply", await db.Set<TokenSupply>().AsNoTracking().ToListAsync());
        Add("daily", await db.Set<TokenDailyStat>().AsNoTracking().OrderBy(x => x.Day).ToListAsync());
        Add("batches", await db.Set<RewardBatch>().AsNoTracking().OrderBy(x => x.BatchId).ToListAsync());
        Add("redemptions", await db.Set<Redemption>().AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Add("credentials", await db.Set<CredentialRecord>().AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Add("ballots", await db.Set<BallotRecord>().AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Add("votes", await db.Set<VoteRecord>().AsNoTracking().OrderBy(x => x.BallotId).ThenBy(x => x.PersonKey).ToListAsync());
        Add("logs", (await db.Set<RawLog>().AsNoTracking().OrderBy(x => x.BlockNumber).ThenBy(x => x.LogIndex).ToListAsync())
            .Select(l => new { l.ChainId, l.BlockNumber, l.BlockHash, l.TransactionHash, l.TransactionIndex, l.LogIndex, l.Address, l.Topics, l.Data }));
        return dump.ToString();
    });

    public static byte[] Bytes32(string text) => Nethereum.Util.Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text));

    public static BigInteger Tokens(int whole) => BigInteger.Parse("1000000000000000000") * whole;
}
