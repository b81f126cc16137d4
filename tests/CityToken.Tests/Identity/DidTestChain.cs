using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using CityToken.Contracts.EthereumDIDRegistry;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CityToken.Tests.Identity;

/// <summary>A key that acts on the EthereumDIDRegistry with its own (funded) account.</summary>
internal sealed record DidActor(EthECKey Key, string Address, EthereumDIDRegistryService Registry)
{
    public string CompressedPublicKeyHex => "0x" + Convert.ToHexStringLower(Key.GetPubKey(true));
}

/// <summary>Helpers for scripted DID histories on a real node.</summary>
internal static class DidTestChain
{
    public const long ChainId = 31337;
    public const int Day = 86_400;

    public static async Task<DidActor> NewActorAsync(string rpcUrl, Web3 funder, string registry, bool funded = true)
    {
        var key = EthECKey.GenerateKey();
        var address = key.GetPublicAddress();
        if (funded)
        {
            await funder.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(address, 1m);
        }
        var web3 = new Web3(new Account(key, ChainId), rpcUrl);
        return new DidActor(key, address, new EthereumDIDRegistryService(web3, registry));
    }

    /// <summary>A bytes32 holding <paramref name="text"/> in UTF-8, right-padded with zeros.</summary>
    public static byte[] Bytes32(string text)
    {
        var bytes = new byte[32];
        Encoding.UTF8.GetBytes(text).CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static long Block(TransactionReceipt receipt) => (long)receipt.BlockNumber.Value;

    /// <summary>Time of the latest block (unix seconds).</summary>
    public static async Task<long> LatestBlockTimeAsync(Web3 web3)
    {
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        return (long)block.Timestamp.Value;
    }

    public static async Task<long> BlockTimeAsync(Web3 web3, long number)
    {
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new BlockParameter(new HexBigInteger(new BigInteger(number))));
        return (long)block.Timestamp.Value;
    }

    /// <summary>JSON with object keys sorted at every level, so two equal documents print the same.</summary>
    public static string Canonical(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sort)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    public static string Versioned(string did, long block) => did + "?versionId=" + block.ToString(CultureInfo.InvariantCulture);

    /// <summary>GET /1.0/identifiers/{did} (query of a DID URL passed as the HTTP query) and the body as JSON.</summary>
    public static async Task<(HttpResponseMessage Response, JsonObject Body)> ResolveAsync(HttpClient client, string didUrl, string? accept = null)
    {
        var query = didUrl.IndexOf('?', StringComparison.Ordinal);
        var path = "/1.0/identifiers/" + Uri.EscapeDataString(query < 0 ? didUrl : didUrl[..query]) + (query < 0 ? "" : didUrl[query..]);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("empty body");
        return (response, body);
    }
}

/// <summary>The system clock, unless a test pins it.</summary>
internal sealed class PinnableTimeProvider : TimeProvider
{
    public DateTimeOffset? Pinned { get; set; }

    public override DateTimeOffset GetUtcNow() => Pinned ?? System.GetUtcNow();
}
