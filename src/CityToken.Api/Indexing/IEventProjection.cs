using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Indexing;

/// <summary>
/// One confirmed log handed to projections: where it sits on the chain, which manifest contract emitted
/// it, and its event; read it with <see cref="TryGetTransfer"/> or <see cref="TryGet{TEvent}"/> (the generated event DTOs).
/// <see cref="Log"/>, the node's log, is null when the indexer decoded the event ahead (<see cref="Transfer"/> or
/// <see cref="Event"/>): nothing else is read from it.
/// </summary>
public sealed record IndexedLog(
    long ChainId,
    long BlockNumber,
    string BlockHash,
    DateTimeOffset BlockTime,
    string TransactionHash,
    int TransactionIndex,
    int LogIndex,
    string ContractName,
    FilterLog? Log)
{
    /// <summary>
    /// The log as an ERC-20 Transfer when it is one (decoded once, on the indexer's prepare task: nearly every log is a
    /// Transfer); null otherwise, or when the log was built without it (decode it with <see cref="TransferLog.TryDecode"/>).
    /// </summary>
    public TransferLog? Transfer { get; init; }

    /// <summary>The Transfer carried by this log: <see cref="Transfer"/> when set, else decoded now.</summary>
    public bool TryGetTransfer(out TransferLog transfer)
    {
        if (Transfer is { } decoded)
        {
            transfer = decoded;
            return true;
        }
        if (Log is not null)
        {
            return TransferLog.TryDecode(Log, out transfer);
        }
        transfer = default;
        return false;
    }

    /// <summary>
    /// The event decoded on the indexer's prepare task when a projection lists it in <see cref="IEventProjection.Events"/>;
    /// null otherwise.
    /// </summary>
    public object? Event { get; init; }

    /// <summary>
    /// True when this log is a <typeparamref name="TEvent"/>: <see cref="Event"/> when it was decoded ahead, else
    /// decoded now.
    /// </summary>
    public bool TryGet<TEvent>(out TEvent decoded) where TEvent : IEventDTO, new()
    {
        if (Event is TEvent ahead)
        {
            decoded = ahead;
            return true;
        }
        if (Log is not null && EventTopic.Matches<TEvent>(Log))
        {
            decoded = EventTopic.Decode<TEvent>(Log);
            return true;
        }
        decoded = default!;
        return false;
    }
}

/// <summary>
/// A read model built from chain events. For each stored range the indexer creates an <see cref="IndexBatch"/> and calls,
/// with it, <see cref="PrepareAsync"/>, then <see cref="ApplyAsync"/> for every log of the contracts a projection names
/// in (block, logIndex) order, then <see cref="CompleteAsync"/>, all inside the database transaction that advances the
/// indexer's checkpoint; a projection never saves changes itself. Rollback and reset make every projection rebuildable
/// from the chain.
/// </summary>
public interface IEventProjection
{
    /// <summary>Manifest names of the contracts whose logs this projection reads.</summary>
    IReadOnlyCollection<string> Contracts { get; }

    /// <summary>
    /// The events this projection reads (<see cref="EventDecoder.For{TEvent}"/>): the indexer decodes them on its prepare
    /// task, ahead of the write transaction, into <see cref="IndexedLog.Event"/>. Optional:
    /// <see cref="IndexedLog.TryGet{TEvent}"/> decodes an event that is not listed when it is asked for.
    /// </summary>
    IReadOnlyCollection<EventDecoder> Events => [];

    /// <summary>
    /// Called once per stored range, before <see cref="ApplyAsync"/> is called for its logs (the ones this projection
    /// reads, in order), so a projection can load the rows the range touches in one query instead of one per log and
    /// keep them in the batch (<see cref="IndexBatch.Begin{TState}"/>). Optional (the default does nothing).
    /// </summary>
    Task PrepareAsync(IndexBatch batch, IReadOnlyList<IndexedLog> logs, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Called once per stored range after <see cref="ApplyAsync"/> has seen its logs (and the batch's rows are flushed),
    /// before the indexer saves and commits: a projection that keeps per-range state writes it here.
    /// Optional (the default does nothing).
    /// </summary>
    Task CompleteAsync(IndexBatch batch, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies one log. Must be idempotent per (chain, tx hash, log index) only through the indexer, which never repeats a log.</summary>
    Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken);

    /// <summary>Removes everything derived from blocks above <paramref name="blockNumber"/> (a reorg's fork point).</summary>
    Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken);

    /// <summary>Removes everything this projection built (before a rebuild from the deployment block).</summary>
    Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken);
}
