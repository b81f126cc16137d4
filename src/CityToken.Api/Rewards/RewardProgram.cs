using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CityToken.Api.Rewards;

/// <summary>
/// A reward program: what action it rewards, how much, within which caps and budget. Token figures are
/// base units (BigInteger), stored as decimal strings.
/// </summary>
public sealed class RewardProgram
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string ActionType { get; set; }

    /// <summary>The reward rule as JSON (<see cref="RewardRule"/>).</summary>
    public required string RuleJson { get; set; }

    /// <summary>Largest quantity one action may report (absurd quantities are rejected).</summary>
    public decimal MaxQuantity { get; set; }

    public BigInteger? DailyCap { get; set; }
    public BigInteger? MonthlyCap { get; set; }
    public BigInteger Budget { get; set; }

    /// <summary>Sum of the amounts of accepted actions not yet confirmed on chain.</summary>
    public BigInteger Reserved { get; set; }

    /// <summary>Sum of the amounts of confirmed actions.</summary>
    public BigInteger Confirmed { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every change, so two writers never both reserve.</summary>
    public int Version { get; set; }

    public BigInteger Remaining => Budget - Reserved - Confirmed;

    public RewardRule Rule
    {
        get => JsonSerializer.Deserialize<RewardRule>(RuleJson, RewardsJson.Options) ?? throw new InvalidOperationException("empty rule");
        set => RuleJson = JsonSerializer.Serialize(value, RewardsJson.Options);
    }
}

internal static class RewardsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

internal sealed class RewardProgramConfiguration : IEntityTypeConfiguration<RewardProgram>
{
    public void Configure(EntityTypeBuilder<RewardProgram> program)
    {
        program.ToTable("RewardPrograms");
        program.HasIndex(p => p.Slug).IsUnique();
        program.Property(p => p.Slug).HasMaxLength(64);
        // The dates as staff gave them, offset and all (shown back as given), not UTC ticks.
        program.Property(p => p.StartsAt).HasConversion((ValueConverter?)null);
        program.Property(p => p.EndsAt).HasConversion((ValueConverter?)null);
        program.Property(p => p.Name).HasMaxLength(200);
        program.Property(p => p.ActionType).HasMaxLength(50);
        program.Property(p => p.MaxQuantity).HasPrecision(28, 10);
        program.Property(p => p.Version).IsConcurrencyToken();
        program.Ignore(p => p.Remaining);
        program.Ignore(p => p.Rule);
    }
}

/// <summary>One change to a program: who (the API key's name), when, and the settings before and after.</summary>
public sealed class ProgramAudit
{
    public long Id { get; set; }
    public int ProgramId { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>created, updated, paused, resumed.</summary>
    public required string Change { get; set; }
    public string? BeforeJson { get; set; }
    public required string AfterJson { get; set; }
}

internal sealed class ProgramAuditConfiguration : IEntityTypeConfiguration<ProgramAudit>
{
    public void Configure(EntityTypeBuilder<ProgramAudit> audit)
    {
        audit.ToTable("ProgramAudits");
        audit.HasIndex(a => a.ProgramId);
        audit.Property(a => a.Actor).HasMaxLength(100);
        audit.Property(a => a.Change).HasMaxLength(20);
        audit.HasOne<RewardProgram>().WithMany().HasForeignKey(a => a.ProgramId);
    }
}
