using CityToken.Api.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// A SQLite file in a folder of its own, migrated only up to an earlier migration, for tests that write rows as an
/// earlier version did and then check what the later migrations make of them.
/// </summary>
internal sealed class EarlierDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("citytoken-migration-").FullName;

    public EarlierDatabase() =>
        Options = new DbContextOptionsBuilder<CityTokenDb>().UseSqlite($"Data Source={Path.Combine(_folder, "old.db")};Pooling=False").Options;

    public DbContextOptions<CityTokenDb> Options { get; }

    /// <summary>A context on a database migrated up to the migration <paramref name="which"/> picks from all of them, in order.</summary>
    public async Task<CityTokenDb> OpenAtAsync(Func<IEnumerable<string>, string> which)
    {
        var db = new CityTokenDb(Options);
        await db.GetService<IMigrator>().MigrateAsync(which(db.Database.GetMigrations()));
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
