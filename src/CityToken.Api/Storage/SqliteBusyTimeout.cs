using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityToken.Api.Storage;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>) on every connection EF opens. Without it
/// Microsoft.Data.Sqlite retries a busy statement after sleeping 150 ms each time, so a write that meets another
/// (intake beside the indexer, the outbox or the mint follower) waited 150 ms for a lock held a few milliseconds.
/// SQLite's own wait retries within a millisecond or two; the limit stays the command timeout's 30 s.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
