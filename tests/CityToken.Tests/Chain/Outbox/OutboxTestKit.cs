using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text;
using System.Text.Json;
using CityToken.Api.Chain.Outbox;
using CityToken.Contracts.CivicToken;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Web3;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>Helpers shared by the outbox tests: raw node control, grants over HTTP, waiting for outcomes.</summary>
internal static class OutboxTestKit
{
    public const string ServiceAddress = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    public static readonly string[] FinalStatuses = ["confirmed", "reverted", "failed"];

    /// <summary>A fresh random resident address (lower case), so balances start at zero.</summary>
    public static string NewResident() => "0x" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8];

    public static async Task<JsonElement> RpcAsync(HardhatNode node, string method, params object[] parameters)
    {
        using var http = new HttpClient();
        var body = JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 1, method, @params = parameters });
        using var response = await http.PostAsync(new Uri(node.RpcUrl), new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (json.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method}: {error}");
        }
        return json.GetProperty("result");
    }

    public static async Task<long> NonceOfServiceAsync(HardhatNode node) =>
        Convert.ToInt64((await RpcAsync(node, "eth_getTransactionCount", ServiceAddress, "latest")).GetString(), 16);

    public static CivicTokenService Token(HardhatNode node, Web3? web3 = null) =>
        new(web3 ?? new Web3(node.RpcUrl), node.ReadManifest().AddressOf("CivicToken"));

    public static Task<BigInteger> BalanceAsync(HardhatNode node, string address) => Token(node).BalanceOfQueryAsync(address);

    /// <summary>Posts a grant as admin; returns the HTTP status and, when accepted, the outbox entry id.</summary>
    public static async Task<(HttpStatusCode Status, long? Id)> GrantAsync(HttpClient client, string key, string recipient, BigInteger amount, string reason = "test grant")
    {
        var (status, id, _) = await GrantWithDetailAsync(client, key, recipient, amount, reason);
        return (status, id);
    }

    /// <summary>As <see cref="GrantAsync"/>, also telling whether the entry already existed under the key.</summary>
    public static async Task<(HttpStatusCode Status, long? Id, bool Existing)> GrantWithDetailAsync(HttpClient client, string key, string recipient, BigInteger amount, string reason = "test grant")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/grants")
        {
            Content = JsonContent.Create(new { idempotencyKey = key, recipient, amount = amount.ToString(), reason }),
        };
        request.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            return (response.StatusCode, null, false);
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.GetProperty("id").GetInt64(), body.GetProperty("existing").GetBoolean());
    }

    public static async Task<JsonElement> GetEntryAsync(HttpClient client, long id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/outbox/{id}");
        request.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the entry until <paramref name="done"/> holds (default: a final state).</summary>
    public static async Task<JsonElement> WaitForEntryAsync(HttpClient client, long id, Func<JsonElement, bool>? done = null, int seconds = 30)
    {
        done ??= e => FinalStatuses.Contains(e.GetProperty("status").GetString());
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement entry;
        do
        {
            entry = await GetEntryAsync(client, id);
            if (done(entry))
            {
                return entry;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"outbox entry {id} did not reach the expected state in {seconds} s: {entry}");
        return entry;
    }

    public static string Status(this JsonElement entry) => entry.GetProperty("status").GetString()!;

    public static string Hex(BigInteger value) => "0x" + (value.IsZero ? "0" : value.ToString("x").TrimStart('0'));

    public static async Task<string?> BlockHashAsync(HardhatNode node, long number)
    {
        var block = await RpcAsync(node, "eth_getBlockByNumber", Hex(number), false);
        return block.ValueKind == JsonValueKind.Null ? null : block.GetProperty("hash").GetString();
    }

    public static async Task<long> HeadAsync(HardhatNode node) =>
        Convert.ToInt64((await RpcAsync(node, "eth_blockNumber")).GetString(), 16);

    /// <summary>The service's /health body as JSON (any status code).</summary>
    public static async Task<JsonElement> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>components.outbox of a /health body.</summary>
    public static JsonElement Outbox(this JsonElement health) => health.GetProperty("components").GetProperty("outbox");

    /// <summary>A service on <paramref name="node"/> whose outbox talks through <paramref name="wrap"/>.</summary>
    public static ServiceFactory ServiceWith(HardhatNode node, Func<IOutboxRpc, IOutboxRpc>? wrap = null, Dictionary<string, string?>? settings = null)
    {
        var factory = ServiceFactory.For(node);
        foreach (var (key, value) in settings ?? [])
        {
            factory.Settings[key] = value;
        }
        if (wrap is not null)
        {
            factory.ConfigureTestServices = services =>
            {
                var descriptor = services.Single(d => d.ServiceType == typeof(IOutboxRpc));
                services.Remove(descriptor);
                services.AddSingleton(provider => wrap((IOutboxRpc)descriptor.ImplementationFactory!(provider)));
            };
        }
        return factory;
    }
}

/// <summary>What the fault-injecting RPC does to one eth_sendRawTransaction.</summary>
internal enum SendFault
{
    None,

    /// <summary>The node receives and accepts the transaction, but the answer is lost (a timeout).</summary>
    DropResponse,

    /// <summary>The node accepts it, and the client sees "already known" (e.g. a retried request after a lost answer).</summary>
    AlreadyKnown,

    /// <summary>The node accepts it, and the client sees "nonce too low" (a retry racing the block).</summary>
    NonceTooLow,

    /// <summary>The transaction never reaches the node, and the client is told it did.</summary>
    SilentlyLost,
}

/// <summary>
/// An <see cref="IOutboxRpc"/> wrapper that injects faults: per sendRawTransaction (chosen by a policy that sees the
/// call number and raw bytes), and timeouts on a share of receipt requests.
/// </summary>
internal sealed class FaultyOutboxRpc(IOutboxRpc inner, Func<int, string, SendFault> sendPolicy, int receiptTimeoutEvery = 0) : DelegatingOutboxRpc(inner)
{
    private int _sends;
    private int _receipts;

    public int Sends => _sends;

    public List<SendFault> Injected { get; } = [];

    public override async Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken)
    {
        var fault = sendPolicy(Interlocked.Increment(ref _sends), rawTransaction);
        lock (Injected)
        {
            Injected.Add(fault);
        }
        if (fault == SendFault.SilentlyLost)
        {
            return Nethereum.Util.TransactionUtils.CalculateTransactionHash(rawTransaction);
        }
        var hash = await Inner.SendRawTransactionAsync(rawTransaction, cancellationToken);
        return fault switch
        {
            SendFault.DropResponse => throw new Nethereum.JsonRpc.Client.RpcClientTimeoutException("injected: response lost after the node accepted the transaction"),
            SendFault.AlreadyKnown => throw new OutboxRpcException("already known", -32000, null),
            SendFault.NonceTooLow => throw new OutboxRpcException("Nonce too low. Expected nonce to be 99 but got 0.", -32000, null),
            _ => hash,
        };
    }

    public override Task<OutboxReceipt?> GetReceiptAsync(string txHash, CancellationToken cancellationToken)
    {
        if (receiptTimeoutEvery > 0 && Interlocked.Increment(ref _receipts) % receiptTimeoutEvery == 0)
        {
            throw new TimeoutException("injected: receipt request timed out");
        }
        return Inner.GetReceiptAsync(txHash, cancellationToken);
    }
}

