using CityToken.Api.Rewards;

namespace CityToken.Api.Devices;

/// <summary>A device or partner system that reports actions for one program through the signed webhook.</summary>
public sealed class Device
{
    /// <summary>The device's id in URLs (e.g. bin-0042).</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    public int ProgramId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A device's HMAC key, encrypted with ASP.NET Core Data Protection (its keys live under the data
/// directory). Rotation revokes the previous key; it is still accepted until <see cref="AcceptedUntil"/>
/// (Devices:KeyRotationOverlapMinutes) so the device can switch without losing events.
/// </summary>
public sealed class DeviceKey
{
    public int Id { get; set; }
    public required string DeviceId { get; set; }
    public required string ProtectedSecret { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was replaced or revoked; null while it is the device's current key.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// Unix seconds (an integer, so every database compares it natively) until which a revoked key is still accepted
    /// (the rotation overlap); null: refused from <see cref="RevokedAt"/> on.
    /// </summary>
    public long? AcceptedUntil { get; set; }
}

/// <summary>A signature seen inside the replay window: the same signature again is refused.</summary>
public sealed class DeviceSignature
{
    public long Id { get; set; }
    public required string DeviceId { get; set; }
    public required string Signature { get; set; }

    /// <summary>Unix seconds (an integer, so every database compares it natively) when it was seen.</summary>
    public long SeenAt { get; set; }
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>, IEntityTypeConfiguration<DeviceKey>, IEntityTypeConfiguration<DeviceSignature>
{
    public void Configure(EntityTypeBuilder<Device> device)
    {
        device.ToTable("Devices");
        device.Property(d => d.Id).HasMaxLength(64);
        device.Property(d => d.Name).HasMaxLength(200);
        device.HasOne<RewardProgram>().WithMany().HasForeignKey(d => d.ProgramId);
    }

    public void Configure(EntityTypeBuilder<DeviceKey> key)
    {
        key.ToTable("DeviceKeys");
        key.HasIndex(k => k.DeviceId);
        key.Property(k => k.DeviceId).HasMaxLength(64);
        key.HasOne<Device>().WithMany().HasForeignKey(k => k.DeviceId);
    }

    public void Configure(EntityTypeBuilder<DeviceSignature> signature)
    {
        signature.ToTable("DeviceSignatures");
        signature.HasIndex(s => new { s.DeviceId, s.Signature }).IsUnique();
        signature.HasIndex(s => s.SeenAt);
        signature.Property(s => s.DeviceId).HasMaxLength(64);
        signature.Property(s => s.Signature).HasMaxLength(64);
    }
}
