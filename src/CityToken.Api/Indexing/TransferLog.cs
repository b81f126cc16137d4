using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Indexing;

/// <summary>
/// ERC-20 <c>Transfer(address indexed from, address indexed to, uint256 value)</c>, decoded by hand from the
/// log's topics and data: by far the most frequent event, and Nethereum's DTO decoder (reflection over the
/// generated <see cref="TransferEventDTO"/>'s attributes) costs more per log than everything else the indexer
/// does with it. Gives the same values as <c>EventTopic.Decode&lt;TransferEventDTO&gt;</c> (addresses lower-case);
/// rarer events keep the DTO decoder. Used by the token projection and by the benchmark's raw path.
/// </summary>
public readonly record struct TransferLog(string From, string To, BigInteger Value)
{
    /// <summary>topic0 of Transfer(address,address,uint256).</summary>
    public static readonly string Topic = EventTopic.Of<TransferEventDTO>();

    /// <summary>True when <paramref name="log"/> is a well-formed Transfer (3 topics, 32 bytes of data).</summary>
    public static bool TryDecode(FilterLog log, out TransferLog transfer)
    {
        transfer = default;
        if (log.Topics is not { Length: 3 } topics
            || topics[0]?.ToString() is not { } topic0
            || !string.Equals(topic0, Topic, StringComparison.OrdinalIgnoreCase)
            || topics[1]?.ToString() is not { Length: 66 } from
            || topics[2]?.ToString() is not { Length: 66 } to
            || log.Data is not { Length: 66 } data)
        {
            return false;
        }
        Span<byte> value = stackalloc byte[32];
        if (Convert.FromHexString(data.AsSpan(2), value, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }
        transfer = new TransferLog(TopicAddress(from), TopicAddress(to), new BigInteger(value, isUnsigned: true, isBigEndian: true));
        return true;
    }

    /// <summary>Lower-case 0x address from a 32-byte topic (its last 20 bytes).</summary>
    public static string TopicAddress(string topic) => string.Create(42, topic, static (span, t) =>
    {
        span[0] = '0';
        span[1] = 'x';
        _ = t.AsSpan(26).ToLowerInvariant(span[2..]);
    });
}
