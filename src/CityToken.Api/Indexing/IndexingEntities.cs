using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

/// <summary>One log of a manifest contract, as the node returned it; unique on (chain id, tx hash, log index).</summary>
public sealed class RawLog
{
    public long Id { get; set; }
    public long ChainId { get; set; }
    public long BlockNumber { get; set; }
    public required string BlockHash { get; set; }
    public required string TransactionHash { get; set; }
    public int TransactionIndex { get; set; }
    public int LogIndex { get; set; }

    /// <summary>Emitting contract, lower-case hex.</summary>
    public required string Address { get; set; }
    public required string ContractName { get; set; }

    /// <summary>Topics, lower-case hex joined by ','.</summary>
    public required string Topics { get; set; }
    public required string Data { get; set; }
}

internal sealed class IndexerCheckpointConfiguration : IEntityTypeConfiguration<IndexerCheckpoint>
{
    public void Configure(EntityTypeBuilder<IndexerCheckpoint> builder)
    {
        builder.ToTable("IndexerCheckpoints");
        builder.HasKey(c => c.Id);
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
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.ChainId, l.TransactionHash, l.LogIndex }).IsUnique();
        builder.HasIndex(l => new { l.BlockNumber, l.LogIndex });
        builder.Property(l => l.BlockHash).HasMaxLength(66);
        builder.Property(l => l.TransactionHash).HasMaxLength(66);
        builder.Property(l => l.Address).HasMaxLength(42);
        builder.Property(l => l.ContractName).HasMaxLength(64);
        builder.Property(l => l.Topics).HasMaxLength(280);
    }
}
