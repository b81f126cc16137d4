namespace CityToken.Api.Redemptions;

/// <summary>
/// A resident's permit-signed redemption the service relays (<c>redeemWithPermit</c>, outbox key
/// <see cref="OutboxKey"/>). Its id is random, so a status URL cannot be guessed from another.
/// </summary>
public sealed class RedemptionRequest
{
    public Guid Id { get; set; }

    /// <summary>Checksummed address.</summary>
    public required string Resident { get; set; }

    public long RewardId { get; set; }

    /// <summary>Units, decimal string.</summary>
    public required string Quantity { get; set; }

    /// <summary>Base units the permit allows (price × quantity at validation), decimal string.</summary>
    public required string Cost { get; set; }

    /// <summary>The token nonce the permit was signed for, decimal string.</summary>
    public required string PermitNonce { get; set; }

    public long Deadline { get; set; }

    /// <summary>Price per unit the resident signed (decimal string): the choice as RewardCatalog checks it.</summary>
    public string? Price { get; set; }

    /// <summary>The resident's EIP-712 Redemption signature (0x hex), kept as evidence of what they chose.</summary>
    public string? ChoiceSignature { get; set; }

    /// <summary>
    /// "resident:permitNonce" while this redemption holds its permit nonce (unique: one redemption in flight per permit nonce);
    /// cleared when a later submission finds this one ended (reverted, failed or confirmed).
    /// </summary>
    public string? ActiveKey { get; set; }

    public required string OutboxKey { get; set; }
    public long CreatedAt { get; set; }

    public static string OutboxKeyFor(Guid id) => $"{RedemptionRelay.Relay.KeyPrefix}{id:D}";

    public static string ActiveKeyFor(string resident, string permitNonce) => $"{resident.ToLowerInvariant()}:{permitNonce}";
}

internal sealed class RedemptionRequestConfiguration : IEntityTypeConfiguration<RedemptionRequest>
{
    public void Configure(EntityTypeBuilder<RedemptionRequest> builder)
    {
        builder.ToTable("RedemptionRequests");
        builder.HasIndex(r => r.OutboxKey).IsUnique();
        builder.HasIndex(r => new { r.Resident, r.PermitNonce });
        builder.HasIndex(r => r.ActiveKey).IsUnique();
        builder.HasIndex(r => new { r.Resident, r.CreatedAt });
        builder.Property(r => r.Resident).HasMaxLength(42);
        builder.Property(r => r.Quantity).HasMaxLength(78);
        builder.Property(r => r.Cost).HasMaxLength(78);
        builder.Property(r => r.PermitNonce).HasMaxLength(78);
        builder.Property(r => r.OutboxKey).HasMaxLength(200);
        builder.Property(r => r.Price).HasMaxLength(78);
        builder.Property(r => r.ChoiceSignature).HasMaxLength(132);
        builder.Property(r => r.ActiveKey).HasMaxLength(130);
    }
}
