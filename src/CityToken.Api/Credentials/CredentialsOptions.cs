using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Credentials;

/// <summary>Credential issuance settings (section "Credentials").</summary>
public sealed class CredentialsOptions : IValidatableObject
{
    public const string Section = "Credentials";

    /// <summary>
    /// The city's secret for person keys (HMAC-SHA256 of the normalised official id). Required: without it no person
    /// key can be derived, and changing it gives every person a new key (one more vote each), so it is set once per
    /// city and kept. ./scripts/start.sh generates one into the data folder.
    /// </summary>
    [Required(ErrorMessage = "Credentials:PersonKeySecret is required (the city's secret for person keys; ./scripts/start.sh generates one).")]
    [MinLength(32, ErrorMessage = "Credentials:PersonKeySecret must be at least 32 characters.")]
    public string? PersonKeySecret { get; set; }

    /// <summary>Credential types registrars may issue and ballots may require (on chain: keccak256 of the name).</summary>
    public List<string> Types { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var type in Types)
        {
            if (!CredentialTypes.IsWellFormed(type))
            {
                yield return new ValidationResult($"Credentials:Types: '{type}' is not a type name (lower-case letters, digits and '-', 1 to 32 characters).");
            }
        }
    }
}
