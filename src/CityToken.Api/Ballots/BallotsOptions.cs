using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Ballots;

/// <summary>Ballot relaying settings (section "Ballots").</summary>
public sealed class BallotsOptions
{
    public const string Section = "Ballots";

    /// <summary>How long a vote signature from GET …/vote-typed-data stays usable (its deadline), in seconds of chain time.</summary>
    [Range(60, 7 * 86_400)]
    public int VoteSignatureLifetimeSeconds { get; set; } = 3_600;

    /// <summary>
    /// A signed vote's deadline must be more than this many seconds after the latest block's time, so that its relay can
    /// still be mined before it expires (a deadline one second away would be mined as a revert the city pays for).
    /// </summary>
    [Range(0, 3_600)]
    public int MinDeadlineMarginSeconds { get; set; } = 60;

    /// <summary>
    /// How many relays of one voter (identity or person) in one ballot may end reverted or failed before the service stops
    /// relaying their votes in that ballot: a revert is paid by the city, so it must not be repeatable for free.
    /// </summary>
    [Range(1, 100)]
    public int MaxFailedRelaysPerVoter { get; set; } = 2;
}
