using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Tests.Auth;

public sealed class ApiKeyRolesMigrationTests
{
    [Test]
    public async Task KeysOfAnEarlierDatabaseKeepTheirOneRoleAsTheirRoles()
    {
        using var earlier = new EarlierDatabase();
        await using (var db = await earlier.OpenAtAsync(all => all.First()))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO ApiKeys (Name, Role, KeyHash, CreatedAt) VALUES ('old-reporter', 'reporter', 'aa', '2026-01-01T00:00:00+00:00')");
            await db.Database.MigrateAsync();
        }

        await using (var db = new CityTokenDb(earlier.Options))
        {
            var key = await db.ApiKeys.SingleAsync(k => k.Name == "old-reporter");
            Assert.That(key.Roles, Is.EqualTo(new[] { StaffRoles.Reporter }));
        }
    }
}
