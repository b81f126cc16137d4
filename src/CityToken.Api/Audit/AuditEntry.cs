namespace CityToken.Api.Audit;

/// <summary>
/// One successful write by a staff key: who (key id, name, roles), when, which endpoint, on what, and — where
/// the endpoint says so cheaply — the target's state before and after. Request bodies are never copied: they
/// may hold secrets or personal data (an official id) that must not be stored.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? ActorKeyId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>The key's roles at the time, comma-separated.</summary>
    public required string ActorRoles { get; set; }

    public required string Method { get; set; }

    /// <summary>The route pattern (e.g. /api/staff/keys/{id}/rotate), so entries group by endpoint.</summary>
    public required string Route { get; set; }

    /// <summary>The request path as called.</summary>
    public required string Path { get; set; }

    public string? TargetId { get; set; }
    public int StatusCode { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasIndex(e => e.ActorName);
        entry.HasIndex(e => e.TargetId);
        entry.Property(e => e.ActorName).HasMaxLength(100);
        entry.Property(e => e.ActorRoles).HasMaxLength(200);
        entry.Property(e => e.Method).HasMaxLength(10);
        entry.Property(e => e.Route).HasMaxLength(300);
        entry.Property(e => e.Path).HasMaxLength(2000);
        entry.Property(e => e.TargetId).HasMaxLength(200);
    }
}
