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
        routes.MapGet("/api/audit/export", Export).RequireAuthorization(AuthPolicies.AdminOrAuditor)
            .WithTags("Audit")
            .WithName("ExportAuditEntries")
            .WithSummary("Every audit entry the list's filters (actor, target) select, newest first, as a streamed CSV file; excel=true adds a UTF-8 byte order mark (admin, auditor).");
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
        var (items, next) = await paging.PageAsync(Filter(db, actor, target), e => e.Id, ct);
        return TypedResults.Ok(new AuditPage(items.Select(AuditEntryResponse.Of).ToList(), next));
    }

    /// <summary>The columns of GET /api/audit/export, named as the list's JSON fields; before and after as the JSON recorded.</summary>
    public static readonly IReadOnlyList<CsvColumn<AuditEntry>> ExportColumns =
    [
        new("id", e => CsvText.Number(e.Id)),
        new("at", e => CsvText.Time(e.At)),
        new("actorKeyId", e => CsvText.Number(e.ActorKeyId)),
        new("actorName", e => e.ActorName),
        new("actorRoles", e => e.ActorRoles),
        new("method", e => e.Method),
        new("route", e => e.Route),
        new("path", e => e.Path),
        new("targetId", e => e.TargetId),
        new("statusCode", e => CsvText.Number(e.StatusCode)),
        new("before", e => e.BeforeJson),
        new("after", e => e.AfterJson),
    ];

    /// <summary>Every entry the list's filters select, newest first, streamed (no filter can be malformed: both are plain text).</summary>
    internal static CsvFileResult<AuditEntry> Export(string? actor, string? target, bool? excel, CityTokenDb db) =>
        new(new CsvExport<AuditEntry>("audit", ExportColumns, Filter(db, actor, target).OrderByDescending(e => e.Id).AsAsyncEnumerable()), excel == true);

    private static IQueryable<AuditEntry> Filter(CityTokenDb db, string? actor, string? target)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (actor is not null)
        {
            query = query.Where(e => e.ActorName == actor);
        }
        if (target is not null)
        {
            query = query.Where(e => e.TargetId == target);
        }
        return query;
    }
}
