using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Rewards.Minting;

/// <summary>A batch as the chain recorded it: its RewardBatchMinted event and the calldata of the transaction that minted it.</summary>
public sealed record MintedBatchOnChain(string TxHash, long BlockNumber, int Count, BigInteger Total, string Input);

/// <summary>What the chain says about a batch id: the token's one-time batch record and its event.</summary>
public sealed class MintChain(ChainGateway chain)
{
    public Task<bool> IsMintedAsync(string batchId) =>
        chain.CivicToken.IsBatchMintedQueryAsync(batchId.HexToByteArray());

    /// <summary>The RewardBatchMinted event of <paramref name="batchId"/> (indexed topic), or null when there is none.</summary>
    public async Task<MintedBatchOnChain?> FindAsync(string batchId)
    {
        var filter = new NewFilterInput
        {
            Address = [chain.Manifest.AddressOf(ContractNames.CivicToken)],
            FromBlock = new BlockParameter(new HexBigInteger(new BigInteger(chain.Manifest.DeploymentBlock))),
            ToBlock = BlockParameter.CreateLatest(),
            Topics = [EventTopic.Of<RewardBatchMintedEventDTO>(), batchId.ToLowerInvariant()],
        };
        var logs = await chain.Web3.Eth.Filters.GetLogs.SendRequestAsync(filter);
        var log = logs.FirstOrDefault(l => !l.Removed);
        if (log is null)
        {
            return null;
        }
        var minted = EventTopic.Decode<RewardBatchMintedEventDTO>(log);
        var transaction = await chain.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(log.TransactionHash);
        return new MintedBatchOnChain(log.TransactionHash, (long)log.BlockNumber.Value, (int)minted.Count, minted.Total, transaction.Input.ToLowerInvariant());
    }
}
