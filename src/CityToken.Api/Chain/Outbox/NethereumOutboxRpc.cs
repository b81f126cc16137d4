using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Newtonsoft.Json.Linq;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// <see cref="IOutboxRpc"/> over a Nethereum <see cref="IClient"/> (raw JSON-RPC requests, so node errors and
/// their revert data reach the outbox unchanged).
/// </summary>
public sealed class NethereumOutboxRpc : IOutboxRpc
{
    /// <summary>Blocks whose fees <c>eth_feeHistory</c> asks for on a legacy chain.</summary>
    internal const int FeeHistoryBlocks = 10;

    /// <summary>The reward percentile eth_feeHistory reports per block: the median.</summary>
    private static readonly int[] MedianPercentile = [50];

    private readonly IClient _client;
    private readonly ChainTransactionType _transactionType;
    private int _id;

    public NethereumOutboxRpc(IClient client, ChainTransactionType transactionType = ChainTransactionType.Auto)
    {
        _client = client;
        _transactionType = transactionType;
    }

    /// <summary>A client for the configured endpoints (time limit, retries of reads, fail-over: <see cref="ChainHttp"/>).</summary>
    public static NethereumOutboxRpc Create(ChainOptions options, IHttpClientFactory httpClients) =>
        new(new RpcClient(options.Endpoints[0], httpClients.CreateClient(nameof(NethereumOutboxRpc))), options.TransactionType);

    public async Task<long> GetChainIdAsync(CancellationToken cancellationToken) =>
        (long)Quantity(await SendAsync("eth_chainId", cancellationToken));

    public async Task<long> GetBlockNumberAsync(CancellationToken cancellationToken) =>
        (long)Quantity(await SendAsync("eth_blockNumber", cancellationToken));

    public async Task<long> GetTransactionCountAsync(string address, bool pending, CancellationToken cancellationToken) =>
        (long)Quantity(await SendAsync("eth_getTransactionCount", cancellationToken, address, pending ? "pending" : "latest"));

    public async Task<OutboxFeeMarket> GetFeesAsync(CancellationToken cancellationToken)
    {
        var block = await SendAsync("eth_getBlockByNumber", cancellationToken, "latest", false);
        BigInteger? reported = block?["baseFeePerGas"] is { Type: JTokenType.String } fee ? Quantity(fee) : null;
        var baseFee = reported ?? BigInteger.Zero;
        var legacy = _transactionType == ChainTransactionType.Legacy || (_transactionType == ChainTransactionType.Auto && reported is null);
        if (legacy)
        {
            return new OutboxFeeMarket(baseFee, await LegacyPriorityFeeAsync(baseFee, cancellationToken), Legacy: true);
        }
        BigInteger? priority = null;
        try
        {
            priority = Quantity(await SendAsync("eth_maxPriorityFeePerGas", cancellationToken));
        }
        catch (OutboxRpcException)
        {
            // Not every node implements it; the configured default applies.
        }
        return new OutboxFeeMarket(baseFee, priority);
    }

    /// <summary>
    /// What a legacy transaction pays above the base fee: the median of the recent blocks' median rewards
    /// (<c>eth_feeHistory</c>, percentile 50, blocks with transactions only); without fee history (not implemented, an
    /// error, or only empty blocks) <c>eth_gasPrice</c> less the base fee. Nodes without EIP-1559 report no eth_maxPriorityFeePerGas.
    /// </summary>
    private async Task<BigInteger> LegacyPriorityFeeAsync(BigInteger baseFee, CancellationToken cancellationToken)
    {
        try
        {
            var history = await SendAsync("eth_feeHistory", cancellationToken, Hex(FeeHistoryBlocks), "latest", MedianPercentile);
            if (MedianReward(history) is { } median)
            {
                return median;
            }
        }
        catch (OutboxRpcException)
        {
            // Older and private chains often lack eth_feeHistory: the node's gas price stands in.
        }
        return BigInteger.Max(Quantity(await SendAsync("eth_gasPrice", cancellationToken)) - baseFee, BigInteger.Zero);
    }

