using CityToken.Api.Auth;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Api.Storage;

/// <summary>The service's database: what the chain cannot hold, and projections of what it does.</summary>
public sealed class CityTokenDb(DbContextOptions<CityTokenDb> options) : DbContext(options)
{
    /// <summary>The chain this database belongs to (one row).</summary>
    public DbSet<ChainBinding> ChainBindings => Set<ChainBinding>();

    /// <summary>Staff API keys, stored as hashes.</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Each feature maps its own entities in an IEntityTypeConfiguration<T> beside them.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CityTokenDb).Assembly);
        modelBuilder.Entity<ChainBinding>(binding =>
        {
            binding.HasKey(b => b.Id);
            binding.Property(b => b.DeploymentBlockHash).HasMaxLength(66);
            binding.Property(b => b.TokenAddress).HasMaxLength(42);
        });
        modelBuilder.Entity<ApiKey>(key =>
        {
            key.HasKey(k => k.Id);
            key.HasIndex(k => k.KeyHash).IsUnique();
            key.HasIndex(k => k.Name).IsUnique();
            key.Property(k => k.Name).HasMaxLength(100);
            // A primitive collection: a JSON array in SQLite, an array column in PostgreSQL.
            key.Property(k => k.Roles);
            key.Property(k => k.KeyHash).HasMaxLength(64);
            key.Property(k => k.SecurityStamp).HasMaxLength(32);
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
}
