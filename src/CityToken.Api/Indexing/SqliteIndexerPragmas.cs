namespace CityToken.Api.Indexing;

/// <summary>
/// Settings of the indexer's own SQLite transactions, applied on its connection before a piece is stored and undone
/// after, so the pooled connection goes back as it came for the outbox and everyone else:
/// <list type="bullet">
/// <item>a 64 MB page cache: a piece touches ~5,000 random entries of each hash-keyed index, which the 2 MB default evicts between pieces;</item>
/// <item><c>synchronous = NORMAL</c>: no fsync per commit. WAL with NORMAL never corrupts the file; a power loss can only
/// drop the last committed pieces, and as the checkpoint commits with their rows the indexer reads them from the chain again;</item>
/// <item><c>wal_autocheckpoint = 0</c>: the commit does not copy the WAL into the database file and fsync it (a third of
/// storing, measured); <see cref="WalCheckpointer"/> does that on its own connection while the next piece is stored.</item>
/// </list>
/// </summary>
internal static class SqliteIndexerPragmas
{
    private const string Tuned = "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;";

    /// <summary>Applies the settings on the open connection; returns the SQL that restores the previous ones.</summary>
    public static async Task<string> ApplyAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var synchronous = Convert.ToInt64(await ScalarAsync(db, "PRAGMA synchronous;", cancellationToken), CultureInfo.InvariantCulture);
        var autoCheckpoint = Convert.ToInt64(await ScalarAsync(db, "PRAGMA wal_autocheckpoint;", cancellationToken), CultureInfo.InvariantCulture);
        await ScalarAsync(db, Tuned, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous = {synchronous}; PRAGMA wal_autocheckpoint = {autoCheckpoint};");
    }

    public static Task RestoreAsync(CityTokenDb db, string restore) => ScalarAsync(db, restore, CancellationToken.None);

    private static async Task<object?> ScalarAsync(CityTokenDb db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
