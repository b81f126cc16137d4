namespace CityToken.Api.Auth.Siwe;

/// <summary>
/// A nonce handed out for one sign-in: usable once, until it expires. Rows are pruned after expiry; a message
/// whose nonce is gone is refused as unknown, so a replay never succeeds later either.
/// </summary>
public sealed class SiweNonce
{
    public required string Value { get; set; }
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>Unix seconds (a number, so every database compares it in SQL).</summary>
    public long ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}

internal sealed class SiweNonceConfiguration : IEntityTypeConfiguration<SiweNonce>
{
    public void Configure(EntityTypeBuilder<SiweNonce> nonce)
    {
        nonce.ToTable("SiweNonces");
        nonce.HasKey(n => n.Value);
        nonce.Property(n => n.Value).HasMaxLength(64);
        nonce.HasIndex(n => n.ExpiresAt);
    }
}
