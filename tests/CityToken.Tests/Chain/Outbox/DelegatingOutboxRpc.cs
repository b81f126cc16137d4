using System.Numerics;
using CityToken.Api.Chain.Outbox;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// Base of the fault-injecting <see cref="IOutboxRpc"/> wrappers: every call goes to the real node through
/// <paramref name="inner"/>; a wrapper overrides only the calls it changes.
/// </summary>
internal abstract class DelegatingOutboxRpc(IOutboxRpc inner) : IOutboxRpc
{
    protected IOutboxRpc Inner { get; } = inner;

    public virtual Task<long> GetChainIdAsync(CancellationToken cancellationToken) => Inner.GetChainIdAsync(cancellationToken);

    public virtual Task<long> GetBlockNumberAsync(CancellationToken cancellationToken) => Inner.GetBlockNumberAsync(cancellationToken);

    public virtual Task<long> GetTransactionCountAsync(string address, bool pending, CancellationToken cancellationToken) =>
        Inner.GetTransactionCountAsync(address, pending, cancellationToken);

    public virtual Task<OutboxFeeMarket> GetFeesAsync(CancellationToken cancellationToken) =>
        Inner.GetFeesAsync(cancellationToken);

    public virtual Task<BigInteger> EstimateGasAsync(OutboxCall request, CancellationToken cancellationToken) =>
        Inner.EstimateGasAsync(request, cancellationToken);

    public virtual Task<string?> CallForRevertDataAsync(OutboxCall request, long blockNumber, CancellationToken cancellationToken) =>
        Inner.CallForRevertDataAsync(request, blockNumber, cancellationToken);

    public virtual Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken) =>
        Inner.SendRawTransactionAsync(rawTransaction, cancellationToken);

    public virtual Task<OutboxReceipt?> GetReceiptAsync(string txHash, CancellationToken cancellationToken) =>
        Inner.GetReceiptAsync(txHash, cancellationToken);

    public virtual Task<bool> IsKnownAsync(string txHash, CancellationToken cancellationToken) => Inner.IsKnownAsync(txHash, cancellationToken);

    public virtual Task<string?> GetBlockHashAsync(long blockNumber, CancellationToken cancellationToken) =>
        Inner.GetBlockHashAsync(blockNumber, cancellationToken);
}
