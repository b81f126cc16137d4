using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Auth.Siwe;

/// <summary>
/// What a Sign-In with Ethereum message must name to be accepted here (section "Auth:Siwe"). The domain and
/// URI come from configuration, never from the request's Host header, which the caller controls: a message
/// signed for another site must not sign in here.
/// </summary>
public sealed class SiweOptions
{
    public const string Section = "Auth:Siwe";

    /// <summary>The RFC 3986 authority the message must name (host, and port unless it is the scheme's default).</summary>
    [Required, MaxLength(255)]
    public string Domain { get; set; } = "127.0.0.1:5080";

    /// <summary>The origin (and optional path prefix) the message's URI must lie under.</summary>
    [Required, Url]
    public string Uri { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The chain id the message must name; unset means the service's chain (Chain:ChainId).</summary>
    [Range(1, long.MaxValue)]
    public long? ChainId { get; set; }

    /// <summary>How long an issued nonce can be used (once).</summary>
    [Range(10, 3600)]
    public int NonceLifetimeSeconds { get; set; } = 300;

    /// <summary>The longest a resident session lasts; shorter when the message's Expiration Time comes first.</summary>
    [Range(1, 7 * 24 * 60)]
    public int SessionLifetimeMinutes { get; set; } = 8 * 60;

    /// <summary>Tolerance for wallets whose clock runs ahead (Issued At, Not Before).</summary>
    [Range(0, 600)]
    public int MaxClockSkewSeconds { get; set; } = 60;
}
