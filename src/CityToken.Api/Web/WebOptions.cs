namespace CityToken.Api.Web;

/// <summary>Dashboard and portal settings (section "Web").</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// A block explorer's transaction page with <c>{0}</c> for the hash, e.g. "https://explorer.example/tx/{0}".
    /// Unset on a local chain (no explorer): transaction hashes are shown without a link.
    /// </summary>
    public string? ExplorerTxUrl { get; set; }

    /// <summary>Where the Hangfire dashboard is mapped (admins only).</summary>
    public string HangfirePath { get; set; } = "/hangfire";
}
