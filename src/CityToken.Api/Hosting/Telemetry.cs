using OpenTelemetry.Metrics;

namespace CityToken.Api.Hosting;

/// <summary>
/// Metrics for the operator: every feature records on instruments of the meter <see cref="MeterName"/> (created
/// through <see cref="System.Diagnostics.Metrics.IMeterFactory"/>), and ASP.NET Core's own meters add the request
/// durations by route; OpenTelemetry exports them for Prometheus at <c>GET /metrics</c> (text exposition format,
/// names <c>citytoken_…</c>). Anonymous like <c>/health</c>: the service listens on loopback, the scraper sits beside it.
/// </summary>
public static class Telemetry
{
    public const string MeterName = "CityToken";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder routes)
    {
        routes.MapPrometheusScrapingEndpoint("/metrics").WithMetadata(new HttpMethodMetadata([HttpMethods.Get])).AllowAnonymous();
        return routes;
    }
}
