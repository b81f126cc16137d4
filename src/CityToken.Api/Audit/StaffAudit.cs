using System.Security.Claims;

namespace CityToken.Api.Audit;

/// <summary>
/// What an endpoint adds to its audit entry: the target's id when the route does not carry it, and its
/// state before and after when that is cheap to give. Never put secrets in it.
/// </summary>
public sealed class StaffAuditFeature
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? TargetId { get; set; }
    public string? BeforeJson { get; private set; }
    public string? AfterJson { get; private set; }

    /// <summary>
    /// Set by a dashboard page whose feature service succeeded (see <c>PageOutcome.Audited</c>): a page answers 200 or a
    /// redirect whether its write succeeded or not, so its status code cannot tell.
    /// </summary>
    public bool PageWriteSucceeded { get; set; }

    public void Before<T>(T state) => BeforeJson = JsonSerializer.Serialize(state, Json);

    public void After<T>(T state) => AfterJson = JsonSerializer.Serialize(state, Json);
}

/// <summary>
/// Endpoint metadata: the endpoint's writes are their own audit record (e.g. a reported civic action stores its
/// reporter, time and request hash), so the staff audit does not add a row per request.
/// </summary>
public sealed class AuditedByOwnRecord(string record)
{
    public string Record { get; } = record;
}

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every staff request that is not a read and succeeded: an X-Api-Key request
/// answered 2xx, or a dashboard form (staff cookie) whose page says its write succeeded. Refused and failed requests
/// change nothing, so they are not writes: they stay in the logs only.
/// </summary>
public sealed partial class StaffAuditMiddleware(RequestDelegate next, ILogger<StaffAuditMiddleware> logger)
{
    /// <summary>Route values that name what a request acts on, in order of preference.</summary>
    private static readonly string[] TargetRouteValues = ["id", "slug", "deviceId", "address", "code", "did"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<AuditedByOwnRecord>() is not null)
        {
            await next(context);
            return;
        }
        var feature = new StaffAuditFeature();
        context.Features.Set(feature);
        // Recorded before the answer's first byte leaves: a caller who saw the write succeed can find its entry.
        context.Response.OnStarting(() => RecordAsync(context, feature));
        await next(context);
    }

    private async Task RecordAsync(HttpContext context, StaffAuditFeature feature)
    {
        var user = context.User;
        var status = context.Response.StatusCode;
        var succeeded = user.Identity switch
        {
            { IsAuthenticated: true, AuthenticationType: AuthSchemes.ApiKey } => status is >= 200 and <= 299,
            { IsAuthenticated: true, AuthenticationType: StaffCookie.SchemeName } => feature.PageWriteSucceeded && status is >= 200 and <= 399,
            _ => false,
        };
        if (!succeeded)
        {
            return;
        }
        var entry = new AuditEntry
        {
            At = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
            ActorKeyId = CurrentCaller.From(user).StaffKeyId,
            ActorName = user.Identity?.Name ?? "",
            ActorRoles = string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value)),
            Method = context.Request.Method,
            Route = Truncate(RouteOf(context), 300)!,
            Path = Truncate(context.Request.Path.Value ?? "", 2000)!,
            TargetId = Truncate(feature.TargetId ?? TargetOf(context), 200),
            StatusCode = context.Response.StatusCode,
            BeforeJson = feature.BeforeJson,
            AfterJson = feature.AfterJson,
        };
        try
        {
            // A scope of its own: the request's DbContext may hold whatever the endpoint left tracked.
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            db.Add(entry);
            // Not the request's token: the write happened, so its record must not be dropped if the caller hangs up.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // The write is done; losing its audit row must be loud, not silent (and must not turn the answer into a 500).
            LogAuditLost(logger, e, entry.Method, entry.Path, entry.ActorName);
        }
    }

    /// <summary>The endpoint's route pattern; for a dashboard page, its route and the form's handler (/admin/catalog?handler=Add).</summary>
    private static string RouteOf(HttpContext context)
    {
        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        if (context.User.Identity?.AuthenticationType != StaffCookie.SchemeName)
        {
            return pattern;
        }
        var handler = context.Request.Query["handler"].ToString() is { Length: > 0 } query ? query
            : context.Request.RouteValues.TryGetValue("handler", out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
        return "/" + pattern.TrimStart('/') + (string.IsNullOrEmpty(handler) ? "" : "?handler=" + handler);
    }

    private static string? TargetOf(HttpContext context)
    {
        var values = context.Request.RouteValues;
        foreach (var name in TargetRouteValues)
        {
            if (values.TryGetValue(name, out var value) && value is not null)
            {
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }
        // A creation names what it made in its Location header (…/api/programs/{slug}).
        var location = context.Response.Headers.Location.ToString();
        return location.Length > 0 ? location.TrimEnd('/').Split('/')[^1] : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the audit entry of {Method} {Path} by {Actor}")]
    private static partial void LogAuditLost(ILogger logger, Exception exception, string method, string path, string actor);

    private static string? Truncate(string? value, int max) => value is { Length: var n } && n > max ? value[..max] : value;
}
