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

/// <summary>One event a projection reads: its topic0 and its decoder (the generated DTO).</summary>
public sealed record EventDecoder(string Topic, Func<FilterLog, object> Decode)
{
    public static EventDecoder For<TEvent>() where TEvent : IEventDTO, new() =>
        new(EventTopic.Of<TEvent>(), static log => EventTopic.Decode<TEvent>(log));
}

/// <summary>
/// The events every projection reads, by contract and topic0. The indexer's prepare task decodes them
/// (<see cref="PreparedRange"/>) so that the writer, which holds the only write transaction, does not: Nethereum's DTO
/// decoder costs tens of microseconds per log.
/// </summary>
public sealed class EventDecoders
{
    private readonly Dictionary<string, Dictionary<string, EventDecoder>> _byContract = new(StringComparer.Ordinal);

    public EventDecoders(IEnumerable<IEventProjection> projections)
    {
        foreach (var projection in projections)
        {
            foreach (var contract in projection.Contracts)
            {
                if (!_byContract.TryGetValue(contract, out var byTopic))
                {
                    byTopic = new Dictionary<string, EventDecoder>(StringComparer.OrdinalIgnoreCase);
                    _byContract[contract] = byTopic;
                }
                foreach (var decoder in projection.Events)
                {
                    // Two projections may name the same event; the first DTO wins (IndexedLog.TryGet decodes other types itself).
                    byTopic.TryAdd(decoder.Topic, decoder);
                }
            }
        }
    }

    /// <summary>
    /// The decoded event when a projection of <paramref name="contractName"/> reads the log's event, else null; also null
    /// when decoding fails, so that the projection meets the malformed log itself, on the writer, as without this.
    /// </summary>
    public object? TryDecode(string contractName, FilterLog log)
    {
        if (!_byContract.TryGetValue(contractName, out var byTopic)
            || log.Topics is not { Length: > 0 } topics
            || topics[0]?.ToString() is not { } topic
            || !byTopic.TryGetValue(topic, out var decoder))
        {
            return null;
        }
        try
        {
            return decoder.Decode(log);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}
