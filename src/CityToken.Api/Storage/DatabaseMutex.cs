using Npgsql;

namespace CityToken.Api.Storage;

/// <summary>
/// A lock shared by every instance on the same database. On PostgreSQL a session-level advisory lock
/// (<c>pg_advisory_lock</c>) on a connection of its own, held while the caller's work runs and its transactions commit;
/// a holder that dies loses it with its connection. On SQLite there is one instance and the database file allows one
/// writer: nothing to take.
/// </summary>
public sealed class DatabaseMutex(DatabaseLocation location)
{
    /// <summary>Waits for the lock on <paramref name="key"/>; dispose the result to release it (null: nothing was needed).</summary>
    public async Task<HeldLock?> AcquireAsync(long key, CancellationToken cancellationToken) =>
        location.Provider == StorageProvider.PostgreSQL ? await LockOnOwnSessionAsync(key, wait: true, cancellationToken) : null;

    /// <summary>
    /// Takes the lock on <paramref name="key"/> if it is free, and keeps it until disposed or until its connection
    /// drops: the leadership of work one instance at a time should do. Null when another session holds it. On SQLite,
    /// a lock nobody else can want.
    /// </summary>
    public async Task<HeldLock?> TryHoldAsync(long key, CancellationToken cancellationToken) =>
        location.Provider == StorageProvider.PostgreSQL ? await LockOnOwnSessionAsync(key, wait: false, cancellationToken) : new HeldLock(null, key);

    /// <summary>Opens a session for the lock and takes it (waiting, or trying once); null when a try found it taken.</summary>
    private async Task<HeldLock?> LockOnOwnSessionAsync(long key, bool wait, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(wait ? $"SELECT pg_advisory_lock({key})" : $"SELECT pg_try_advisory_lock({key})", connection);
            var taken = await command.ExecuteScalarAsync(cancellationToken);
            if (wait || taken is true)
            {
                return new HeldLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>
    /// Inside the caller's open transaction, waits for the transaction-scoped lock on <paramref name="key"/>
    /// (<c>pg_advisory_xact_lock</c>, released by the commit or rollback): writers of the same data take turns, whoever
    /// believes itself the leader. Nothing on SQLite, whose writers take turns anyway.
    /// </summary>
    public static async Task LockForTransactionAsync(CityTokenDb db, long key, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    /// <summary>A lock held by a session of its own (<see cref="AcquireAsync"/>, <see cref="TryHoldAsync"/>); none on SQLite.</summary>
    public sealed class HeldLock(NpgsqlConnection? connection, long key) : IAsyncDisposable
    {
        /// <summary>True while the session holding the lock is alive (then nobody else holds it).</summary>
        public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
        {
            if (connection is null)
            {
                return true;
            }
            try
            {
                await using var command = new NpgsqlCommand(
                    $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid() AND objid = {(uint)key} AND classid = {(uint)(key >> 32)}", connection);
                return await command.ExecuteScalarAsync(cancellationToken) is long and > 0;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>Releases the lock and closes its session (closing alone would release it too, should the unlock fail).</summary>
        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }
            try
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", connection);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
