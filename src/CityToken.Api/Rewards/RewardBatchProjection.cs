using CityToken.Contracts.CivicToken.ContractDefinition;

namespace CityToken.Api.Rewards;

/// <summary>
/// A minted reward batch (RewardBatchMinted). The batch's Transfer(0 → resident) logs share its transaction,
/// which is how history tells rewards from plain mints. Hook for programs: the rewards engine maps
/// <see cref="BatchId"/> to its batch record and program.
/// </summary>
public sealed class RewardBatch : ChainEventRow
{
    public required string BatchId { get; set; }
    public int Count { get; set; }
    public required string Total { get; set; }
}

/// <summary>Reward batches (<see cref="RewardBatch"/>) from CivicToken's RewardBatchMinted events.</summary>
public sealed class RewardBatchProjection : AppendOnlyProjection<RewardBatch>
{
    public override IReadOnlyCollection<string> Contracts { get; } = [ContractNames.CivicToken];

    public override IReadOnlyCollection<EventDecoder> Events { get; } = [EventDecoder.For<RewardBatchMintedEventDTO>()];

    protected override RewardBatch? RowOf(IndexedLog log) =>
        log.TryGet<RewardBatchMintedEventDTO>(out var minted)
            ? new RewardBatch { BatchId = Hex.Of(minted.BatchId), Count = (int)minted.Count, Total = Uint256.Format(minted.Total) }
            : null;
}

internal sealed class RewardBatchConfiguration : IEntityTypeConfiguration<RewardBatch>
{
    public void Configure(EntityTypeBuilder<RewardBatch> builder)
    {
        builder.ToTable("RewardBatches");
        builder.HasKey(b => b.BatchId);
        builder.HasIndex(b => b.TransactionHash);
        builder.HasIndex(b => b.BlockNumber);
        builder.Property(b => b.BatchId).HasMaxLength(66);
        builder.Property(b => b.Total).HasMaxLength(78);
        builder.MapChainEvent();
    }
}
