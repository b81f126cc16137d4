using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Tests.Auth;

/// <summary>The staff key cache against a real SQLite file: what another instance's change looks like here.</summary>
public sealed class StaffKeyCacheTests
{
    [Test]
    public async Task AKeyRevokedInTheDatabaseByAnotherInstanceStopsWorkingWithinTheCacheTime()
    {
        await using var db = await TestDatabase.CreateAsync();
        var secret = ApiKey.Generate();
        var stored = new ApiKey { Name = "desk", Roles = [StaffRoles.Reporter], KeyHash = ApiKey.Hash(secret), CreatedAt = DateTimeOffset.UtcNow };
        db.ApiKeys.Add(stored);
        await db.SaveChangesAsync();
        var clock = new ManualClock();
        var cache = new StaffKeyCache(Options.Create(new AuthOptions { KeyCacheSeconds = 5 }), clock);

        Assert.That((await cache.FindActiveAsync(db, secret, CancellationToken.None))?.Id, Is.EqualTo(stored.Id));
        await db.ApiKeys.Where(k => k.Id == stored.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, DateTimeOffset.UtcNow));

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(await cache.FindActiveAsync(db, secret, CancellationToken.None), Is.Not.Null, "still trusted within the cache time");
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(await cache.FindActiveAsync(db, secret, CancellationToken.None), Is.Null, "refused once the cache time has passed");
    }

    [Test]
    public async Task ForgetAndAZeroCacheTimeAskTheDatabaseAgain()
    {
        await using var db = await TestDatabase.CreateAsync();
        var secret = ApiKey.Generate();
        db.ApiKeys.Add(new ApiKey { Name = "desk", Roles = [StaffRoles.Reporter], KeyHash = ApiKey.Hash(secret), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        var clock = new ManualClock();
        var cached = new StaffKeyCache(Options.Create(new AuthOptions { KeyCacheSeconds = 60 }), clock);
        var uncached = new StaffKeyCache(Options.Create(new AuthOptions { KeyCacheSeconds = 0 }), clock);
        Assert.That(await cached.FindActiveAsync(db, secret, CancellationToken.None), Is.Not.Null);
        Assert.That(await uncached.FindActiveAsync(db, secret, CancellationToken.None), Is.Not.Null);

        await db.ApiKeys.ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, DateTimeOffset.UtcNow));

        Assert.That(await uncached.FindActiveAsync(db, secret, CancellationToken.None), Is.Null, "no cache time: the database decides every time");
        Assert.That(await cached.FindActiveAsync(db, secret, CancellationToken.None), Is.Not.Null);
        cached.Forget();
        Assert.That(await cached.FindActiveAsync(db, secret, CancellationToken.None), Is.Null, "forgotten: the database decides");
        Assert.That(await cached.FindActiveAsync(db, "not-a-key-" + secret, CancellationToken.None), Is.Null);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
