using System.Data.Common;
using System.Runtime.CompilerServices;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CityToken.Api.Indexing;

/// <summary>
/// Inserts append-only rows (raw logs, transfers) with one prepared INSERT per table and unit of work, in the
/// current database transaction, bypassing the change tracker: tens of thousands of rows per range would
/// otherwise dominate catch-up time. Table and column names come from the EF model; the SQL is standard
/// (quoted identifiers, named parameters), so it runs on SQLite and PostgreSQL alike. Database-generated
/// keys are left to the database. Rows inserted here are not tracked: read them back with queries.
/// </summary>
public static class RowInserter
{
    private static readonly ConditionalWeakTable<CityTokenDb, Dictionary<Type, DbCommand>> Commands = new();

    public static async Task InsertAsync<T>(CityTokenDb db, T row, CancellationToken cancellationToken) where T : class
    {
        var commands = Commands.GetOrCreateValue(db);
        if (!commands.TryGetValue(typeof(T), out var command))
        {
            command = Create<T>(db);
            commands[typeof(T)] = command;
        }
        var properties = (IProperty[])command.Site!.GetService(typeof(IProperty[]))!;
        for (var i = 0; i < properties.Length; i++)
        {
            command.Parameters[i].Value = properties[i].PropertyInfo!.GetValue(row) ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Create<T>(CityTokenDb db) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowInserter runs inside the indexer's transaction.");
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < properties.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        command.Site = new PropertiesSite(properties);
        return command;
    }

    /// <summary>Forgets the prepared commands of a finished unit of work.</summary>
    public static void Release(CityTokenDb db)
    {
        if (Commands.TryGetValue(db, out var commands))
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }
            Commands.Remove(db);
        }
    }

    private sealed class PropertiesSite(IProperty[] properties) : System.ComponentModel.ISite
    {
        public System.ComponentModel.IComponent Component => null!;
        public System.ComponentModel.IContainer? Container => null;
        public bool DesignMode => false;
        public string? Name { get; set; }
        public object? GetService(Type serviceType) => serviceType == typeof(IProperty[]) ? properties : null;
    }
}
