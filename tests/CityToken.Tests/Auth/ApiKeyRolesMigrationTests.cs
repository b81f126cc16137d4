using CityToken.Api.Auth;
using CityToken.Api.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CityToken.Tests.Auth;

public sealed class ApiKeyRolesMigrationTests
{
    [Test]
    public async Task KeysOfAnEarlierDatabaseKeepTheirOneRoleAsTheirRoles()
    {
        var folder = Directory.CreateTempSubdirectory("citytoken-migration-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "old.db")};Pooling=False";
        var options = new DbContextOptionsBuilder<CityTokenDb>().UseSqlite(connection).Options;
        await using (var db = new CityTokenDb(options))
        {
            var migrator = db.GetService<IMigrator>();
            var initial = db.Database.GetMigrations().First();
            await migrator.MigrateAsync(initial);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO ApiKeys (Name, Role, KeyHash, CreatedAt) VALUES ('old-reporter', 'reporter', 'aa', '2026-01-01T00:00:00+00:00')");
            await db.Database.MigrateAsync();
        }

        await using (var db = new CityTokenDb(options))
        {
            var key = await db.ApiKeys.SingleAsync(k => k.Name == "old-reporter");
            Assert.That(key.Roles, Is.EqualTo(new[] { StaffRoles.Reporter }));
        }
        Directory.Delete(folder, recursive: true);
    }
}
