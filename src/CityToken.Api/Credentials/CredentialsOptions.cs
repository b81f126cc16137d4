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

    /// <summary>
    /// The secp256k1 private key (0x + 64 hex digits) that signs the city's Verifiable Credentials as the city's DID,
    /// <c>did:ethr:&lt;chain&gt;:&lt;its address&gt;</c>. Unset: derived from <see cref="PersonKeySecret"/> (HMAC under a
    /// label of its own), so a city without this setting still has one stable issuer key on every instance.
    /// </summary>
    [RegularExpression("^0x[0-9a-fA-F]{64}$", ErrorMessage = "Credentials:IssuerKey must be 0x followed by 64 hex digits (a secp256k1 private key).")]
    public string? IssuerKey { get; set; }

    /// <summary>
    /// The city's DID, the <c>iss</c> of its credentials. Unset: the DID of <see cref="IssuerKey"/>'s address on this
    /// chain. Set it to a DID whose document lists the issuer key (as its owner or a veriKey delegate).
    /// </summary>
    [MaxLength(200)]
    public string? IssuerDid { get; set; }

    /// <summary>Issuers whose credentials POST /api/presentations/verify accepts (DIDs); the city's DID is always one.</summary>
    public List<string> TrustedIssuers { get; set; } = [];

    /// <summary>Who may use the verifier (GET /api/presentations/challenge, POST /api/presentations/verify, /verify): "public" or "staff".</summary>
    [RegularExpression("^(public|staff)$", ErrorMessage = "Credentials:VerifierAccess must be \"public\" or \"staff\".")]
    public string VerifierAccess { get; set; } = "public";

    /// <summary>How long a presentation challenge can be used (once).</summary>
    [Range(10, 3600)]
    public int ChallengeLifetimeSeconds { get; set; } = 300;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IssuerKey is { Length: 66 } key && key.Skip(2).All(char.IsAsciiHexDigit)
            && BigInteger.Parse("0" + key[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var scalar
            && (scalar.IsZero || scalar >= EcdsaSignature.CurveOrder))
        {
            yield return new ValidationResult("Credentials:IssuerKey is not a secp256k1 private key (zero, or not below the curve order).");
        }
        foreach (var did in TrustedIssuers.Where(d => !d.StartsWith("did:", StringComparison.Ordinal)))
        {
            yield return new ValidationResult($"Credentials:TrustedIssuers: '{did}' is not a DID.");
        }
        foreach (var type in Types)
        {
            if (!CredentialTypes.IsWellFormed(type))
            {
                yield return new ValidationResult($"Credentials:Types: '{type}' is not a type name (lower-case letters, digits and '-', 1 to 32 characters).");
            }
        }
    }
}
