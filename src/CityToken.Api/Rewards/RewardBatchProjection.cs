using CityToken.Api.Chain;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityToken.Api.Rewards;

/// <summary>
/// A minted reward batch (RewardBatchMinted). The batch's Transfer(0 → resident) logs share its transaction,
/// which is how history tells rewards from plain mints. Hook for programs: the rewards engine maps
/// <see cref="BatchId"/> to its batch record and program.
/// </summary>
public sealed class RewardBatch
{
    public required string BatchId { get; set; }
    public int Count { get; set; }
    public required string Total { get; set; }
    public required string TransactionHash { get; set; }
    public long BlockNumber { get; set; }
    public int LogIndex { get; set; }
    public long BlockTime { get; set; }
}

public sealed class RewardBatchProjection : IEventProjection
{
    public IReadOnlyCollection<string> Contracts { get; } = [ContractNames.CivicToken];

    public IReadOnlyCollection<EventDecoder> Events { get; } = [EventDecoder.For<RewardBatchMintedEventDTO>()];

    public Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        if (log.TryGet<RewardBatchMintedEventDTO>(out var minted))
        {
            db.Add(new RewardBatch
            {
                BatchId = Hex.Of(minted.BatchId),
                Count = (int)minted.Count,
                Total = Uint256.Format(minted.Total),
                TransactionHash = log.TransactionHash,
                BlockNumber = log.BlockNumber,
                LogIndex = log.LogIndex,
                BlockTime = log.BlockTime.ToUnixTimeSeconds(),
            });
        }
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken) =>
        db.Set<RewardBatch>().Where(b => b.BlockNumber > blockNumber).ExecuteDeleteAsync(cancellationToken);

    public Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken) =>
        db.Set<RewardBatch>().ExecuteDeleteAsync(cancellationToken);
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
        builder.Property(b => b.TransactionHash).HasMaxLength(66);
    }
}
