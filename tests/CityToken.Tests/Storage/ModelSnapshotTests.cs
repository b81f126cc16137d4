using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Tests.Storage;

/// <summary>Each provider's migrations describe the model as it is: a model change without its two migrations fails here.</summary>
public sealed class ModelSnapshotTests
{
    [Test]
    public void SqliteMigrationsMatchTheModel()
    {
        using var db = new CityTokenDbDesignTimeFactory().CreateDbContext([]);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "dotnet ef migrations add <Name> --context CityTokenDb --output-dir Storage/Migrations");
    }

    [Test]
    public void PostgresMigrationsMatchTheModel()
    {
        using var db = new PostgresCityTokenDbDesignTimeFactory().CreateDbContext([]);
        using var sqlite = new CityTokenDbDesignTimeFactory().CreateDbContext([]);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "dotnet ef migrations add <Name> --context PostgresCityTokenDb --output-dir Storage/Migrations/PostgreSQL --namespace CityToken.Api.Storage.Migrations.PostgreSQL");
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
        Assert.That(db.Database.GetMigrations(), Is.Not.EquivalentTo(sqlite.Database.GetMigrations()),
            "each provider has its own migrations");
    }
}
