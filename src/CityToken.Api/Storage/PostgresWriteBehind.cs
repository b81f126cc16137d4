using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityToken.Api.Storage;

/// <summary>
/// The indexer's COPYs on PostgreSQL run behind its own work: its RowInserter queues each one on its
/// connection and goes on (building the next range's rows) while the server stores them; every other command on that
/// connection waits for the queue first (<see cref="Interceptor"/> for EF's commands and transactions, <see cref="DrainAsync"/>
/// for raw ones), so reads see every row written before them and nothing commits half-written. Measured: the writer
/// otherwise waited for the server on each COPY with a core idle. A failed COPY fails the next command (or the commit).
/// </summary>
internal static class PostgresWriteBehind
{
    private static readonly ConditionalWeakTable<DbConnection, Queue> Queues = new();

    private sealed class Queue
    {
        public Task Tail = Task.CompletedTask;
    }

    /// <summary>Runs <paramref name="write"/> on <paramref name="connection"/> after the writes queued before it.</summary>
    public static void Enqueue(DbConnection connection, Func<Task> write)
    {
        var queue = Queues.GetOrCreateValue(connection);
        queue.Tail = After(queue.Tail, write);
    }

    /// <summary>Waits for every write queued on <paramref name="connection"/>; rethrows the first that failed.</summary>
    public static Task DrainAsync(DbConnection? connection) =>
        connection is not null && Queues.TryGetValue(connection, out var queue) ? queue.Tail : Task.CompletedTask;

    /// <summary>Waits for the queue and forgets whatever failed in it (the transaction is being abandoned).</summary>
    public static async Task AbandonAsync(DbConnection? connection)
    {
        try
        {
            await DrainAsync(connection);
        }
        catch (Exception)
        {
            // The failure has been (or will be) reported by the command that ran into it; the transaction rolls back.
        }
        finally
        {
            if (connection is not null)
            {
                Queues.Remove(connection);
            }
        }
    }

    private static async Task After(Task previous, Func<Task> write)
    {
        await previous;
        await write();
    }

    /// <summary>Makes EF's commands, commits and rollbacks on a connection wait for its queued writes.</summary>
    public sealed class Interceptor : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public static readonly Interceptor Instance = new();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await DrainAsync(command.Connection);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await DrainAsync(command.Connection);
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await DrainAsync(command.Connection);
            return result;
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            DrainAsync(command.Connection).GetAwaiter().GetResult();
            return result;
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            DrainAsync(command.Connection).GetAwaiter().GetResult();
            return result;
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            DrainAsync(command.Connection).GetAwaiter().GetResult();
            return result;
        }

        public async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await DrainAsync(transaction.Connection);
            return result;
        }

        public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            DrainAsync(transaction.Connection).GetAwaiter().GetResult();
            return result;
        }

        // SaveChanges inside a transaction brackets its batch with a savepoint.
        public async ValueTask<InterceptionResult> CreatingSavepointAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await DrainAsync(transaction.Connection);
            return result;
        }

        public InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            DrainAsync(transaction.Connection).GetAwaiter().GetResult();
            return result;
        }

        public async ValueTask<InterceptionResult> TransactionRollingBackAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await AbandonAsync(transaction.Connection);
            return result;
        }

        public InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            AbandonAsync(transaction.Connection).GetAwaiter().GetResult();
            return result;
        }
    }
}
