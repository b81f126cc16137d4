using CityToken.Api.Audit;

namespace CityToken.Api.Rewards;

/// <summary>Civic action intake (REST and CSV) and the action lifecycle under /api/actions; the work is <see cref="ActionService"/>'s.</summary>
public static class ActionsApi
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/actions").WithTags("Actions");
        // A reported action records who reported it, when, and a hash of what was sent: that row is its audit record.
        var ownRecord = new AuditedByOwnRecord("CivicActions (reporter, createdAt, requestHash)");
        group.MapPost("/", Post).RequireAuthorization(RewardsPolicies.Intake).WithMetadata(ownRecord)
            .WithName("PostAction")
            .WithSummary("Reports a civic action (reporter or admin). 202 with its id and status; the same externalId and body again → 200, same id; another body → 409.");
        group.MapPost("/bulk", Bulk).RequireAuthorization(RewardsPolicies.Intake).WithMetadata(ownRecord, OwnRequestBodyLimit.Instance)
            .Accepts<string>("text/csv")
            .WithName("PostActionsCsv")
            .WithSummary("Reports actions as a streamed CSV file (columns: externalId, program, resident, quantity, category, occurredAt, evidence); one result per row. "
                + "A file with more than Rewards:MaxBulkRows rows or Rewards:MaxBulkUploadBytes bytes is refused with 413, a record with more than "
                + "Rewards:MaxCsvFieldsPerRecord fields or a field longer than Rewards:MaxCsvFieldLength with 400; the problem names the limits.");
        // Staff only: a resident session is authenticated too, but actions are read by residents through their own list.
        group.MapGet("/{id:long}", Get).RequireAuthorization(AuthPolicies.Staff)
            .WithName("GetAction").WithSummary("An action and where it stands (admin, auditor, or the reporter who sent it).");
        group.MapGet("/", List).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("ListActions").WithSummary("Actions by status, program, resident and the city's days they happened (from, to: yyyy-MM-dd), newest first, with cursor pagination (admin, auditor).");
        group.MapGet("/export", Export).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("ExportActions").WithSummary("Every action the list's filters (status, program, resident, from, to) select, newest first, as a streamed CSV file; excel=true adds a UTF-8 byte order mark (admin, auditor).");
        group.MapPost("/{id:long}/retry", Retry).RequireRoles(AccessRules.Admins)
            .WithName("RetryAction").WithSummary("Returns a failed action to the queue, reserving its amount again (admin).");
        // Outside the public /api/residents group: evidence and rejections are the resident's own business.
        routes.MapGet("/api/residents/{address}/actions", ListForResident).RequireAuthorization(AuthPolicies.ResidentSelfOrAdminOrAuditor)
            .WithTags("Actions").WithName("ListResidentActions")
            .WithSummary("A resident's civic actions and where each stands, newest first, with cursor pagination (that resident signed in, admin, auditor).");
        return routes;
    }

    internal static async Task<Results<Accepted<ActionAccepted>, Ok<ActionAccepted>, ValidationProblem, ProblemHttpResult>> Post(
        ActionRequest request, CurrentCaller caller, ActionService actions, CancellationToken ct) =>
        Answer(await actions.ReportAsync(request, caller, ct));

    /// <summary>An intake outcome as 202 (new), 200 (the same action again) or its problem (400, or 409 for another body).</summary>
    internal static Results<Accepted<ActionAccepted>, Ok<ActionAccepted>, ValidationProblem, ProblemHttpResult> Answer(Outcome<ActionReported> outcome) =>
        outcome switch
        {
            { Succeeded: true, Value.Replayed: true } => TypedResults.Ok(outcome.Value.Action),
            { Succeeded: true } => TypedResults.Accepted($"/api/actions/{outcome.Value!.Action.Id}", outcome.Value.Action),
            { Problem.Errors: not null } => outcome.Problem.ToValidationProblem(),
            _ => outcome.Problem!.ToProblem(),
        };

    /// <summary>
    /// Streams the CSV body through <see cref="ActionService.ImportCsvAsync"/>, bounded to Rewards:MaxBulkUploadBytes. The
    /// dashboard's upload page runs this too (its own request, under the staff session).
    /// </summary>
    internal static async Task<Results<Ok<BulkResponse>, ValidationProblem, ProblemHttpResult>> Bulk(
        HttpContext context, CurrentCaller caller, ActionService actions, CancellationToken ct)
    {
        RequestBodyLimit.Apply(context, actions.MaxUploadBytes);
        var outcome = await actions.ImportCsvAsync(context.Request.Body, caller, ct);
        if (outcome.Problem?.Extensions?.ContainsKey(ActionService.RowsDecided) == true)
        {
            // The rest of the body will not be read: close the connection after the answer rather than drain it.
            context.Response.Headers.Connection = "close";
        }
        return outcome.ToOk();
    }

    internal static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Get(long id, CurrentCaller caller, ActionService actions, CancellationToken ct) =>
        (await actions.GetAsync(id, caller, ct)).ToOkOrProblem();

    internal static async Task<Results<Ok<ActionPage>, ValidationProblem, ProblemHttpResult>> List(
        string? status, string? program, string? resident, DateOnly? from, DateOnly? to, string? cursor, int? limit, ActionService actions, CancellationToken ct) =>
        (await actions.ListAsync(status, program, resident, cursor, limit, ct, from, to)).ToOk();

    internal static Results<CsvFileResult<CivicAction>, ValidationProblem, ProblemHttpResult> Export(
        string? status, string? program, string? resident, DateOnly? from, DateOnly? to, bool? excel, ActionService actions) =>
        actions.Export(status, program, resident, from, to).ToCsv(excel);

    internal static Task<Results<Ok<ActionPage>, ValidationProblem, ProblemHttpResult>> ListForResident(
        string address, string? status, string? program, string? cursor, int? limit, ActionService actions, CancellationToken ct) =>
        List(status, program, address, null, null, cursor, limit, actions, ct);

    internal static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Retry(long id, ActionService actions, CancellationToken ct) =>
        (await actions.RetryAsync(id, ct)).ToOkOrProblem();
}
