using CityToken.Api.Chain.Outbox;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Chain.Outbox;
using Nethereum.Contracts;

namespace CityToken.Tests.Rewards.Minting;

/// <summary>
/// Fault injection for the minting tests, around the real node: a test arms a race (pause the token after a batch was
/// staged, right before the outbox's simulation of it, or right before a transaction is sent) or makes the next
/// mintBatch simulations answer "it would succeed" without asking the node, so that a batch the token refuses reaches
/// the chain.
/// </summary>
internal sealed class MintingFaultRpc(IOutboxRpc inner) : DelegatingOutboxRpc(inner)
{
    private static readonly string MintBatchSelector =
        "0x" + ABITypedRegistry.GetFunctionABI<MintBatchFunction>().Sha3Signature.Replace("0x", "", StringComparison.OrdinalIgnoreCase);

    private Func<Task>? _beforeMintBatchSimulation;
    private Func<Task>? _beforeSend;
    private int _simulationsToPass;

    /// <summary>
    /// Runs <paramref name="race"/> once, right before the next mintBatch simulation (the batch is staged by then), which
    /// then runs at the head the race made: the chain changed after staging and before the outbox's look at it.
    /// </summary>
    public void BeforeNextMintBatchSimulation(Func<Task> race) => Volatile.Write(ref _beforeMintBatchSimulation, race);

    /// <summary>Runs <paramref name="race"/> once, right before the next eth_sendRawTransaction.</summary>
    public void BeforeNextSend(Func<Task> race) => Volatile.Write(ref _beforeSend, race);

    /// <summary>The next <paramref name="count"/> mintBatch simulations answer "no revert" without reaching the node.</summary>
    public void PassNextMintBatchSimulations(int count) => Volatile.Write(ref _simulationsToPass, count);

    public override async Task<string?> CallForRevertDataAsync(OutboxCall request, long blockNumber, CancellationToken cancellationToken)
    {
        if (!request.Data.StartsWith(MintBatchSelector, StringComparison.OrdinalIgnoreCase))
        {
            return await Inner.CallForRevertDataAsync(request, blockNumber, cancellationToken);
        }
        if (Interlocked.Exchange(ref _beforeMintBatchSimulation, null) is { } race)
        {
            // As if the race had been mined before the outbox's pass began: the simulation sees the block it made.
            await race();
            blockNumber = await Inner.GetBlockNumberAsync(cancellationToken);
        }
        if (Interlocked.Decrement(ref _simulationsToPass) >= 0)
        {
            return null;
        }
        Interlocked.Exchange(ref _simulationsToPass, 0);
        return await Inner.CallForRevertDataAsync(request, blockNumber, cancellationToken);
    }

    public override async Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _beforeSend, null) is { } race)
        {
            await race();
        }
        return await Inner.SendRawTransactionAsync(rawTransaction, cancellationToken);
    }
}
