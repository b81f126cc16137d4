namespace CityToken.Api.Redemptions;

/// <summary>
/// What the chain cannot hold about a reward: its name and description. The on-chain reward's <c>uri</c> is
/// <see cref="Uri"/> (<c>urn:citytoken:catalog:&lt;id&gt;</c>), which links the two.
/// </summary>
public sealed class CatalogListing
{
    public Guid Id { get; set; }
    public required string Uri { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    public static string UriFor(Guid id) => $"urn:citytoken:catalog:{id:D}";
}

/// <summary>A staff change to the catalog; its chain writes are outbox entries keyed <c>catalog:&lt;id&gt;:&lt;step&gt;</c>.</summary>
public sealed class CatalogRequest
{
    public Guid Id { get; set; }

    /// <summary>"add" or "update".</summary>
    public required string Kind { get; set; }

    /// <summary>The reward changed (update); for an add, known once the RewardAdded event is indexed.</summary>
    public long? RewardId { get; set; }

    public Guid? ListingId { get; set; }
    public required string RequestedBy { get; set; }
    public long CreatedAt { get; set; }

    public static string OutboxKey(Guid id, string step) => $"catalog:{id:D}:{step}";
}

/// <summary>Projection: a reward's current on-chain terms (RewardCatalog events, stock after redemptions).</summary>
public sealed class CatalogReward
{
    public long RewardId { get; set; }

    /// <summary>Base units per unit, decimal string.</summary>
    public required string Price { get; set; }

    /// <summary>Units left, decimal string (uint64); <see cref="UnlimitedStock"/> never runs out.</summary>
    public required string Stock { get; set; }

    /// <summary>Paid on redemption (lower-case); null: the tokens are burned.</summary>
    public string? Merchant { get; set; }

    public bool Active { get; set; }
    public required string Uri { get; set; }
    public long AddedBlock { get; set; }
    public long UpdatedBlock { get; set; }

    public const string UnlimitedStock = "18446744073709551615";
}

/// <summary>Projection history: the reward's state after each of its events, so a reorg restores the earlier state.</summary>
public sealed class CatalogRewardChange
{
    public long Id { get; set; }
    public long RewardId { get; set; }
    public long BlockNumber { get; set; }
    public int LogIndex { get; set; }
    public required string Event { get; set; }
    public required string Price { get; set; }
    public required string Stock { get; set; }
    public string? Merchant { get; set; }
    public bool Active { get; set; }
    public required string Uri { get; set; }
}

internal sealed class CatalogListingConfiguration : IEntityTypeConfiguration<CatalogListing>
{
    public void Configure(EntityTypeBuilder<CatalogListing> builder)
    {
        builder.ToTable("CatalogListings");
        builder.HasIndex(l => l.Uri).IsUnique();
        builder.Property(l => l.Uri).HasMaxLength(200);
        builder.Property(l => l.Name).HasMaxLength(CatalogLimits.Name);
        builder.Property(l => l.Description).HasMaxLength(CatalogLimits.Description);
    }
}

internal sealed class CatalogRequestConfiguration : IEntityTypeConfiguration<CatalogRequest>
{
    public void Configure(EntityTypeBuilder<CatalogRequest> builder)
    {
        builder.ToTable("CatalogRequests");
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.HasIndex(r => r.CreatedAt);
    }
}

internal sealed class CatalogRewardConfiguration : IEntityTypeConfiguration<CatalogReward>
{
    public void Configure(EntityTypeBuilder<CatalogReward> builder)
    {
        builder.ToTable("CatalogRewards");
        builder.HasKey(r => r.RewardId);
        builder.Property(r => r.RewardId).ValueGeneratedNever();
        builder.HasIndex(r => r.Uri);
        builder.Property(r => r.Price).HasMaxLength(78);
        builder.Property(r => r.Stock).HasMaxLength(20);
        builder.Property(r => r.Merchant).HasMaxLength(42);
        builder.Property(r => r.Uri).HasMaxLength(CatalogLimits.Uri);
    }
}

internal sealed class CatalogRewardChangeConfiguration : IEntityTypeConfiguration<CatalogRewardChange>
{
    public void Configure(EntityTypeBuilder<CatalogRewardChange> builder)
    {
        builder.ToTable("CatalogRewardChanges");
        builder.HasIndex(c => new { c.RewardId, c.BlockNumber, c.LogIndex });
        builder.HasIndex(c => c.BlockNumber);
        builder.Property(c => c.Event).HasMaxLength(24);
        builder.Property(c => c.Price).HasMaxLength(78);
        builder.Property(c => c.Stock).HasMaxLength(20);
        builder.Property(c => c.Merchant).HasMaxLength(42);
        builder.Property(c => c.Uri).HasMaxLength(CatalogLimits.Uri);
    }
}

internal static class CatalogLimits
{
    public const int Name = 120;
    public const int Description = 2000;

    /// <summary>Longest on-chain uri kept; longer ones (set outside the service) are cut.</summary>
    public const int Uri = 500;
}
