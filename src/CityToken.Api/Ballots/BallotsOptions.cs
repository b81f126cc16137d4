using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Ballots;

/// <summary>Ballot relaying settings (section "Ballots").</summary>
public sealed class BallotsOptions
{
    public const string Section = "Ballots";

    /// <summary>How long a vote signature from GET …/vote-typed-data stays usable (its deadline), in seconds of chain time.</summary>
    [Range(60, 7 * 86_400)]
    public int VoteSignatureLifetimeSeconds { get; set; } = 3_600;
}
