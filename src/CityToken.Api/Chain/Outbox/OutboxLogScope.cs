namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The logging scope around an outbox phase's work on one entry: its id and idempotency key, so that every record of
/// that work (and of the RPC calls under it) can be found by either, with the JSON console formatter's scopes.
/// </summary>
public static class OutboxLogScope
{
    private static readonly Func<ILogger, long, string, IDisposable?> EntryScope =
        LoggerMessage.DefineScope<long, string>("Outbox entry {OutboxEntryId} ({IdempotencyKey})");

    public static IDisposable? BeginEntryScope(this ILogger logger, OutboxEntry entry) => EntryScope(logger, entry.Id, entry.IdempotencyKey);
}