    /// <summary>The median of the blocks' percentile-50 rewards, leaving out blocks without transactions (a zero reward); null when none is left.</summary>
    internal static BigInteger? MedianReward(JToken? history)
    {
        if (history?["reward"] is not JArray blocks)
        {
            return null;
        }
        var rewards = blocks.OfType<JArray>().Where(b => b.Count > 0).Select(b => Quantity(b[0])).Where(r => r > 0).Order().ToList();
        return rewards.Count == 0 ? null : rewards[(rewards.Count - 1) / 2];
    }

    public async Task<BigInteger> EstimateGasAsync(OutboxCall request, CancellationToken cancellationToken) =>
        Quantity(await SendAsync("eth_estimateGas", cancellationToken, CallObject(request)));

    public async Task<string?> CallForRevertDataAsync(OutboxCall request, long blockNumber, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync("eth_call", cancellationToken, CallObject(request), Hex(blockNumber));
            return null;
        }
        catch (OutboxRpcException ex) when (ex.Kind == OutboxRpcRejection.Reverted || ex.RevertData is not null)
        {
            return ex.RevertData ?? "0x";
        }
    }

    public async Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken) =>
        (string?)await SendAsync("eth_sendRawTransaction", cancellationToken, rawTransaction) ?? "";

    public async Task<OutboxReceipt?> GetReceiptAsync(string txHash, CancellationToken cancellationToken)
    {
        var receipt = await SendAsync("eth_getTransactionReceipt", cancellationToken, txHash);
        if (receipt is null || receipt.Type == JTokenType.Null || receipt["blockNumber"] is not { Type: JTokenType.String } number)
        {
            return null;
        }
        return new OutboxReceipt(
            (string)receipt["transactionHash"]!,
            (long)Quantity(number),
            (string)receipt["blockHash"]!,
            Quantity(receipt["status"]!) == 1,
            (long)Quantity(receipt["gasUsed"]!));
    }

    public async Task<bool> IsKnownAsync(string txHash, CancellationToken cancellationToken)
    {
        var tx = await SendAsync("eth_getTransactionByHash", cancellationToken, txHash);
        return tx is not null && tx.Type != JTokenType.Null;
    }

    public async Task<string?> GetBlockHashAsync(long blockNumber, CancellationToken cancellationToken)
    {
        var block = await SendAsync("eth_getBlockByNumber", cancellationToken, Hex(blockNumber), false);
        return block is null || block.Type == JTokenType.Null ? null : (string?)block["hash"];
    }

    private async Task<JToken?> SendAsync(string method, CancellationToken cancellationToken, params object[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = new RpcRequest(Interlocked.Increment(ref _id), method, parameters);
        try
        {
            return await _client.SendRequestAsync<JToken?>(request);
        }
        catch (RpcResponseException ex)
        {
            throw new OutboxRpcException(ex.RpcError.Message ?? ex.Message, ex.RpcError.Code, FindRevertData(ex.RpcError.Data), ex);
        }
    }

    private static JObject CallObject(OutboxCall call)
    {
        var body = new JObject
        {
            ["from"] = call.From,
            ["to"] = call.To,
            ["data"] = call.Data,
            ["value"] = Hex(call.Value),
        };
        if (call.Gas is { } gas)
        {
            body["gas"] = Hex(gas);
        }
        return body;
    }

    /// <summary>Revert data as nodes report it: a hex string, or nested under "data" (geth, Hardhat, Besu…).</summary>
    internal static string? FindRevertData(object? data) => data switch
    {
        null => null,
        string s when s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => s,
        JValue { Type: JTokenType.String } v => FindRevertData((string?)v),
        JObject o => FindRevertData(o["data"]) ?? FindRevertData(o["result"]),
        _ => null,
    };

    private static string Hex(BigInteger value)
    {
        var digits = value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        return "0x" + (digits.Length == 0 ? "0" : digits);
    }

    private static BigInteger Quantity(JToken? token)
    {
        var text = (string?)token ?? throw new OutboxRpcException("The node returned no value.", 0, null);
        return text.HexToBigInteger(false);
    }
}
