namespace CityToken.Api.Redemptions;

/// <summary>
/// The proof of one on-chain redemption a merchant accepts once. The code itself is never stored in clear:
/// <see cref="CodeHash"/> (SHA-256 of the canonical code; the code carries 160 random bits, so a plain hash
/// cannot be reversed) finds it, and <see cref="SealedCode"/> (ASP.NET Data Protection) lets the resident
/// see it again in their own session.
/// </summary>
public sealed class Voucher
{
    public Guid Id { get; set; }

    /// <summary>RewardCatalog's redemption id.</summary>
    public long RedemptionId { get; set; }

    /// <summary>
    /// The redemption's transaction. After a reorg the same redemption id can belong to another transaction: a
    /// voucher whose (id, transaction) is no longer indexed is void, and the new redemption gets a voucher of its own.
    /// </summary>
    public required string TransactionHash { get; set; }

    /// <summary>Lower-case address, as in the Redemptions projection.</summary>
    public required string Resident { get; set; }

    public long RewardId { get; set; }

    /// <summary>Who accepts it (lower-case); the zero address for a city service whose tokens were burned.</summary>
    public required string Merchant { get; set; }

    public required string CodeHash { get; set; }
    public required string SealedCode { get; set; }
    public long IssuedAt { get; set; }
    public long? UsedAt { get; set; }

    /// <summary>The merchant API key that accepted it.</summary>
    public int? UsedByKeyId { get; set; }
}

/// <summary>Binds a merchant API key (role merchant) to the merchant address whose vouchers it may accept.</summary>
public sealed class MerchantKey
{
    public int ApiKeyId { get; set; }

    /// <summary>Lower-case address; the zero address is the city's own service desk (vouchers of burned rewards).</summary>
    public required string Merchant { get; set; }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> builder)
    {
        builder.ToTable("Vouchers");
        builder.HasIndex(v => new { v.RedemptionId, v.TransactionHash }).IsUnique();
        builder.Property(v => v.TransactionHash).HasMaxLength(66);
        builder.HasIndex(v => v.CodeHash).IsUnique();
        builder.HasIndex(v => v.Resident);
        builder.Property(v => v.Resident).HasMaxLength(42);
        builder.Property(v => v.Merchant).HasMaxLength(42);
        builder.Property(v => v.CodeHash).HasMaxLength(64);
        builder.Property(v => v.SealedCode).HasMaxLength(1000);
    }
}

internal sealed class MerchantKeyConfiguration : IEntityTypeConfiguration<MerchantKey>
{
    public void Configure(EntityTypeBuilder<MerchantKey> builder)
    {
        builder.ToTable("MerchantKeys");
        builder.HasKey(m => m.ApiKeyId);
        builder.Property(m => m.ApiKeyId).ValueGeneratedNever();
        builder.HasOne<Auth.ApiKey>().WithOne().HasForeignKey<MerchantKey>(m => m.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.Merchant);
        builder.Property(m => m.Merchant).HasMaxLength(42);
    }
}
