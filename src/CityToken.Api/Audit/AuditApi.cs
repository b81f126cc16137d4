namespace CityToken.Api.Audit;

/// <summary>An audit entry as served; before/after are the JSON the endpoint recorded, when it did.</summary>
public sealed record AuditEntryResponse(long Id, DateTimeOffset At, int? ActorKeyId, string ActorName, IReadOnlyList<string> ActorRoles,
    string Method, string Route, string Path, string? TargetId, int StatusCode, JsonElement? Before, JsonElement? After)
{
    public static AuditEntryResponse Of(AuditEntry e) => new(e.Id, e.At, e.ActorKeyId, e.ActorName,
        e.ActorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Method, e.Route, e.Path, e.TargetId, e.StatusCode,
        e.BeforeJson is null ? null : JsonSerializer.Deserialize<JsonElement>(e.BeforeJson),
        e.AfterJson is null ? null : JsonSerializer.Deserialize<JsonElement>(e.AfterJson));
}

/// <summary>A page of audit entries, newest first; pass <c>nextCursor</c> as <c>cursor</c> for the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, string? NextCursor);

public static class AuditApi
{
    /// <summary>The staff write audit under /api/audit (admin, auditor).</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit", List).RequireAuthorization(AuthPolicies.AdminOrAuditor)
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("Every successful staff write, newest first, filtered by actor (key name) or target id, with cursor pagination (admin, auditor).");
        return routes;
    }

    internal static async Task<Results<Ok<AuditPage>, ValidationProblem>> List(
        string? actor, string? target, string? cursor, int? limit, CityTokenDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 100, maxSize: 1000, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (actor is not null)
        {
            query = query.Where(e => e.ActorName == actor);
        }
        if (target is not null)
        {
            query = query.Where(e => e.TargetId == target);
        }
        var (items, next) = await paging.PageAsync(query, e => e.Id, ct);
        return TypedResults.Ok(new AuditPage(items.Select(AuditEntryResponse.Of).ToList(), next));
    }
}
