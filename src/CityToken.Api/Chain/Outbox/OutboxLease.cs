namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The durable right to sign and broadcast for one sending account. Service instances sharing a database take
/// turns through this row: only the holder of an unexpired lease runs the outbox's cycle for the sender, and every
/// nonce assignment is fenced by it (see <see cref="SenderLease"/>).
/// </summary>
public sealed class OutboxLease
{
    /// <summary>The sending account (checksummed), one row per account.</summary>
    public required string Sender { get; set; }

    /// <summary>Instance id of the last claimant (still the holder until <see cref="ExpiresAt"/>).</summary>
    public required string Holder { get; set; }

    /// <summary>Raised by every claim: a fencing token, so a holder that was taken over can never write again.</summary>
    public long Generation { get; set; }

    public DateTimeOffset AcquiredAt { get; set; }

    public DateTimeOffset RenewedAt { get; set; }

    /// <summary>After this moment (by the claimant's clock) any instance may claim the lease.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class OutboxLeaseConfiguration : IEntityTypeConfiguration<OutboxLease>
{
    public void Configure(EntityTypeBuilder<OutboxLease> lease)
    {
        lease.ToTable("OutboxLeases");
        lease.HasKey(l => l.Sender);
        lease.Property(l => l.Sender).HasMaxLength(42);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}
