using System.Net.Http.Headers;

namespace CityToken.Api.Chain;

/// <summary>
/// Sends each JSON-RPC request to the endpoint in use (<see cref="ChainOptions.Endpoints"/>) and on to the next when that
/// one cannot be reached, answers 5xx or does not answer within <see cref="ChainOptions.RequestTimeoutSeconds"/>; the
/// endpoint that answered stays in use. Every method fails over, eth_sendRawTransaction included: a raw transaction
/// sent twice is the same transaction (same hash; the second node answers "already known", which the outbox takes as
/// sent). Retries of the same request are the resilience handler's, for reads only (<see cref="ChainHttp"/>).
/// </summary>
public sealed class RpcFailoverHandler(IReadOnlyList<Uri> endpoints, TimeSpan attemptTimeout) : DelegatingHandler
{
    private int _current;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var start = Volatile.Read(ref _current);
        for (var tried = 0; ; tried++)
        {
            var index = (start + tried) % endpoints.Count;
            var last = tried == endpoints.Count - 1;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(attemptTimeout);
            try
            {
                var response = await base.SendAsync(Copy(request, endpoints[index], body, request.Content?.Headers.ContentType), timeout.Token);
                if ((int)response.StatusCode >= 500 && !last)
                {
                    response.Dispose();
                    continue;
                }
                Volatile.Write(ref _current, index);
                return response;
            }
            catch (HttpRequestException) when (!last)
            {
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !last)
            {
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The last endpoint did not answer in time either: an outage, as ChainErrors tells it.
                // (A TaskCanceledException, as HttpClient's own time limit throws: Nethereum reports it as a timeout.)
                throw new TaskCanceledException("The chain's JSON-RPC node did not answer in time.", ex);
            }
        }
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, Uri endpoint, byte[]? body, MediaTypeHeaderValue? contentType)
    {
        var copy = new HttpRequestMessage(request.Method, endpoint) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            copy.Content.Headers.ContentType = contentType;
        }
        return copy;
    }
}
