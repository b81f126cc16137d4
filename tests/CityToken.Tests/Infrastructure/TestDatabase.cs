using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Tests.Infrastructure;

/// <summary>A fresh SQLite file with the service's migrations and connection settings, for tests that need no chain.</summary>
internal static class TestDatabase
{
    public static async Task<CityTokenDb> CreateAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("citytoken-db-").FullName, "citytoken.db");
        var options = new DbContextOptionsBuilder<CityTokenDb>();
        options.UseCityTokenSqlite($"Data Source={path}");
        var db = new CityTokenDb(options.Options);
        await db.Database.MigrateAsync();
        return db;
    }
}
