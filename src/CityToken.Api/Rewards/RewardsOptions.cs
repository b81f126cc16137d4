using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Rewards;

/// <summary>Rewards engine settings (section "Rewards").</summary>
public sealed class RewardsOptions : IValidatableObject
{
    public const string Section = "Rewards";

    /// <summary>IANA time zone of the city: per-resident caps count per local day and local month.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Zurich";

    /// <summary>Seed the demo programs (the city scenarios) when the database has no program yet.</summary>
    public bool SeedDemoPrograms { get; set; }

    /// <summary>How far in the future an action's occurredAt may be (reporters' clocks drift).</summary>
    [Range(0, 3600)]
    public int MaxClockSkewSeconds { get; set; } = 300;

    /// <summary>
    /// How far in the past an action's occurredAt may be, in days: an older report is rejected, so nobody fills a
    /// past day's or month's cap after the fact.
    /// </summary>
    [Range(1, 36_500)]
    public int MaxBackdateDays { get; set; } = 7;

    /// <summary>CSV rows decided in one database transaction (each row is still all-or-nothing).</summary>
    [Range(1, 10_000)]
    public int BulkChunkSize { get; set; } = 2000;

    /// <summary>Largest CSV upload accepted, in bytes (the file is streamed, never held in memory).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBulkUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Most data rows in one CSV upload (each row's result is kept for the answer until the end).</summary>
    [Range(1, 10_000_000)]
    public int MaxBulkRows { get; set; } = 200_000;

    /// <summary>Most fields in one CSV record (the header names at most 7 columns; the rest is hostile or broken).</summary>
    [Range(7, 1024)]
    public int MaxCsvFieldsPerRecord { get; set; } = 32;

    /// <summary>Longest CSV field, in characters (evidence, the longest column, holds at most 2000).</summary>
    [Range(2000, 1024 * 1024)]
    public int MaxCsvFieldLength { get; set; } = 4096;

    /// <summary>The CSV reader's bounds (a method, not a property: validation reads every property).</summary>
    public CsvLimits CsvLimits() => new(MaxCsvFieldsPerRecord, MaxCsvFieldLength);

    /// <summary>The city's time zone (a method, not a property: validation reads every property).</summary>
    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Rewards:TimeZone '{TimeZone}' is not a known time zone (use an IANA id such as Europe/Zurich).", [nameof(TimeZone)]);
        }
    }
}
