namespace CityToken.Api.Indexing;

/// <summary>
/// How far the indexer got (one row): every log up to and including <see cref="BlockNumber"/> is stored and
/// projected; <see cref="BlockHash"/> is that block's hash, checked against the next range's parent hash.
/// </summary>
public sealed class IndexerCheckpoint
{
    public int Id { get; set; } = 1;
    public long ChainId { get; set; }

    /// <summary>Fingerprint of the manifest's contract addresses: another deployment means a rebuild.</summary>
    public required string ContractsKey { get; set; }

    /// <summary>Last indexed block; deploymentBlock - 1 before anything was indexed.</summary>
    public long BlockNumber { get; set; }

    /// <summary>Hash of <see cref="BlockNumber"/>, or null before anything was indexed.</summary>
    public string? BlockHash { get; set; }

    public long UpdatedAt { get; set; }
}

/// <summary>
/// Hash of an indexed block: the first and last block of every stored piece (and every block holding one of our
/// logs when the node's logs carry no <c>blockTimestamp</c>; raw logs keep their own block hash either way).
/// The reorg search walks these backwards to the newest block whose hash the chain still has.
/// </summary>
public sealed class IndexedBlock
{
    public long Number { get; set; }
    public required string Hash { get; set; }
    public required string ParentHash { get; set; }

    /// <summary>Block time, Unix seconds.</summary>
    public long Timestamp { get; set; }
}

/// <summary>
/// One log of a manifest contract as the node returned it, keyed by its place (block, log index). Hashes, address, topics
/// and data are stored as bytes: half the size of their hex text, and a catch-up writes tens of thousands of these rows.
/// </summary>
public sealed class RawLog
{
    public long BlockNumber { get; set; }
    public int LogIndex { get; set; }
    public long ChainId { get; set; }
    public required byte[] BlockHash { get; set; }
    public required byte[] TransactionHash { get; set; }
    public int TransactionIndex { get; set; }

    /// <summary>Emitting contract (20 bytes).</summary>
    public required byte[] Address { get; set; }

    /// <summary>Topics, 32 bytes each, in order.</summary>
    public required byte[] Topics { get; set; }
    public required byte[] Data { get; set; }
}

internal sealed class IndexerCheckpointConfiguration : IEntityTypeConfiguration<IndexerCheckpoint>
{
    public void Configure(EntityTypeBuilder<IndexerCheckpoint> builder)
    {
        builder.ToTable("IndexerCheckpoints");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ContractsKey).HasMaxLength(66);
        builder.Property(c => c.BlockHash).HasMaxLength(66);
    }
}

internal sealed class IndexedBlockConfiguration : IEntityTypeConfiguration<IndexedBlock>
{
    public void Configure(EntityTypeBuilder<IndexedBlock> builder)
    {
        builder.ToTable("IndexedBlocks");
        builder.HasKey(b => b.Number);
        builder.Property(b => b.Number).ValueGeneratedNever();
        builder.Property(b => b.Hash).HasMaxLength(66);
        builder.Property(b => b.ParentHash).HasMaxLength(66);
    }
}

internal sealed class RawLogConfiguration : IEntityTypeConfiguration<RawLog>
{
    public void Configure(EntityTypeBuilder<RawLog> builder)
    {
        builder.ToTable("RawLogs");
        // One chain per index (the checkpoint's): its place in the chain identifies a log, and blocks are appended in order.
        // No index on the tx hash (nothing looks a log up by it; the writer skips stored logs by reading the range's keys):
        // a random key rewrote most of that index's pages on every stored piece, the biggest cost of a COPY on PostgreSQL.
        builder.HasKey(l => new { l.BlockNumber, l.LogIndex });
        builder.Property(l => l.BlockHash).HasMaxLength(32);
        builder.Property(l => l.TransactionHash).HasMaxLength(32);
        builder.Property(l => l.Address).HasMaxLength(20);
    }
}
