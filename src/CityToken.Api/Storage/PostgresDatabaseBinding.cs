using Npgsql;

namespace CityToken.Api.Storage;

/// <summary>
/// <see cref="ChainBindingGuard"/>'s work on PostgreSQL: where SQLite's database is a file moved aside, here the
/// service's schemas are renamed aside (nothing deleted).
/// </summary>
internal sealed class PostgresDatabaseBinding(string connectionString)
{
    /// <summary>The schemas the service writes: EF Core's tables, and Hangfire's jobs.</summary>
    private static readonly string[] Schemas = ["public", "hangfire"];

    public async Task<ChainBinding?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('public.\"ChainBindings\"') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return null;
        }
        await using var command = new NpgsqlCommand(
            "SELECT \"ChainId\", \"DeploymentBlock\", \"DeploymentBlockHash\", \"TokenAddress\" FROM public.\"ChainBindings\" LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? ChainBinding.FromRow(reader)
            : null;
    }

    /// <summary>Renames the service's schemas to <c>set_aside_{stamp}_…</c> and leaves an empty public schema; returns the new names.</summary>
    public async Task<string> SetAsideAsync(string stamp, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var moved = new List<string>();
        foreach (var schema in Schemas)
        {
            await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", connection, transaction);
            exists.Parameters.AddWithValue(schema);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                continue;
            }
            var destination = $"set_aside_{stamp}_{schema}";
            await using var rename = new NpgsqlCommand($"ALTER SCHEMA \"{schema}\" RENAME TO \"{destination}\"", connection, transaction);
            await rename.ExecuteNonQueryAsync(cancellationToken);
            moved.Add(destination);
        }
        await using (var recreate = new NpgsqlCommand("CREATE SCHEMA public", connection, transaction))
        {
            await recreate.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        NpgsqlConnection.ClearAllPools();
        return "schemas " + string.Join(", ", moved);
    }
}
