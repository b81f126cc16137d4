using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CityToken.Api.Chain;

/// <summary>
/// The HTTP clients that speak JSON-RPC to the chain (the gateway's and the outbox's): a resilience handler that retries
/// a read twice when no endpoint could be reached or one answered 5xx (never a write: eth_sendRawTransaction and
/// eth_sendTransaction are the outbox's to re-send, which it does by hash), around <see cref="RpcFailoverHandler"/>.
/// A timed-out read is not retried: every endpoint already had its <see cref="ChainOptions.RequestTimeoutSeconds"/>.
/// </summary>
public static class ChainHttp
{
    private static readonly string[] Writes = ["\"eth_sendRawTransaction\"", "\"eth_sendTransaction\""];

    /// <summary>Registers the named client <paramref name="name"/> with retries of reads and fail-over across the endpoints.</summary>
    public static void AddChainHttpClient(this IServiceCollection services, string name)
    {
        var client = services.AddHttpClient(name)
            .ConfigureHttpClient((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<ChainOptions>>().Value;
                // Each endpoint gets the request time limit, and a read two more rounds of them.
                http.Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds * options.Endpoints.Count * 3 + 1);
            });
        client.AddResilienceHandler("chain-reads", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                ShouldHandle = async args =>
                    (args.Outcome.Exception is HttpRequestException || (int?)args.Outcome.Result?.StatusCode >= 500)
                    && args.Context.GetRequestMessage() is { Content: { } content }
                    && !IsWrite(await content.ReadAsStringAsync(args.Context.CancellationToken)),
            }));
        client.AddHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptions<ChainOptions>>().Value;
                return new RpcFailoverHandler(options.Endpoints, TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
            });
    }

    internal static bool IsWrite(string body) => Writes.Any(w => body.Contains(w, StringComparison.Ordinal));
}
