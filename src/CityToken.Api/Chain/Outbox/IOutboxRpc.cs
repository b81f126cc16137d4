namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The JSON-RPC calls the outbox makes, as one seam: the service uses <see cref="NethereumOutboxRpc"/>; tests
/// wrap it to drop responses, time out or answer "nonce too low" / "already known".
/// Node rejections throw <see cref="OutboxRpcException"/>; outages throw what <see cref="ChainErrors.IsUnavailable"/> recognises.
/// </summary>
public interface IOutboxRpc
{
    Task<long> GetChainIdAsync(CancellationToken cancellationToken);

    Task<long> GetBlockNumberAsync(CancellationToken cancellationToken);

    /// <summary>eth_getTransactionCount at "pending" (<paramref name="pending"/>) or "latest".</summary>
    Task<long> GetTransactionCountAsync(string address, bool pending, CancellationToken cancellationToken);

    /// <summary>The fee market at the latest block (see <see cref="OutboxFeeMarket"/>).</summary>
    Task<OutboxFeeMarket> GetFeesAsync(CancellationToken cancellationToken);

    /// <summary>eth_estimateGas; a revert throws <see cref="OutboxRpcException"/> with <see cref="OutboxRpcException.RevertData"/>.</summary>
    Task<BigInteger> EstimateGasAsync(OutboxCall request, CancellationToken cancellationToken);

    /// <summary>eth_call at <paramref name="blockNumber"/>; returns the revert data, or null when the call succeeds.</summary>
    Task<string?> CallForRevertDataAsync(OutboxCall request, long blockNumber, CancellationToken cancellationToken);

    /// <summary>eth_sendRawTransaction; returns the hash the node reports.</summary>
    Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken);

    Task<OutboxReceipt?> GetReceiptAsync(string txHash, CancellationToken cancellationToken);

    /// <summary>Whether the node knows the transaction (pending or mined).</summary>
    Task<bool> IsKnownAsync(string txHash, CancellationToken cancellationToken);

    /// <summary>Hash of a block, or null when there is no such block.</summary>
    Task<string?> GetBlockHashAsync(long blockNumber, CancellationToken cancellationToken);
}

/// <summary>
/// The fee market as the outbox prices a signature: the latest block's base fee (zero on a chain without one), a
/// suggested priority fee (null when the node has none), and whether transactions are signed legacy (type 0).
/// </summary>
public sealed record OutboxFeeMarket(BigInteger BaseFee, BigInteger? PriorityFee, bool Legacy = false);

/// <summary>A call as the outbox sends it.</summary>
public sealed record OutboxCall(string From, string To, string Data, BigInteger Value, long? Gas);

/// <summary>The parts of a receipt the outbox records.</summary>
public sealed record OutboxReceipt(string TxHash, long BlockNumber, string BlockHash, bool Succeeded, long GasUsed);

/// <summary>The node answered with a JSON-RPC error (a rejection, not an outage).</summary>
public sealed class OutboxRpcException(string message, int code, string? revertData, Exception? inner = null)
    : Exception(message, inner)
{
    public int Code { get; } = code;

    /// <summary>ABI-encoded revert data when the error is an execution revert.</summary>
    public string? RevertData { get; } = revertData;

    public OutboxRpcRejection Kind => Classify(Message);

    /// <summary>Tells the node answers the outbox reacts to apart (geth, Hardhat/EDR, Nethermind and Besu wordings).</summary>
    public static OutboxRpcRejection Classify(string message)
    {
        var m = message.ToLowerInvariant();
        if (m.Contains("nonce too low") || m.Contains("nonce has already been used") || m.Contains("oldnonce")) return OutboxRpcRejection.NonceTooLow;
        if (m.Contains("already known") || m.Contains("known transaction") || m.Contains("already imported") || m.Contains("alreadyknown")) return OutboxRpcRejection.AlreadyKnown;
        if (m.Contains("replacement transaction underpriced") || m.Contains("replacement fee too low") || m.Contains("replacement transaction")) return OutboxRpcRejection.ReplacementUnderpriced;
        if (m.Contains("nonce too high") || m.Contains("nonce gap")) return OutboxRpcRejection.NonceTooHigh;
        if (m.Contains("less than block base fee") || m.Contains("fee cap less than") || m.Contains("transaction underpriced") || m.Contains("max fee per gas less than")) return OutboxRpcRejection.FeeTooLow;
        if (m.Contains("revert")) return OutboxRpcRejection.Reverted;
        return OutboxRpcRejection.Other;
    }
}

/// <summary>Kinds of node rejection.</summary>
public enum OutboxRpcRejection
{
    Other,
    NonceTooLow,
    NonceTooHigh,
    AlreadyKnown,
    ReplacementUnderpriced,
    FeeTooLow,
    Reverted,
}
