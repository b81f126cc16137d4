using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CityToken.Api.Rewards;

/// <summary>
/// A civic action reported by a reporter key, a CSV upload or a device, and where it stands. Rejected
/// actions are kept with their reason so the reporter can see why. <see cref="BatchId"/>, <see cref="TxHash"/>
/// and <see cref="BlockNumber"/> are filled by minting.
/// </summary>
public sealed class CivicAction
{
    public long Id { get; set; }

    /// <summary>Who reported it: the API key's name, or <c>device:{deviceId}</c>.</summary>
    public required string Reporter { get; set; }

    /// <summary>The reporter's own id for the action; (Reporter, ExternalId) is unique.</summary>
    public required string ExternalId { get; set; }

    /// <summary>SHA-256 of the submitted fields: the same externalId with another body is a conflict.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The program slug as submitted; <see cref="ProgramId"/> is null when it names no program.</summary>
    public required string ProgramSlug { get; set; }
    public int? ProgramId { get; set; }
    public string? DeviceId { get; set; }

    /// <summary>The checksummed address, or the input as given when it is not a valid resident.</summary>
    public required string Resident { get; set; }

    /// <summary>The quantity as submitted (kept as text: a non-numeric quantity is a recorded rejection).</summary>
    public required string Quantity { get; set; }
    public string? Category { get; set; }
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>occurredAt's date in the city's time zone (yyyy-MM-dd): the day the daily cap counts.</summary>
    public required string LocalDay { get; set; }

    /// <summary>occurredAt's month in the city's time zone (yyyy-MM): the month the monthly cap counts.</summary>
    public required string LocalMonth { get; set; }
    public string? Evidence { get; set; }

    public required string Status { get; set; }

    /// <summary>Reward in token base units; zero when rejected.</summary>
    public BigInteger Amount { get; set; }
    public string? Reason { get; set; }
    public string? ReasonDetail { get; set; }

    /// <summary>Mint batch id (bytes32 hex), transaction hash and block, set by minting.</summary>
    public string? BatchId { get; set; }
    public string? TxHash { get; set; }
    public long? BlockNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class CivicActionConfiguration : IEntityTypeConfiguration<CivicAction>
{
    public void Configure(EntityTypeBuilder<CivicAction> action)
    {
        action.ToTable("CivicActions");
        action.HasIndex(a => new { a.Reporter, a.ExternalId }).IsUnique();
        action.HasIndex(a => new { a.ProgramId, a.Resident, a.LocalMonth });
        action.HasIndex(a => new { a.Status, a.Id });
        action.HasIndex(a => a.Resident);
        action.HasIndex(a => a.BatchId);
        // The reporter's local time, offset and all, shown back as reported: the one time not stored as UTC ticks.
        action.Property(a => a.OccurredAt).HasConversion((ValueConverter?)null);
        action.Property(a => a.Reporter).HasMaxLength(120);
        action.Property(a => a.ExternalId).HasMaxLength(200);
        action.Property(a => a.RequestHash).HasMaxLength(64);
        action.Property(a => a.ProgramSlug).HasMaxLength(100);
        action.Property(a => a.DeviceId).HasMaxLength(64);
        action.Property(a => a.Resident).HasMaxLength(200);
        action.Property(a => a.Quantity).HasMaxLength(64);
        action.Property(a => a.Category).HasMaxLength(50);
        action.Property(a => a.LocalDay).HasMaxLength(10);
        action.Property(a => a.LocalMonth).HasMaxLength(7);
        action.Property(a => a.Evidence).HasMaxLength(2000);
        action.Property(a => a.Status).HasMaxLength(16);
        action.Property(a => a.Reason).HasMaxLength(40);
        action.Property(a => a.ReasonDetail).HasMaxLength(500);
        action.Property(a => a.BatchId).HasMaxLength(66);
        action.Property(a => a.TxHash).HasMaxLength(66);
        action.HasOne<RewardProgram>().WithMany().HasForeignKey(a => a.ProgramId);
    }
}
