using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CityToken.Api.Hosting;

/// <summary>
/// What anonymous callers may do: ASP.NET Core's rate limiter, one fixed window per client address and kind of
/// endpoint (sign-in, relays, DID resolution, public reads; staff API keys are not limited), and a small default
/// bound on request bodies. Refusals are problem+json: 429 with Retry-After, 413 naming the bound.
/// </summary>
public static partial class RequestLimits
{
    /// <summary>The kinds of rate-limited endpoint; each has its own <see cref="RateLimitPolicy"/>.</summary>
    internal enum Kind
    {
        None,
        SignIn,
        Relays,
        DidResolution,
        PublicReads,
    }

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<RequestLimitsOptions>(RequestLimitsOptions.Section);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var kind = Classify(context);
                if (kind == Kind.None)
                {
                    return RateLimitPartition.GetNoLimiter("");
                }
                var policy = PolicyOf(settings, kind);
                return RateLimitPartition.GetFixedWindowLimiter($"{kind}|{ClientOf(context)}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = policy.PermitLimit,
                    Window = TimeSpan.FromSeconds(policy.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = (rejected, ct) => RejectAsync(rejected.HttpContext, rejected.Lease, settings, ct);
        });
        return builder;
    }

    /// <summary>Goes right after UseAuthentication (a staff key must be known) and before the endpoints.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        var maxBodyBytes = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value.MaxBodyBytes;
        return app.Use(async (context, next) =>
        {
            var mayHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
            if (mayHaveBody && context.GetEndpoint()?.Metadata.GetMetadata<OwnRequestBodyLimit>() is null && !IsCsv(context.Request))
            {
                if (context.Request.ContentLength > maxBodyBytes)
                {
                    // Known before reading a byte: refuse now, and close rather than drain what the client still sends.
                    context.Response.Headers.Connection = "close";
                    await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
                        $"A request body here holds at most {maxBodyBytes} bytes (RequestLimits:MaxBodyBytes); this one declares {context.Request.ContentLength}.",
                        new Dictionary<string, object?> { ["maxBodyBytes"] = maxBodyBytes });
                    return;
                }
                RequestBodyLimit.Apply(context, maxBodyBytes);
            }
            await next(context);
        });
    }

    /// <summary>Which limit a request counts against; staff API keys and everything not listed count against none.</summary>
    internal static Kind Classify(HttpContext context)
    {
        if (context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == AuthSchemes.ApiKey))
        {
            return Kind.None;
        }
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var read = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if ((read && Is(path, "/api/auth/siwe/nonce")) || (HttpMethods.IsPost(request.Method) && Is(path, "/api/auth/siwe/verify")))
        {
            return Kind.SignIn;
        }
        if (HttpMethods.IsPost(request.Method) && (Is(path, "/api/redemptions") || VotesPath().IsMatch(path)))
        {
            return Kind.Relays;
        }
        if (read && request.Path.StartsWithSegments("/1.0/identifiers", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.DidResolution;
        }
        // Checking a presentation or drawing its QR code computes an answer and changes nothing but a challenge: a read.
        var presentationCheck = HttpMethods.IsPost(request.Method) && (Is(path, "/api/presentations/verify") || Is(path, "/api/presentations/qr"));
        return (read && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) || presentationCheck ? Kind.PublicReads : Kind.None;
    }

    /// <summary>
    /// The client's partition: its address (IPv4, or an IPv6 address's /64, which one subscriber usually holds whole).
    /// Behind a proxy this is the proxy unless forwarded headers name the client.
    /// </summary>
    internal static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && !IPAddress.IsLoopback(address))
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }
        return address.ToString();
    }

    private static RateLimitPolicy PolicyOf(RequestLimitsOptions settings, Kind kind) => kind switch
    {
        Kind.SignIn => settings.SignIn,
        Kind.Relays => settings.Relays,
        Kind.DidResolution => settings.DidResolution,
        _ => settings.PublicReads,
    };

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, RequestLimitsOptions settings, CancellationToken ct)
    {
        var kind = Classify(context);
        var policy = PolicyOf(settings, kind);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(policy.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLimits));
        var client = ClientOf(context);
        LogRejected(logger, kind, client);
        await WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"This address may make {policy.PermitLimit} {Describe(kind)} requests per {policy.WindowSeconds} s (RequestLimits:{kind}); try again in {seconds} s.",
            new Dictionary<string, object?> { ["limit"] = policy.PermitLimit, ["windowSeconds"] = policy.WindowSeconds, ["retryAfterSeconds"] = seconds });
    }

    private static string Describe(Kind kind) => kind switch
    {
        Kind.SignIn => "sign-in",
        Kind.Relays => "relay (vote or redemption)",
        Kind.DidResolution => "DID resolution",
        _ => "read",
    };

    private static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail, Dictionary<string, object?> extensions)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = extensions };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsync(title, context.RequestAborted);
        }
    }

    private static bool IsCsv(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase);

    private static bool Is(string path, string expected) =>
        path.Equals(expected, StringComparison.OrdinalIgnoreCase) || path.Equals(expected + "/", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^/api/ballots/[^/]+/votes/?$", RegexOptions.IgnoreCase)]
    private static partial Regex VotesPath();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limit {Kind} refused a request from {Client}")]
    private static partial void LogRejected(ILogger logger, Kind kind, string client);
}
