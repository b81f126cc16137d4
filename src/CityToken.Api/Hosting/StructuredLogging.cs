using System.Diagnostics;
using Microsoft.Extensions.Logging.Console;

namespace CityToken.Api.Hosting;

/// <summary>
/// Logs an operator can search: with <c>Logging:Console:FormatterName=json</c> the console writes one JSON object per
/// record (ASP.NET Core's JSON formatter) with its scopes, and every request runs in a scope carrying its
/// <c>CorrelationId</c>: the caller's <c>X-Correlation-Id</c> when it is well-formed (1–64 of <c>A–Z a–z 0–9 . _ : -</c>),
/// else the request's trace id; the answer carries it back in <c>X-Correlation-Id</c>. A header that is too long or
/// holds anything else is neither logged nor echoed (no log or header injection).
/// </summary>
public static class StructuredLogging
{
    public const string HeaderName = "X-Correlation-Id";
    public const int MaxLength = 64;

    private static readonly Func<ILogger, string, IDisposable?> CorrelationScope =
        LoggerMessage.DefineScope<string>("Correlation {CorrelationId}");

    public static IHostApplicationBuilder AddStructuredLogging(this IHostApplicationBuilder builder)
    {
        // Scopes (request, correlation id, outbox entry) are what makes the JSON searchable: on unless configured off.
        var options = builder.Configuration.GetSection("Logging:Console:FormatterOptions");
        var includeScopes = options.GetValue("IncludeScopes", true);
        // Records without a time are of little use once shipped: UTC, ISO 8601, unless configured otherwise.
        var timestampFormat = options["TimestampFormat"] ?? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        var utc = options.GetValue("UseUtcTimestamp", true);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = includeScopes;
            o.TimestampFormat = timestampFormat;
            o.UseUtcTimestamp = utc;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that every later log of the request (errors included) carries the id.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StructuredLogging).FullName!);
        return app.Use(async (http, next) =>
        {
            var id = CorrelationIdOf(http);
            // Set when the answer starts: the exception handler clears headers before it writes its problem.
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            using (CorrelationScope(logger, id))
            {
                await next(http);
            }
        });
    }

    /// <summary>The caller's id when well-formed, else this request's trace id (or ASP.NET Core's request id).</summary>
    public static string CorrelationIdOf(HttpContext http)
    {
        var given = http.Request.Headers[HeaderName];
        if (given.Count == 1 && IsWellFormed(given[0]))
        {
            return given[0]!;
        }
        return Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : http.TraceIdentifier;
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
