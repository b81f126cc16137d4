using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Redemptions;

/// <summary>Relayed redemption settings (section "Redemptions").</summary>
public sealed class RedemptionOptions
{
    public const string Section = "Redemptions";

    /// <summary>Deadline the permit typed data proposes when the caller gives none: now + this many seconds.</summary>
    [Range(60, 7 * 24 * 3600)]
    public int PermitLifetimeSeconds { get; set; } = 1800;

    /// <summary>A permit must stay valid at least this long after it is submitted, so the relay can still mine it.</summary>
    [Range(0, 3600)]
    public int MinDeadlineMarginSeconds { get; set; } = 30;

    /// <summary>
    /// How many relayed redemptions of one resident may end reverted or failed within <see cref="FailedRelayWindowHours"/>
    /// before the service stops relaying theirs for the rest of the window: a revert is paid by the city.
    /// </summary>
    [Range(1, 100)]
    public int MaxFailedRelaysPerResident { get; set; } = 3;

    /// <summary>The window, in hours, over which <see cref="MaxFailedRelaysPerResident"/> counts failed relays.</summary>
    [Range(1, 24 * 30)]
    public int FailedRelayWindowHours { get; set; } = 24;

    /// <summary>How often the voucher issuer looks for newly indexed redemptions.</summary>
    [Range(50, 60_000)]
    public int VoucherPollMilliseconds { get; set; } = 500;
}
