using CityToken.Contracts.RewardCatalog.ContractDefinition;

namespace CityToken.Api.Redemptions;

/// <summary>A redemption (RewardCatalog Redeemed): <see cref="Total"/> = quantity × price base units.</summary>
public sealed class Redemption : ChainEventRow
{
    public long Id { get; set; }
    public required string Resident { get; set; }
    public long RewardId { get; set; }
    public required string Quantity { get; set; }
    public required string Price { get; set; }
    public required string Total { get; set; }
}

/// <summary>Redemptions (<see cref="Redemption"/>) from RewardCatalog's Redeemed events.</summary>
public sealed class RedemptionProjection : AppendOnlyProjection<Redemption>
{
    public override IReadOnlyCollection<string> Contracts { get; } = [ContractNames.RewardCatalog];

    public override IReadOnlyCollection<EventDecoder> Events { get; } = [EventDecoder.For<RedeemedEventDTO>()];

    protected override Redemption? RowOf(IndexedLog log) =>
        log.TryGet<RedeemedEventDTO>(out var redeemed)
            ? new Redemption
            {
                Id = (long)redeemed.RedemptionId,
                Resident = Hex.Address(redeemed.Resident),
                RewardId = (long)redeemed.RewardId,
                Quantity = Uint256.Format(redeemed.Quantity),
                Price = Uint256.Format(redeemed.Price),
                Total = Uint256.Format(redeemed.Quantity * redeemed.Price),
            }
            : null;
}

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> builder)
    {
        builder.ToTable("Redemptions");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.TransactionHash);
        builder.HasIndex(r => new { r.Resident, r.BlockNumber });
        builder.HasIndex(r => r.BlockNumber);
        builder.Property(r => r.Resident).HasMaxLength(42);
        builder.Property(r => r.Quantity).HasMaxLength(78);
        builder.Property(r => r.Price).HasMaxLength(78);
        builder.Property(r => r.Total).HasMaxLength(78);
        builder.MapChainEvent();
    }
}
