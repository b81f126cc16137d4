namespace CityToken.Api.Hosting;

/// <summary>
/// The service binds to loopback only; a reverse proxy or tunnel publishes it. Refuses to start with a
/// wildcard or external listening address rather than expose the service by a configuration slip.
/// </summary>
public static class LoopbackOnly
{
    public static WebApplicationBuilder RequireLoopbackUrls(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"] ?? "";
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url))
            {
                throw new InvalidOperationException(
                    $"Refusing to listen on {url}: CityToken binds to 127.0.0.1 (or [::1]) only. Put a reverse proxy in front to publish it.");
            }
        }
        return builder;
    }

    internal static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.Host is "127.0.0.1" or "[::1]" or "localhost";
    }
}
