using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Indexing;

/// <summary>Matches and decodes logs with the generated event DTOs; topic0 is computed once per type.</summary>
public static class EventTopic
{
    /// <summary>topic0 of <typeparamref name="TEvent"/> (lower-case 0x hex).</summary>
    public static string Of<TEvent>() where TEvent : IEventDTO, new() => Cache<TEvent>.Topic;

    public static bool Matches<TEvent>(FilterLog log) where TEvent : IEventDTO, new() =>
        log.Topics is { Length: > 0 } topics && string.Equals(topics[0]?.ToString(), Cache<TEvent>.Topic, StringComparison.OrdinalIgnoreCase);

    public static TEvent Decode<TEvent>(FilterLog log) where TEvent : IEventDTO, new() => log.DecodeEvent<TEvent>().Event;

    private static class Cache<TEvent> where TEvent : IEventDTO, new()
    {
        public static readonly string Topic = "0x" + ABITypedRegistry.GetEvent<TEvent>().Sha3Signature.ToLowerInvariant();
    }
}
