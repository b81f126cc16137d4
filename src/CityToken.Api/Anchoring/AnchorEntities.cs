namespace CityToken.Api.Anchoring;

/// <summary>A hash to anchor, submitted once (the hash is unique); <see cref="TreeId"/> is set when it joins a tree.</summary>
public sealed class AnchorRecord
{
    public long Id { get; set; }

    /// <summary>0x and 64 lower-case hex digits.</summary>
    public required string Hash { get; set; }

    public string? Label { get; set; }

    /// <summary>What submitted it: "api", "file" or "audit" (the audit chain's head).</summary>
    public required string Source { get; set; }

    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public long? TreeId { get; set; }
}

/// <summary>A tree of records whose root is (to be) anchored by one outbox entry; the records name it (<see cref="AnchorRecord.TreeId"/>).</summary>
public sealed class AnchorTree
{
    public long Id { get; set; }
    public required string Root { get; set; }
    public int Count { get; set; }
    /// <summary>The anchor transaction's outbox entry; null when the root was found already anchored (nothing sent).</summary>
    public long? EntryId { get; set; }

    public OutboxEntry? Entry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An Anchored event of RecordAnchor, from the indexer: the root's transaction, block and block time.</summary>
public sealed class AnchoredRoot : ChainEventRow
{
    public required string Root { get; set; }

    /// <summary>Records in the tree, decimal string (uint256).</summary>
    public required string Count { get; set; }
}

/// <summary>
/// One link of the audit hash chain: a staff audit entry or a program change, its canonical JSON's place in the chain,
/// and <c>Hash = SHA-256(previous hash bytes ‖ canonical UTF-8)</c> (the first link's previous hash is 32 zero bytes).
/// </summary>
public sealed class AuditChainLink
{
    public long Sequence { get; set; }

    /// <summary>"staff" (AuditEntries) or "program" (ProgramAudits).</summary>
    public required string Source { get; set; }

    public long EntryId { get; set; }
    public required string Hash { get; set; }
}

internal sealed class AnchorRecordConfiguration : IEntityTypeConfiguration<AnchorRecord>
{
    public void Configure(EntityTypeBuilder<AnchorRecord> builder)
    {
        builder.ToTable("AnchorRecords");
        builder.HasIndex(r => r.Hash).IsUnique();
        builder.HasIndex(r => r.TreeId);
        builder.Property(r => r.Hash).HasMaxLength(66);
        builder.Property(r => r.Label).HasMaxLength(1_000);
        builder.Property(r => r.Source).HasMaxLength(10);
        builder.Property(r => r.SubmittedBy).HasMaxLength(100);
    }
}

internal sealed class AnchorTreeConfiguration : IEntityTypeConfiguration<AnchorTree>
{
    public void Configure(EntityTypeBuilder<AnchorTree> builder)
    {
        builder.ToTable("AnchorTrees");
        builder.HasIndex(t => t.Root).IsUnique();
        builder.Property(t => t.Root).HasMaxLength(66);
        builder.HasOne(t => t.Entry).WithMany().HasForeignKey(t => t.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnchoredRootConfiguration : IEntityTypeConfiguration<AnchoredRoot>
{
    public void Configure(EntityTypeBuilder<AnchoredRoot> builder)
    {
        builder.ToTable("AnchoredRoots");
        builder.HasKey(r => r.Root);
        builder.HasIndex(r => r.BlockNumber);
        builder.Property(r => r.Root).HasMaxLength(66);
        builder.Property(r => r.Count).HasMaxLength(78);
        builder.MapChainEvent();
    }
}

internal sealed class AuditChainLinkConfiguration : IEntityTypeConfiguration<AuditChainLink>
{
    public void Configure(EntityTypeBuilder<AuditChainLink> builder)
    {
        builder.ToTable("AuditChainLinks");
        builder.HasKey(l => l.Sequence);
        builder.Property(l => l.Sequence).ValueGeneratedNever();
        builder.HasIndex(l => new { l.Source, l.EntryId }).IsUnique();
        builder.Property(l => l.Source).HasMaxLength(10);
        builder.Property(l => l.Hash).HasMaxLength(66);
    }
}
