using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CityToken.Api.Indexing;

/// <summary>
/// Inserts append-only rows (raw logs, transfers) bypassing the change tracker, in the current database
/// transaction: tens of thousands of rows per range would otherwise dominate catch-up time. One instance per write
/// transaction (the indexer's, through <see cref="IndexBatch.Rows"/>): it holds the prepared statements, so they are
/// prepared once per transaction, not per row or range. On SQLite each row is written at once with one prepared
/// single-row statement bound by position (<see cref="SqliteStatement"/>): cheaper than any multi-row ADO.NET
/// statement, and nothing to buffer. On other providers rows are buffered and written with multi-row INSERTs of up to
/// <see cref="MaxParameters"/> parameters (one prepared, parameterised statement per table and chunk size) when
/// <see cref="FlushAsync"/> runs or a statement's worth is pending; on PostgreSQL as one binary COPY per table and flush
/// (<see cref="PostgresCopy"/>: measured faster than multi-row INSERTs), written behind (<see cref="PostgresWriteBehind"/>). Table and column names come from the EF model;
/// the SQL is standard (quoted identifiers, named parameters, multi-row VALUES). Database-generated keys are left to
/// the database. Rows inserted here are not tracked: read them back with queries (after a flush).
/// </summary>
public sealed class RowInserter(CityTokenDb db) : IDisposable
{
    /// <summary>
    /// Most parameters per multi-row INSERT. Microsoft.Data.Sqlite binds every parameter by name and SQLite's
    /// name lookup (<c>sqlite3_bind_parameter_index</c>) scans all of a statement's parameters, so binding costs
    /// grow with the square of the statement's size: measured, ~1,000 parameters per statement is the sweet spot
    /// (raw logs: 99 rows of 10 columns; transfers: 142 rows of 7).
    /// </summary>
    public const int MaxParameters = 999;

    /// <summary>Rows per binary COPY on PostgreSQL.</summary>
    private const int CopyRows = 20_000;

    /// <summary>
    /// Each entity's columns, compiled getters and INSERT prefix, built once per process: compiling the getters per
    /// unit of work made the running service JIT a dozen lambdas for every indexed block.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, Description> Descriptions = new();

    private sealed record Description(Func<object, object?>[] Getters, string Prefix, int Columns, string Copy, string[] StoreTypes);

    private readonly Dictionary<Type, Table> _tables = [];

    private sealed class Table(Description description)
    {
        public readonly int RowsPerStatement = Math.Max(1, MaxParameters / description.Columns);

        /// <summary>The transaction's connection when it is PostgreSQL's: rows go there by binary COPY.</summary>
        public Npgsql.NpgsqlConnection? Postgres;

        /// <summary>Rows buffered before a write: a statement's worth, or on PostgreSQL a COPY's (many statements' worth).</summary>
        public int FlushAt => Postgres is null ? RowsPerStatement : CopyRows;
        public readonly Func<object, object?>[] Getters = description.Getters;
        public readonly string Prefix = description.Prefix;
        public readonly Description Description = description;
        public readonly int Columns = description.Columns;
        public List<object?[]> Pending = [];
        public readonly Dictionary<int, DbCommand> Commands = [];

        /// <summary>Row counts whose command has been prepared.</summary>
        public readonly HashSet<int> Prepared = [];

        /// <summary>Single-row INSERT on SQLite (prepared at the first row); null on other providers.</summary>
        public SqliteStatement? Sqlite;
        public bool SqliteChecked;
    }

    /// <summary>Inserts <paramref name="row"/> (at once on SQLite; elsewhere buffered until a flush or a full statement).</summary>
    public async Task InsertAsync<T>(T row, CancellationToken cancellationToken) where T : class
    {
        if (!_tables.TryGetValue(typeof(T), out var table))
        {
            table = new Table(Descriptions.GetOrAdd(typeof(T), _ => Describe<T>(db)));
            table.Postgres = db.Database.CurrentTransaction?.GetDbTransaction().Connection as Npgsql.NpgsqlConnection;
            _tables[typeof(T)] = table;
        }
        if (!table.SqliteChecked)
        {
            table.Sqlite = SqliteStatement.TryPrepare(db, table.Prefix + Placeholders(table.Columns, rowOffset: 0));
            table.SqliteChecked = true;
        }
        if (table.Sqlite is { } statement)
        {
            for (var i = 0; i < table.Columns; i++)
            {
                statement.Bind(i + 1, table.Getters[i](row));
            }
            statement.Execute();
            return;
        }
        var values = new object?[table.Columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = table.Getters[i](row) ?? DBNull.Value;
        }
        table.Pending.Add(values);
        if (table.Pending.Count >= table.FlushAt)
        {
            await FlushTableAsync(table, cancellationToken);
        }
    }