/// <summary>
/// An <see cref="IOutboxRpc"/> wrapper a test can close: while closed, every call waits (the outbox sees nothing of
/// the node), so a test can change the chain (e.g. a reorg) between two of the outbox's looks at it. Records every
/// raw transaction sent.
/// </summary>
internal sealed class GatedOutboxRpc(IOutboxRpc inner) : IOutboxRpc
{
    private volatile TaskCompletionSource _open = Opened();

    public List<string> Sent { get; } = [];

    public void Close() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _open.TrySetResult();

    public async Task<long> GetChainIdAsync(CancellationToken cancellationToken) { await PassAsync(cancellationToken); return await inner.GetChainIdAsync(cancellationToken); }

    public async Task<long> GetBlockNumberAsync(CancellationToken cancellationToken) { await PassAsync(cancellationToken); return await inner.GetBlockNumberAsync(cancellationToken); }

    public async Task<long> GetTransactionCountAsync(string address, bool pending, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.GetTransactionCountAsync(address, pending, cancellationToken);
    }

    public async Task<OutboxFeeMarket> GetFeesAsync(CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.GetFeesAsync(cancellationToken);
    }

    public async Task<BigInteger> EstimateGasAsync(OutboxCall request, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.EstimateGasAsync(request, cancellationToken);
    }

    public async Task<string?> CallForRevertDataAsync(OutboxCall request, long blockNumber, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.CallForRevertDataAsync(request, blockNumber, cancellationToken);
    }

    public async Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        lock (Sent)
        {
            Sent.Add(rawTransaction);
        }
        return await inner.SendRawTransactionAsync(rawTransaction, cancellationToken);
    }

    public async Task<OutboxReceipt?> GetReceiptAsync(string txHash, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.GetReceiptAsync(txHash, cancellationToken);
    }

    public async Task<bool> IsKnownAsync(string txHash, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.IsKnownAsync(txHash, cancellationToken);
    }

    public async Task<string?> GetBlockHashAsync(long blockNumber, CancellationToken cancellationToken)
    {
        await PassAsync(cancellationToken);
        return await inner.GetBlockHashAsync(blockNumber, cancellationToken);
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private Task PassAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);
}

/// <summary>
/// An <see cref="IOutboxRpc"/> wrapper that runs <paramref name="beforeSend"/> before each eth_sendRawTransaction: a
/// test changes the chain between the outbox's last look and its broadcast (e.g. pauses the token after the call was
/// simulated), the one race no check before sending can close.
/// </summary>
internal sealed class BeforeSendOutboxRpc(IOutboxRpc inner, Func<Task> beforeSend) : DelegatingOutboxRpc(inner)
{
    public override async Task<string> SendRawTransactionAsync(string rawTransaction, CancellationToken cancellationToken)
    {
        await beforeSend();
        return await Inner.SendRawTransactionAsync(rawTransaction, cancellationToken);
    }
}
