using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CityToken.Api.Hosting;

/// <summary>
/// The reverse proxy in front of the service (section "ForwardedHeaders"). X-Forwarded-For, -Proto and -Host are
/// believed only from these addresses; loopback always is one (as in ASP.NET Core), since the service listens there.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Further proxy addresses (e.g. "198.51.100.5", "2001:db8::5"), beside 127.0.0.1 and ::1.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Further proxy networks in CIDR notation (e.g. "198.51.100.0/24").</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep the forwarded values are read (1: only the proxy that called the service).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Strict-Transport-Security max-age sent on https answers (the original scheme, as the proxy says).</summary>
    [Range(1, 730)]
    public int HstsMaxAgeDays { get; set; } = 365;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 198.51.100.0/24).",
                [nameof(KnownNetworks)]);
        }
    }
}
