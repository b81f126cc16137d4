using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Hosting;

/// <summary>How many requests one client address may make in a window.</summary>
public sealed class RateLimitPolicy
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Limits on anonymous callers (section "RequestLimits"): requests per client address and window for each kind of
/// anonymous endpoint, and the largest request body of an endpoint that does not bound its own. Requests made with a
/// staff API key are not rate limited.
/// </summary>
public sealed class RequestLimitsOptions : IValidatableObject
{
    public const string Section = "RequestLimits";

    /// <summary>Sign-In with Ethereum: GET /api/auth/siwe/nonce (stores a nonce per call) and POST /api/auth/siwe/verify.</summary>
    public RateLimitPolicy SignIn { get; set; } = new() { PermitLimit = 30 };

    /// <summary>Relays the city pays gas for: POST /api/ballots/{id}/votes and POST /api/redemptions.</summary>
    public RateLimitPolicy Relays { get; set; } = new() { PermitLimit = 20 };

    /// <summary>DID resolution: GET /1.0/identifiers/{did}.</summary>
    public RateLimitPolicy DidResolution { get; set; } = new() { PermitLimit = 300 };

    /// <summary>Every other GET under /api (balances, history, ballots, programs, catalog…), and POST /api/presentations/verify and /qr.</summary>
    public RateLimitPolicy PublicReads { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Largest request body, in bytes, of an endpoint without its own bound (the CSV upload and the device webhook have theirs).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, policy) in Policies())
        {
            if (policy.PermitLimit < 1 || policy.WindowSeconds is < 1 or > 86_400)
            {
                yield return new ValidationResult(
                    $"{Section}:{name} needs PermitLimit ≥ 1 and WindowSeconds from 1 to 86400 (has {policy.PermitLimit} per {policy.WindowSeconds} s).", [name]);
            }
        }
    }

    /// <summary>Each policy with its configuration name (a method, not a property: validation reads every property).</summary>
    public IEnumerable<(string Name, RateLimitPolicy Policy)> Policies() =>
        [(nameof(SignIn), SignIn), (nameof(Relays), Relays), (nameof(DidResolution), DidResolution), (nameof(PublicReads), PublicReads)];
}
