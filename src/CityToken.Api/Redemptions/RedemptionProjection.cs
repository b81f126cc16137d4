using CityToken.Api.Chain;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityToken.Api.Redemptions;

/// <summary>A redemption (RewardCatalog Redeemed): <see cref="Total"/> = quantity × price base units.</summary>
public sealed class Redemption
{
    public long Id { get; set; }
    public required string Resident { get; set; }
    public long RewardId { get; set; }
    public required string Quantity { get; set; }
    public required string Price { get; set; }
    public required string Total { get; set; }
    public required string TransactionHash { get; set; }
    public long BlockNumber { get; set; }
    public int LogIndex { get; set; }
    public long BlockTime { get; set; }
}

public sealed class RedemptionProjection : IEventProjection
{
    public IReadOnlyCollection<string> Contracts { get; } = [ContractNames.RewardCatalog];

    public IReadOnlyCollection<EventDecoder> Events { get; } = [EventDecoder.For<RedeemedEventDTO>()];

    public Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        if (log.TryGet<RedeemedEventDTO>(out var redeemed))
        {
            db.Add(new Redemption
            {
                Id = (long)redeemed.RedemptionId,
                Resident = Hex.Address(redeemed.Resident),
                RewardId = (long)redeemed.RewardId,
                Quantity = Uint256.Format(redeemed.Quantity),
                Price = Uint256.Format(redeemed.Price),
                Total = Uint256.Format(redeemed.Quantity * redeemed.Price),
                TransactionHash = log.TransactionHash,
                BlockNumber = log.BlockNumber,
                LogIndex = log.LogIndex,
                BlockTime = log.BlockTime.ToUnixTimeSeconds(),
            });
        }
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken) =>
        db.Set<Redemption>().Where(r => r.BlockNumber > blockNumber).ExecuteDeleteAsync(cancellationToken);

    public Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken) =>
        db.Set<Redemption>().ExecuteDeleteAsync(cancellationToken);
}

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> builder)
    {
        builder.ToTable("Redemptions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.TransactionHash);
        builder.HasIndex(r => new { r.Resident, r.BlockNumber });
        builder.HasIndex(r => r.BlockNumber);
        builder.Property(r => r.Resident).HasMaxLength(42);
        builder.Property(r => r.Quantity).HasMaxLength(78);
        builder.Property(r => r.Price).HasMaxLength(78);
        builder.Property(r => r.Total).HasMaxLength(78);
        builder.Property(r => r.TransactionHash).HasMaxLength(66);
    }
}
