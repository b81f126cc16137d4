namespace CityToken.Api.Hosting;

/// <summary>
/// The service binds to loopback unless the operator says otherwise: a reverse proxy or tunnel publishes it. A wildcard
/// or external listening address stops the start, so a configuration slip never exposes the service, unless
/// <see cref="AllowSetting"/> is true (behind a load balancer, in a container), which is then logged as a warning.
/// </summary>
public static partial class LoopbackOnly
{
    /// <summary>The operator's explicit choice to listen on other addresses than loopback.</summary>
    public const string AllowSetting = "Hosting:AllowNonLoopbackUrls";

    public static WebApplicationBuilder RequireLoopbackUrls(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"] ?? "";
        var external = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => !IsLoopback(url))
            .ToList();
        if (external.Count == 0)
        {
            return builder;
        }
        if (!builder.Configuration.GetValue<bool>(AllowSetting))
        {
            throw new InvalidOperationException(
                $"Refusing to listen on {external[0]}: CityToken binds to 127.0.0.1 (or [::1]) unless {AllowSetting} is true. " +
                "Put a reverse proxy in front to publish it, or set that explicitly behind a load balancer or in a container.");
        }
        builder.Services.AddHostedService(services => new ExternalListeningNotice(
            services.GetRequiredService<ILogger<ExternalListeningNotice>>(), string.Join(", ", external)));
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

    /// <summary>Says at every start that the service listens beyond loopback, by the operator's choice.</summary>
    internal sealed partial class ExternalListeningNotice(ILogger<ExternalListeningNotice> logger, string urls) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogListening(logger, urls, AllowSetting);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Listening beyond loopback on {Urls} ({Setting} is true): make sure a load balancer or firewall stands in front.")]
        private static partial void LogListening(ILogger logger, string urls, string setting);
    }
}
