using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace CityToken.Api.Indexing;

/// <summary>
/// A statement prepared once on the SQLite connection of the indexer's open transaction and executed many times,
/// its parameters bound by position. Catch-up writes ~150,000 rows per 50,000 logs; through ADO.NET every
/// execution costs a data reader and, per parameter, a lookup by name that scans all of the statement's
/// parameters (<c>sqlite3_bind_parameter_index</c>), which made the C# side cost ~10× what SQLite itself does.
/// The SQL is ordinary (numbered parameters in order of appearance); only this executor is SQLite's.
/// <see cref="RowInserter"/> keeps a portable ADO.NET path for other providers (<see cref="TryPrepare"/> returns null
/// there); the token projection's balances use <see cref="Prepare"/> (SQLite only, like the service).
/// </summary>
public sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private sqlite3_stmt? _statement;

    private SqliteStatement(sqlite3 db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
    }

    /// <summary>Prepares <paramref name="sql"/> when the unit of work runs on SQLite inside a transaction; otherwise null.</summary>
    public static SqliteStatement? TryPrepare(CityTokenDb db, string sql)
    {
        if (db.Database.CurrentTransaction?.GetDbTransaction().Connection is not SqliteConnection { Handle: { } handle })
        {
            return null;
        }
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
        return new SqliteStatement(handle, statement);
    }

    /// <summary>Prepares <paramref name="sql"/> on the unit of work's open SQLite transaction; throws anywhere else.</summary>
    public static SqliteStatement Prepare(CityTokenDb db, string sql) =>
        TryPrepare(db, sql) ?? throw new InvalidOperationException("This statement runs inside the indexer's SQLite transaction.");

    private sqlite3_stmt Statement => _statement ?? throw new ObjectDisposedException(nameof(SqliteStatement));

    /// <summary>Binds the value of parameter <paramref name="index"/> (1-based, order of appearance in the SQL).</summary>
    public void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(Statement, index),
            string text => BindText(index, text),
            long number => raw.sqlite3_bind_int64(Statement, index, number),
            int number => raw.sqlite3_bind_int64(Statement, index, number),
            bool flag => raw.sqlite3_bind_int64(Statement, index, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(Statement, index, number),
            byte[] bytes => raw.sqlite3_bind_blob(Statement, index, bytes),
            _ => throw new NotSupportedException($"Cannot bind a {value.GetType().Name} to a SQLite parameter."),
        };
        Check(rc);
    }

    /// <summary>
    /// Binds text through one reused UTF-8 buffer (SQLite copies it): the string overload allocates a new UTF-8
    /// array per value, six per raw log row.
    /// </summary>
    private int BindText(int index, string text)
    {
        if (text.Length == 0)
        {
            // An empty span would be a null pointer, which SQLite binds as NULL.
            return raw.sqlite3_bind_text(Statement, index, text);
        }
        var needed = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < needed)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }
        var written = System.Text.Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(Statement, index, new ReadOnlySpan<byte>(_utf8, 0, written));
    }

    private byte[] _utf8 = new byte[512];

    /// <summary>Runs the statement to completion (an INSERT/UPDATE/DELETE), then resets it for the next row.</summary>
    public void Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(Statement)) == raw.SQLITE_ROW)
            {
            }
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(Statement);
        }
    }

    /// <summary>Runs a query and returns the first column of its first row as text (null when there is no row), then resets it.</summary>
    public string? QueryText()
    {
        try
        {
            var rc = raw.sqlite3_step(Statement);
            if (rc == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_text(Statement, 0).utf8_to_string();
            }
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
            return null;
        }
        finally
        {
            raw.sqlite3_reset(Statement);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose()
    {
        if (_statement is { } statement)
        {
            _statement = null;
            statement.Dispose();
        }
    }
}
