using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace CityToken.Api.Storage;

/// <summary>
/// The service's database: what the chain cannot hold, and projections of what it does. This type is the SQLite
/// database (its migrations are in Storage/Migrations); <see cref="PostgresCityTokenDb"/> is the same model on
/// PostgreSQL with migrations of its own.
/// </summary>
public class CityTokenDb : DbContext, IDataProtectionKeyContext
{
    public CityTokenDb(DbContextOptions<CityTokenDb> options) : base(options)
    {
    }

    /// <summary>For the provider-specific subclass, whose options are typed for itself.</summary>
    protected CityTokenDb(DbContextOptions options) : base(options)
    {
    }

    /// <summary>The chain this database belongs to (one row).</summary>
    public DbSet<ChainBinding> ChainBindings => Set<ChainBinding>();

    /// <summary>The Data Protection key ring when several instances share PostgreSQL (each key encrypted by KeyRing's secret).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Conventions for the whole model, set once here instead of per property in each feature's mapping.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<BigInteger>().HaveConversion<BaseUnitsConverter>().HaveMaxLength(BaseUnitsConverter.MaxLength);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Each feature maps its own entities in an IEntityTypeConfiguration<T> beside them.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CityTokenDb).Assembly);
        modelBuilder.Entity<ChainBinding>(binding =>
        {
            binding.Property(b => b.DeploymentBlockHash).HasMaxLength(66);
            binding.Property(b => b.TokenAddress).HasMaxLength(42);
        });
    }
}

/// <summary>
/// Identifies the chain a database was built from: a local Hardhat chain that restarts is a new chain
/// with the same id and often the same addresses, but not the same block hashes.
/// </summary>
public sealed class ChainBinding
{
    public int Id { get; set; } = 1;
    public long ChainId { get; set; }
    public long DeploymentBlock { get; set; }
    public required string DeploymentBlockHash { get; set; }
    public required string TokenAddress { get; set; }
    public DateTimeOffset BoundAt { get; set; }

    /// <summary>A binding read before the context exists (the guard's look at the database): ChainId, DeploymentBlock, DeploymentBlockHash, TokenAddress.</summary>
    internal static ChainBinding FromRow(System.Data.Common.DbDataReader reader) => new()
    {
        ChainId = reader.GetInt64(0),
        DeploymentBlock = reader.GetInt64(1),
        DeploymentBlockHash = reader.GetString(2),
        TokenAddress = reader.GetString(3),
    };
}

/// <summary>
/// For <c>dotnet ef migrations add X --context CityTokenDb</c> (SQLite, Storage/Migrations): without it the tools would
/// take <see cref="PostgresCityTokenDb"/>'s factory for this type too.
/// </summary>
public sealed class CityTokenDbDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<CityTokenDb>
{
    public CityTokenDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CityTokenDb>().UseCityTokenSqlite("Data Source=design-time.db").Options);
}
