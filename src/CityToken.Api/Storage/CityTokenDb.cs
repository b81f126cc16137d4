namespace CityToken.Api.Storage;

/// <summary>The service's database: what the chain cannot hold, and projections of what it does.</summary>
public sealed class CityTokenDb(DbContextOptions<CityTokenDb> options) : DbContext(options)
{
    /// <summary>The chain this database belongs to (one row).</summary>
    public DbSet<ChainBinding> ChainBindings => Set<ChainBinding>();

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
}
