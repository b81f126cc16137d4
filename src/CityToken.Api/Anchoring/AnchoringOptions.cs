using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Anchoring;

/// <summary>Record anchoring settings (section "Anchoring").</summary>
public sealed class AnchoringOptions
{
    public const string Section = "Anchoring";

    /// <summary>False: no periodic anchoring on this instance (hashes are still accepted and wait).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often pending hashes become one tree whose root is anchored, in seconds.</summary>
    [Range(1, 86_400)]
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>Most records in one tree (one anchor transaction, whatever the count); more wait for the next interval.</summary>
    [Range(1, 1_000_000)]
    public int MaxRecordsPerTree { get; set; } = 100_000;

    /// <summary>Largest file POST /api/anchors/file hashes (streamed, never kept), in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Longest label, in characters.</summary>
    [Range(1, 1_000)]
    public int MaxLabelLength { get; set; } = 200;

    /// <summary>
    /// Audit entries younger than this many seconds wait for the next interval before they are chained, so entries are
    /// mostly chained in id order (on PostgreSQL an id is handed out before its row commits). A later commit is chained
    /// at the next run whatever its id: what is not chained yet is chained, not what is above the last id.
    /// </summary>
    [Range(0, 3_600)]
    public int AuditSettleSeconds { get; set; } = 5;
}
