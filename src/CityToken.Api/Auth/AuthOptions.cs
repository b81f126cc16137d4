using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Auth;

/// <summary>Authentication settings (section "Auth"). Secrets come from configuration, never from code.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The bootstrap admin key (./scripts/start.sh passes CITYTOKEN_ADMIN_API_KEY here). Its hash is stored
    /// at start-up; when unset, no bootstrap admin key is active.
    /// </summary>
    [MinLength(24, ErrorMessage = "Auth:AdminApiKey must be at least 24 characters.")]
    public string? AdminApiKey { get; set; }

    /// <summary>
    /// Seconds a staff key found active is trusted without asking the database again (0: every request asks).
    /// Rotation and revocation through this instance take effect at once; through another instance, within this time.
    /// </summary>
    [Range(0, 300)]
    public int KeyCacheSeconds { get; set; } = 5;
}
