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
    private readonly IClient _client;
    private int _id;

    public NethereumOutboxRpc(IClient client) => _client = client;

    /// <summary>A client for the configured RPC URL with the configured request time limit.</summary>
    public static NethereumOutboxRpc Create(ChainOptions options, IHttpClientFactory httpClients)
    {
        var http = httpClients.CreateClient(nameof(NethereumOutboxRpc));
        http.Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
        return new NethereumOutboxRpc(new RpcClient(new Uri(options.RpcUrl), http));
    }

    public async Task<long> GetChainIdAsync(CancellationToken cancellationToken) =>
        (long)Quantity(await SendAsync("eth_chainId", cancellationToken));

    public async Task<long> GetBlockNumberAsync(CancellationToken cancellationToken) =>
        (long)Quantity(await SendAsync("eth_blockNumber", cancellationToken));

    public async Task<long> GetTransactionCountAsync(string address, bool pending, CancellationToken cancellationToken) =>
        (long)Quantity(await SendAsync("eth_getTransactionCount", cancellationToken, address, pending ? "pending" : "latest"));

    public async Task<(BigInteger BaseFee, BigInteger? PriorityFee)> GetFeesAsync(CancellationToken cancellationToken)
    {
        var block = await SendAsync("eth_getBlockByNumber", cancellationToken, "latest", false);
        var baseFee = block?["baseFeePerGas"] is { Type: JTokenType.String } fee ? Quantity(fee) : BigInteger.Zero;
        BigInteger? priority = null;
        try
        {
            priority = Quantity(await SendAsync("eth_maxPriorityFeePerGas", cancellationToken));
        }
        catch (OutboxRpcException)
        {
            // Not every node implements it; the configured default applies.
        }
        return (baseFee, priority);
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
