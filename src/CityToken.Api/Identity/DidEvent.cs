namespace CityToken.Api.Identity;

/// <summary>Which ERC-1056 event a <see cref="DidEvent"/> row records.</summary>
public enum DidEventKind
{
    OwnerChanged = 0,
    DelegateChanged = 1,
    AttributeChanged = 2,
}

/// <summary>
/// One EthereumDIDRegistry event about an identity, as it sits on the chain: the per-identity history from which
/// the DID document is built at the latest block or at any earlier version.
/// </summary>
public sealed class DidEvent
{
    public long Id { get; set; }

    /// <summary>The identity (the DID's address), lower-case hex with 0x.</summary>
    public required string Identity { get; set; }

    public DidEventKind Kind { get; set; }

    /// <summary>Delegate type or attribute name: the raw bytes32 (null for owner changes).</summary>
    public byte[]? Name { get; set; }

    /// <summary>New owner or delegate, EIP-55 checksummed (null for attribute changes).</summary>
    public string? Address { get; set; }

    /// <summary>Attribute value, raw bytes (null for owner and delegate changes).</summary>
    public byte[]? Value { get; set; }

    /// <summary>
    /// Unix time until which a delegate or attribute is valid; values above <see cref="long.MaxValue"/> are stored
    /// as <see cref="long.MaxValue"/>, which compares the same against any real clock.
    /// </summary>
    public long ValidTo { get; set; }

    /// <summary>The event's previousChange (block of the identity's preceding change, 0 for the first).</summary>
    public long PreviousChange { get; set; }

    public long BlockNumber { get; set; }

    /// <summary>Unix time (seconds) of the block.</summary>
    public long BlockTimestamp { get; set; }

    public required string TransactionHash { get; set; }

    public int LogIndex { get; set; }
}

internal sealed class DidEventConfiguration : IEntityTypeConfiguration<DidEvent>
{
    public void Configure(EntityTypeBuilder<DidEvent> entity)
    {
        entity.ToTable("DidEvents");
        entity.Property(e => e.Identity).HasMaxLength(42);
        entity.Property(e => e.Address).HasMaxLength(42);
        entity.Property(e => e.Name).HasMaxLength(32);
        entity.Property(e => e.TransactionHash).HasMaxLength(66);
        entity.HasIndex(e => new { e.Identity, e.BlockNumber, e.LogIndex }).IsUnique();
        entity.HasIndex(e => new { e.BlockNumber, e.LogIndex });
    }
}
