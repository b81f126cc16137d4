using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Identity;

/// <summary>Runs ethr-did-resolver (npm) through tests/interop/resolve-did.mjs and returns its results as JSON.</summary>
internal static class EthrDidResolverCli
{
    /// <summary>Resolves each DID URL; one DID resolution result per URL, in order.</summary>
    /// <param name="now">Pins the resolver's clock (unix seconds) for the latest version's validity checks.</param>
    public static async Task<JsonArray> ResolveAsync(string rpcUrl, string registry, IEnumerable<string> didUrls, long? now = null)
    {
        string[] clock = now is { } t ? ["--now", t.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        var output = await InteropScript.RunAsync("resolve-did.mjs", [.. clock, rpcUrl, registry, .. didUrls], timeout: TimeSpan.FromMinutes(3));
        return JsonNode.Parse(output)?.AsArray() ?? throw new InvalidOperationException("no output from resolve-did.mjs");
    }

    /// <summary>Times <paramref name="iterations"/> warm resolutions; returns the mean in milliseconds.</summary>
    public static async Task<double> BenchAsync(string rpcUrl, string registry, string did, int iterations)
    {
        var output = await InteropScript.RunAsync("resolve-did.mjs", ["--bench", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture), rpcUrl, registry, did], timeout: TimeSpan.FromMinutes(3));
        return JsonDocument.Parse(output).RootElement.GetProperty("meanMs").GetDouble();
    }
}
