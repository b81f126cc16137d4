using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CityToken.Api.TokenReadModel;

/// <summary>
/// <see cref="TokenDeltas"/>' balance reads and writes on PostgreSQL, in the indexer's transaction: every holder of a
/// range in one statement each way (arrays bound as parameters), where SQLite's in-process lookups are cheaper one by one.
/// </summary>
internal static class PostgresBalances
{
    public static async Task<List<(string Address, string Balance)>> LoadAsync(CityTokenDb db, string[] addresses, CancellationToken cancellationToken)
    {
        var found = new List<(string, string)>(addresses.Length);
        if (addresses.Length == 0)
        {
            return found;
        }
        await using var command = await CommandAsync(db, "SELECT \"Address\", \"Balance\" FROM \"TokenBalances\" WHERE \"Address\" = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = addresses });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }
        return found;
    }

    public static async Task UpsertAsync(CityTokenDb db, (string Address, string Balance)[] balances, CancellationToken cancellationToken)
    {
        if (balances.Length == 0)
        {
            return;
        }
        await using var command = await CommandAsync(db,
            "INSERT INTO \"TokenBalances\" (\"Address\", \"Balance\") SELECT * FROM unnest($1::text[], $2::text[]) " +
            "ON CONFLICT (\"Address\") DO UPDATE SET \"Balance\" = excluded.\"Balance\"");
        command.Parameters.Add(new NpgsqlParameter { Value = balances.Select(b => b.Address).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = balances.Select(b => b.Balance).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A command in the indexer's transaction, once the rows written behind on its connection are in.</summary>
    private static async Task<NpgsqlCommand> CommandAsync(CityTokenDb db, string sql)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Balances are written inside the indexer's PostgreSQL transaction.");
        await PostgresWriteBehind.DrainAsync(transaction.Connection);
        return new NpgsqlCommand(sql, transaction.Connection, transaction);
    }
}
