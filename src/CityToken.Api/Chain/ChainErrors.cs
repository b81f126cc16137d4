using System.Text.RegularExpressions;
using Nethereum.JsonRpc.Client;

namespace CityToken.Api.Chain;

/// <summary>Tells failures of the node (down, slow, unreachable) from bugs.</summary>
public static partial class ChainErrors
{
    /// <summary>True when <paramref name="exception"/> means the chain could not be reached or did not answer in time.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RpcClientTimeoutException or RpcClientUnknownException or HttpRequestException => true,
        TaskCanceledException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    /// <summary>
    /// A short, user-facing reason for an unavailable chain. It never names the RPC URL (<paramref name="rpcUrl"/> is
    /// only scrubbed out of the cause): a provider's URL often carries its API key, and this reason reaches anonymous
    /// answers and /health.
    /// </summary>
    public static string Describe(Exception exception, string rpcUrl) => exception switch
    {
        RpcClientTimeoutException or TaskCanceledException or TimeoutException =>
            "The chain's JSON-RPC node did not answer in time.",
        _ => $"The chain's JSON-RPC node is unreachable ({Scrub(Innermost(exception).Message, rpcUrl)}).",
    };

    /// <summary>
    /// <paramref name="message"/> without any URL, nor the RPC URL's host (which may itself name an account), nor any
    /// host:port (the endpoint that failed last may be another of Chain:RpcUrls).
    /// </summary>
    public static string Scrub(string message, string rpcUrl)
    {
        var scrubbed = UrlPattern().Replace(message.Replace(rpcUrl, "[rpc url]", StringComparison.OrdinalIgnoreCase), "[url]");
        scrubbed = HostPortPattern().Replace(scrubbed, "[rpc host]");
        return Uri.TryCreate(rpcUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? scrubbed.Replace(uri.Host, "[rpc host]", StringComparison.OrdinalIgnoreCase)
            : scrubbed;
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    [GeneratedRegex(@"\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*:\d{2,5}\b")]
    private static partial Regex HostPortPattern();
}
