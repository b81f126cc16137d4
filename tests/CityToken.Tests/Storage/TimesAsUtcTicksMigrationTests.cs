using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Tests.Storage;

/// <summary>Times written as text by earlier versions read back as the same instants once stored as UTC ticks.</summary>
public sealed class TimesAsUtcTicksMigrationTests
{
    [Test]
    public async Task TextTimesOfAnEarlierDatabaseBecomeTheSameInstantsInUtcTicks()
    {
        using var earlier = new EarlierDatabase();
        await using (var db = await earlier.OpenAtAsync(all => all.TakeWhile(m => !m.EndsWith("_TimesAsUtcTicks", StringComparison.Ordinal)).Last()))
        {
            // EF's text form (space, seven fraction digits, offset), one with another offset, one with no fraction.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO ApiKeys (Name, Roles, KeyHash, CreatedAt, RotatedAt, RevokedAt, SecurityStamp) VALUES " +
                "('old', '[\"admin\"]', 'aa', '2026-01-02 10:20:30.1234567+00:00', '2026-03-04 12:00:00.5+02:00', '2026-05-06 07:08:09+00:00', 's')");
            await db.Database.MigrateAsync();
        }

        await using (var db = new CityTokenDb(earlier.Options))
        {
            var key = await db.ApiKeys.SingleAsync(k => k.Name == "old");
            Assert.Multiple(() =>
            {
                Assert.That(key.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 10, 20, 30, 123, TimeSpan.Zero)), "to the millisecond");
                Assert.That(key.RotatedAt, Is.EqualTo(new DateTimeOffset(2026, 3, 4, 10, 0, 0, 500, TimeSpan.Zero)), "another offset: the same instant in UTC");
                Assert.That(key.RevokedAt, Is.EqualTo(new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.Zero)));
                Assert.That(key.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            });
            // Stored as integers now: SQLite compares and orders them (text DateTimeOffset it could not).
            var later = await db.ApiKeys.CountAsync(k => k.CreatedAt > new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
            Assert.That(later, Is.EqualTo(1));
        }
    }
}