    /// <summary>Writes every buffered row (call before reading them back and before the transaction commits).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var table in _tables.Values)
        {
            await FlushTableAsync(table, cancellationToken);
        }
    }

    private async Task FlushTableAsync(Table table, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(table, cancellationToken);
        }
        finally
        {
            table.Pending.Clear();
        }
    }

    private async Task WriteAsync(Table table, CancellationToken cancellationToken)
    {
        if (table.Postgres is { } postgres)
        {
            if (table.Pending.Count > 0)
            {
                // Written behind: the COPY gets the rows, the table a new buffer, and this writer goes on.
                var (rows, description) = (table.Pending, table.Description);
                table.Pending = [];
                PostgresWriteBehind.Enqueue(postgres, () => PostgresCopy.WriteAsync(postgres, description.Copy, description.StoreTypes, rows, cancellationToken));
            }
            return;
        }
        var offset = 0;
        while (offset < table.Pending.Count)
        {
            var count = Math.Min(table.RowsPerStatement, table.Pending.Count - offset);
            if (!table.Commands.TryGetValue(count, out var command))
            {
                command = Create(table, count);
                table.Commands[count] = command;
            }
            var p = 0;
            for (var r = 0; r < count; r++)
            {
                var values = table.Pending[offset + r];
                for (var c = 0; c < values.Length; c++)
                {
                    command.Parameters[p++].Value = values[c];
                }
            }
            if (table.Prepared.Add(count))
            {
                // Prepared once its parameters hold values: some providers (Npgsql) take their types from them.
                await command.PrepareAsync(cancellationToken);
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
            offset += count;
        }
    }

    private static Description Describe<T>(CityTokenDb db) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        var getters = properties.Select(p =>
        {
            // Compiled once per table: reflection's PropertyInfo.GetValue costs ~10x more per call.
            var instance = Expression.Parameter(typeof(object));
            var body = Expression.Convert(Expression.Property(Expression.Convert(instance, typeof(T)), p.PropertyInfo!), typeof(object));
            return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
        }).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""));
        var prefix = $"INSERT INTO \"{table}\" ({columns}) VALUES ";
        var copy = $"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)";
        return new Description(getters, prefix, properties.Length, copy, properties.Select(p => StripFacets(p.GetColumnType(store))).ToArray());
    }

    private DbCommand Create(Table table, int rows)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowInserter runs inside the indexer's transaction.");
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(table.Prefix);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "" : ", ").Append(Placeholders(table.Columns, r * table.Columns));
            for (var c = 0; c < table.Columns; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{r * table.Columns + c}";
                command.Parameters.Add(parameter);
            }
        }
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>"character varying(66)" → "character varying": COPY writes values by type name, without length or precision.</summary>
    private static string StripFacets(string storeType) =>
        storeType.IndexOf('(') is var open and > 0 ? storeType[..open].TrimEnd() : storeType;

    /// <summary>"(@p{offset}, @p{offset + 1}, …)": one row's parameters.</summary>
    private static string Placeholders(int columns, int rowOffset) =>
        "(" + string.Join(", ", Enumerable.Range(rowOffset, columns).Select(i => $"@p{i}")) + ")";

    /// <summary>Finalizes the prepared statements (before the connection goes back to the pool); buffered rows are dropped.</summary>
    public void Dispose()
    {
        foreach (var table in _tables.Values)
        {
            foreach (var command in table.Commands.Values)
            {
                command.Dispose();
            }
            table.Sqlite?.Dispose();
        }
        _tables.Clear();
    }
}
