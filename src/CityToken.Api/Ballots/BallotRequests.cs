namespace CityToken.Api.Ballots;

/// <summary>
/// A ballot's off-chain text (title, description, option labels) exactly as hashed: its keccak256 is the ballot's
/// metadataHash on chain, so anyone can check the text against the chain.
/// </summary>
public sealed class BallotMetadata
{
    /// <summary>keccak256 of <see cref="Json"/>'s UTF-8 bytes, 0x lower-case hex.</summary>
    public required string Hash { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An admin's request to create a ballot, and the outbox entry that sends createBallot.</summary>
public sealed class BallotRequest
{
    public long Id { get; set; }

    /// <summary>Random key, part of the outbox idempotency key ("ballot-create:&lt;key&gt;").</summary>
    public required string RequestKey { get; set; }

    public required string MetadataHash { get; set; }

    public required string CredentialType { get; set; }

    /// <summary>Unix seconds.</summary>
    public long Start { get; set; }

    public long End { get; set; }

    public int OptionCount { get; set; }

    /// <summary>Decimal string.</summary>
    public required string Quorum { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public long EntryId { get; set; }

    public OutboxEntry? Entry { get; set; }
}

/// <summary>
/// A signed vote the service relays (castVoteBySig). While it is being relayed, <see cref="ActiveKey"/> holds
/// "ballot:personKey" under a unique index, so a second vote of the same person (from another DID too) is refused
/// before anything is sent; it is cleared when the relay reverted or failed.
/// </summary>
public sealed class VoteRequest
{
    public long Id { get; set; }

    public long BallotId { get; set; }

    /// <summary>The DID identity (checksummed address).</summary>
    public required string Voter { get; set; }

    /// <summary>The identity owner the signature recovers to (checksummed).</summary>
    public required string Signer { get; set; }

    public required string PersonKey { get; set; }

    public int Option { get; set; }

    /// <summary>The voter's nonce the signature was made for (decimal string).</summary>
    public required string Nonce { get; set; }

    /// <summary>Decimal string (uint256).</summary>
    public required string Deadline { get; set; }

    public required string Signature { get; set; }

    public string? ActiveKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long EntryId { get; set; }

    public OutboxEntry? Entry { get; set; }
}

internal sealed class BallotMetadataConfiguration : IEntityTypeConfiguration<BallotMetadata>
{
    public void Configure(EntityTypeBuilder<BallotMetadata> builder)
    {
        builder.ToTable("BallotMetadata");
        builder.HasKey(m => m.Hash);
        builder.Property(m => m.Hash).HasMaxLength(66);
        builder.Property(m => m.Json).HasMaxLength(20_000);
    }
}

internal sealed class BallotRequestConfiguration : IEntityTypeConfiguration<BallotRequest>
{
    public void Configure(EntityTypeBuilder<BallotRequest> builder)
    {
        builder.ToTable("BallotRequests");
        builder.HasIndex(r => r.RequestKey).IsUnique();
        builder.Property(r => r.RequestKey).HasMaxLength(64);
        builder.Property(r => r.MetadataHash).HasMaxLength(66);
        builder.Property(r => r.CredentialType).HasMaxLength(32);
        builder.Property(r => r.Quorum).HasMaxLength(78);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.HasOne(r => r.Entry).WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoteRequestConfiguration : IEntityTypeConfiguration<VoteRequest>
{
    public void Configure(EntityTypeBuilder<VoteRequest> builder)
    {
        builder.ToTable("VoteRequests");
        builder.HasIndex(v => v.ActiveKey).IsUnique();
        builder.HasIndex(v => new { v.BallotId, v.Voter });
        builder.HasIndex(v => new { v.BallotId, v.Signature });
        builder.Property(v => v.Voter).HasMaxLength(42);
        builder.Property(v => v.Signer).HasMaxLength(42);
        builder.Property(v => v.PersonKey).HasMaxLength(66);
        builder.Property(v => v.Nonce).HasMaxLength(78);
        builder.Property(v => v.Deadline).HasMaxLength(78);
        builder.Property(v => v.Signature).HasMaxLength(200);
        builder.Property(v => v.ActiveKey).HasMaxLength(100);
        builder.HasOne(v => v.Entry).WithMany().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
