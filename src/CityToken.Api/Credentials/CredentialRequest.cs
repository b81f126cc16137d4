namespace CityToken.Api.Credentials;

/// <summary>
/// A registrar's request to issue a credential (and, later, to revoke it), with the outbox entries that send them.
/// The on-chain credential is found through the issue transaction (CredentialProjection.IssuedTransaction).
/// The official id the person key was derived from is not kept.
/// </summary>
public sealed class CredentialRequest
{
    public long Id { get; set; }

    /// <summary>Random key of the request, part of the outbox idempotency key ("credential-issue:&lt;key&gt;").</summary>
    public required string RequestKey { get; set; }

    /// <summary>The DID as the registrar gave it.</summary>
    public required string Did { get; set; }

    /// <summary>The DID's identity address, lower-case (as the projections store addresses).</summary>
    public required string Subject { get; set; }

    /// <summary>Type name, e.g. "resident".</summary>
    public required string CredentialType { get; set; }

    /// <summary>keccak256 of the type name, 0x hex.</summary>
    public required string CredentialTypeHash { get; set; }

    /// <summary>HMAC person key, 0x hex (public on chain anyway).</summary>
    public required string PersonKey { get; set; }

    /// <summary>Unix seconds.</summary>
    public long ExpiresAt { get; set; }

    /// <summary>keccak256 of <see cref="Data"/>, the credential data hash given to the registry.</summary>
    public required string DataHash { get; set; }

    /// <summary>The off-chain credential data (JSON, without the official id).</summary>
    public required string Data { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public long IssueEntryId { get; set; }

    public OutboxEntry? IssueEntry { get; set; }

    public long? RevokeEntryId { get; set; }

    public OutboxEntry? RevokeEntry { get; set; }

    public string? RevokeRequestedBy { get; set; }

    public DateTimeOffset? RevokeRequestedAt { get; set; }
}

internal sealed class CredentialRequestConfiguration : IEntityTypeConfiguration<CredentialRequest>
{
    public void Configure(EntityTypeBuilder<CredentialRequest> builder)
    {
        builder.ToTable("CredentialRequests");
        builder.HasIndex(r => r.RequestKey).IsUnique();
        builder.HasIndex(r => r.Subject);
        builder.Property(r => r.RequestKey).HasMaxLength(64);
        builder.Property(r => r.Did).HasMaxLength(200);
        builder.Property(r => r.Subject).HasMaxLength(42);
        builder.Property(r => r.CredentialType).HasMaxLength(32);
        builder.Property(r => r.CredentialTypeHash).HasMaxLength(66);
        builder.Property(r => r.PersonKey).HasMaxLength(66);
        builder.Property(r => r.DataHash).HasMaxLength(66);
        builder.Property(r => r.Data).HasMaxLength(2000);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.RevokeRequestedBy).HasMaxLength(200);
        builder.HasOne(r => r.IssueEntry).WithMany().HasForeignKey(r => r.IssueEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.RevokeEntry).WithMany().HasForeignKey(r => r.RevokeEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
