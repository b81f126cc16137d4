using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CityToken.Api.Audit;
using CityToken.Api.Auth;
using CityToken.Api.Chain;
using CityToken.Api.Hosting;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Rewards;

public static class ActionsApi
{
    /// <summary>Civic action intake (REST and CSV) and the action lifecycle under /api/actions.</summary>
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
            .WithName("ListActions").WithSummary("Actions by status, program and resident, newest first, with cursor pagination (admin, auditor).");
        group.MapPost("/{id:long}/retry", Retry).RequireAuthorization(StaffRoles.Admin)
            .WithName("RetryAction").WithSummary("Returns a failed action to the queue, reserving its amount again (admin).");
        // Outside the public /api/residents group: evidence and rejections are the resident's own business.
        routes.MapGet("/api/residents/{address}/actions", ListForResident).RequireAuthorization(AuthPolicies.ResidentSelfOrAdminOrAuditor)
            .WithTags("Actions").WithName("ListResidentActions")
            .WithSummary("A resident's civic actions and where each stands, newest first, with cursor pagination (that resident signed in, admin, auditor).");
        return routes;
    }

    internal static async Task<Results<Accepted<ActionAccepted>, Ok<ActionAccepted>, ValidationProblem, ProblemHttpResult>> Post(
        ActionRequest request, ClaimsPrincipal user, IntakeService intake, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var submission = ToSubmission(request, errors);
        if (submission is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The action is malformed.");
        }
        var outcome = await intake.SubmitAsync(Reporter(user), submission, ct);
        return Answer(outcome, submission.ExternalId);
    }

    /// <summary>Turns an intake outcome into 202 (new), 200 (the same action again) or 409 (another body).</summary>
    internal static Results<Accepted<ActionAccepted>, Ok<ActionAccepted>, ValidationProblem, ProblemHttpResult> Answer(IntakeOutcome outcome, string externalId)
    {
        var body = new ActionAccepted(outcome.Id, outcome.Status, outcome.Reason, outcome.ReasonDetail);
        return outcome.Kind switch
        {
            IntakeKind.Created => TypedResults.Accepted($"/api/actions/{outcome.Id}", body),
            IntakeKind.Replayed => TypedResults.Ok(body),
            _ => TypedResults.Problem(
                $"externalId '{externalId}' was already used for action {outcome.Id} with a different body.",
                statusCode: StatusCodes.Status409Conflict, title: "The externalId is taken by another action.",
                extensions: new Dictionary<string, object?> { ["actionId"] = outcome.Id }),
        };
    }

    /// <summary>Checks the request's shape (4xx at the door); the rules are checked by intake (202 then rejected).</summary>
    internal static ActionSubmission? ToSubmission(ActionRequest request, Dictionary<string, string[]> errors, string? deviceId = null)
    {
        Required("externalId", request.ExternalId, 200, errors);
        Required("program", request.Program, 100, errors);
        Required("resident", request.Resident, 200, errors);
        if (request.Category is { Length: > 50 })
        {
            errors["category"] = ["At most 50 characters."];
        }
        if (request.Evidence is { Length: > 2000 })
        {
            errors["evidence"] = ["At most 2000 characters."];
        }
        string? quantity = null;
        if (request.Quantity is not { } q || q.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            errors["quantity"] = ["Required: a number such as 2.5."];
        }
        else
        {
            quantity = q.ValueKind == JsonValueKind.String ? q.GetString() : q.GetRawText();
            if (quantity is null || quantity.Length > 64)
            {
                errors["quantity"] = ["A number of at most 64 characters."];
            }
        }
        if (request.OccurredAt is null)
        {
            errors["occurredAt"] = ["Required: when the action happened, ISO 8601 with an offset (2026-03-01T10:15:00Z)."];
        }
        return errors.Count > 0
            ? null
            : new ActionSubmission(request.ExternalId!, request.Program!, request.Resident!, quantity!, NullIfBlank(request.Category),
                request.OccurredAt!.Value, NullIfBlank(request.Evidence), deviceId);
    }

    internal static async Task<Results<Ok<BulkResponse>, ValidationProblem, ProblemHttpResult>> Bulk(
        HttpContext context, ClaimsPrincipal user, IntakeService intake, IOptions<RewardsOptions> options, CancellationToken ct)
    {
        var settings = options.Value;
        RequestBodyLimit.Apply(context, settings.MaxBulkUploadBytes);
        var reporter = Reporter(user);
        // A compact value per row (the strings are the row's own): the answer's memory grows with the row limit only.
        var results = new List<BulkRowResult>();
        var chunk = new List<(long Row, ActionSubmission Submission)>();
        Dictionary<string, int>? columns = null;
        long lastRecord = 0;

        async Task FlushAsync()
        {
            if (chunk.Count == 0)
            {
                return;
            }
            var outcomes = await intake.SubmitManyAsync(reporter, chunk.Select(c => c.Submission).ToList(), ct);
            for (var i = 0; i < chunk.Count; i++)
            {
                var (row, submission) = chunk[i];
                results.Add(outcomes[i] switch
                {
                    null => new BulkRowResult(row, submission.ExternalId, null, null, null, "The row could not be stored; send it again."),
                    { Kind: IntakeKind.Conflict } o => new BulkRowResult(row, submission.ExternalId, o.Id, null, null,
                        $"externalId already used for action {o.Id} with a different body."),
                    var o => new BulkRowResult(row, submission.ExternalId, o.Id, o.Status, o.Reason, null, o.Kind == IntakeKind.Replayed),
                });
            }
            chunk.Clear();
        }

        try
        {
            await foreach (var record in CsvRecords.ReadAsync(context.Request.Body, settings.CsvLimits(), ct))
            {
                lastRecord = record.Number;
                if (columns is null)
                {
                    columns = Header(record.Fields, out var headerErrors);
                    if (headerErrors.Count > 0)
                    {
                        return TypedResults.ValidationProblem(headerErrors, title: "The CSV header is not valid.",
                            detail: "The first line names the columns: " + string.Join(",", BulkColumns.All) + " (category and evidence optional).");
                    }
                    continue;
                }
                if (record.Number - 1 > settings.MaxBulkRows)
                {
                    context.Response.Headers.Connection = "close";
                    await FlushAsync();
                    return BulkLimitProblem(StatusCodes.Status413PayloadTooLarge, "The CSV file has too many rows.",
                        $"An upload holds at most {settings.MaxBulkRows} rows; split the file.", record.Number, results.Count, settings);
                }
                var (submission, error) = Row(record, columns);
                if (submission is null)
                {
                    results.Add(new BulkRowResult(record.Number, record.Fields.Count > columns[BulkColumns.ExternalId] ? record.Fields[columns[BulkColumns.ExternalId]] : null,
                        null, null, null, error));
                    continue;
                }
                chunk.Add((record.Number, submission));
                if (chunk.Count >= settings.BulkChunkSize)
                {
                    await FlushAsync();
                }
            }
        }
        catch (CsvLimitExceededException ex)
        {
            // The rest of the body will not be read: close the connection after the answer rather than drain it.
            context.Response.Headers.Connection = "close";
            await FlushAsync();
            return BulkLimitProblem(StatusCodes.Status400BadRequest, "A CSV record is too large.", ex.Message, ex.Record, results.Count, settings);
        }
        catch (BadHttpRequestException ex) when (RequestBodyLimit.IsTooLarge(ex))
        {
            context.Response.Headers.Connection = "close";
            await FlushAsync();
            return BulkLimitProblem(StatusCodes.Status413PayloadTooLarge, "The CSV file is too large.",
                $"An upload holds at most {settings.MaxBulkUploadBytes} bytes; split the file.", lastRecord + 1, results.Count, settings);
        }
        if (columns is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The CSV file is empty: it needs a header line."] },
                title: "The CSV file is empty.");
        }
        await FlushAsync();
        results.Sort((a, b) => a.Row.CompareTo(b.Row));
        long queued = 0, rejected = 0, replayed = 0, errors = 0;
        foreach (var r in results)
        {
            queued += r.Status == ActionStatus.Queued ? 1 : 0;
            rejected += r.Status == ActionStatus.Rejected ? 1 : 0;
            replayed += r.Replayed ? 1 : 0;
            errors += r.Error is not null ? 1 : 0;
        }
        return TypedResults.Ok(new BulkResponse(results.Count, queued, rejected, replayed, errors, results));
    }

    /// <summary>
    /// The upload was refused part way: the problem names every limit, the record that crossed one, and how many rows
    /// before it were decided (they stay recorded; sending the fixed file again replays them under the same externalId).
    /// </summary>
    private static ProblemHttpResult BulkLimitProblem(int status, string title, string detail, long record, int rowsDecided, RewardsOptions settings) =>
        TypedResults.Problem(
            $"{detail} Limits: at most {settings.MaxBulkUploadBytes} bytes, {settings.MaxBulkRows} rows, {settings.MaxCsvFieldsPerRecord} fields per record, "
            + $"{settings.MaxCsvFieldLength} characters per field. The {rowsDecided} rows before record {record} were decided and stay recorded; "
            + "sending the corrected file again replays them (same externalId).",
            statusCode: status, title: title,
            extensions: new Dictionary<string, object?>
            {
                ["record"] = record,
                ["rowsDecided"] = rowsDecided,
                ["limits"] = new BulkLimits(settings.MaxBulkUploadBytes, settings.MaxBulkRows, settings.MaxCsvFieldsPerRecord, settings.MaxCsvFieldLength),
            });

    private static Dictionary<string, int> Header(IReadOnlyList<string> fields, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim();
            if (!BulkColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors[$"header.{name}"] = [$"Unknown column '{name}'. Columns: {string.Join(", ", BulkColumns.All)}."];
            }
            else if (!columns.TryAdd(name, i))
            {
                errors[$"header.{name}"] = [$"Column '{name}' appears twice."];
            }
        }
        foreach (var required in BulkColumns.Required.Where(r => !columns.ContainsKey(r)))
        {
            errors[$"header.{required}"] = [$"Required column '{required}' is missing."];
        }
        return columns;
    }

    private static (ActionSubmission? Submission, string? Error) Row(CsvRecords.Record record, Dictionary<string, int> columns)
    {
        if (record.Error is not null)
        {
            return (null, record.Error);
        }
        if (record.Fields.Count != columns.Count)
        {
            return (null, $"The row has {record.Fields.Count} fields; the header names {columns.Count}.");
        }
        string? Field(string name) => columns.TryGetValue(name, out var i) ? NullIfBlank(record.Fields[i]) : null;
        DateTimeOffset? occurredAt = null;
        if (Field(BulkColumns.OccurredAt) is { } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return (null, $"occurredAt '{text}' is not an ISO 8601 time.");
            }
            occurredAt = parsed;
        }
        var quantity = Field(BulkColumns.Quantity);
        var request = new ActionRequest(Field(BulkColumns.ExternalId), Field(BulkColumns.Program), Field(BulkColumns.Resident),
            quantity is null ? null : JsonSerializer.SerializeToElement(quantity), Field(BulkColumns.Category), occurredAt, Field(BulkColumns.Evidence));
        var errors = new Dictionary<string, string[]>();
        var submission = ToSubmission(request, errors);
        return submission is null ? (null, string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))) : (submission, null);
    }

    internal static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Get(long id, ClaimsPrincipal user, CityTokenDb db, CancellationToken ct)
    {
        var action = await db.Set<CivicAction>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        var mayRead = action is not null
            && (user.IsInRole(StaffRoles.Admin) || user.IsInRole(StaffRoles.Auditor) || action.Reporter == Reporter(user));
        return mayRead ? TypedResults.Ok(ActionResponse.Of(action!)) : ActionNotFound(id);
    }

    internal static async Task<Results<Ok<ActionPage>, ValidationProblem>> List(
        string? status, string? program, string? resident, string? cursor, int? limit, CityTokenDb db, IOptions<ChainOptions> chain, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !ActionStatus.All.Contains(status))
        {
            errors["status"] = [$"One of: {string.Join(", ", ActionStatus.All)}."];
        }
        string? address = null;
        if (resident is not null && !ResidentId.TryParse(resident, chain.Value.ChainId, out address, out _, out var detail))
        {
            errors["resident"] = [detail];
        }
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 100, maxSize: 1000, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        var query = db.Set<CivicAction>().AsNoTracking();
        if (status is not null)
        {
            query = query.Where(a => a.Status == status);
        }
        if (program is not null)
        {
            query = query.Where(a => a.ProgramSlug == program);
        }
        if (address is not null)
        {
            query = query.Where(a => a.Resident == address);
        }
        if (paging.Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }
        var page = await query.OrderByDescending(a => a.Id).Take(paging.Size + 1).ToListAsync(ct);
        var (items, next) = paging.Page(page, row => row.Id);
        return TypedResults.Ok(new ActionPage(items.Select(ActionResponse.Of).ToList(), next));
    }

    internal static Task<Results<Ok<ActionPage>, ValidationProblem>> ListForResident(
        string address, string? status, string? program, string? cursor, int? limit, CityTokenDb db, IOptions<ChainOptions> chain, CancellationToken ct) =>
        List(status, program, address, cursor, limit, db, chain, ct);

    internal static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Retry(long id, ActionLifecycle lifecycle, CancellationToken ct)
    {
        var (result, action) = await lifecycle.RetryAsync(id, ct);
        return result switch
        {
            ActionLifecycle.RetryResult.Queued => TypedResults.Ok(ActionResponse.Of(action!)),
            ActionLifecycle.RetryResult.NotFound => ActionNotFound(id),
            ActionLifecycle.RetryResult.NotFailed => TypedResults.Problem($"Action {id} is {action!.Status}; only failed actions can be retried.",
                statusCode: StatusCodes.Status409Conflict, title: "The action has not failed."),
            _ => TypedResults.Problem($"The program's remaining budget cannot cover action {id} again.",
                statusCode: StatusCodes.Status409Conflict, title: "The program's budget is exhausted."),
        };
    }

    internal static string Reporter(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("unauthenticated");

    private static void Required(string field, string? value, int maxLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ProblemHttpResult ActionNotFound(long id) =>
        TypedResults.Problem($"No action {id} visible to this key.", statusCode: StatusCodes.Status404NotFound, title: "Action not found.");
}

/// <summary>The CSV columns of POST /api/actions/bulk (header line required; order free; names case-insensitive).</summary>
public static class BulkColumns
{
    public const string ExternalId = "externalId";
    public const string Program = "program";
    public const string Resident = "resident";
    public const string Quantity = "quantity";
    public const string Category = "category";
    public const string OccurredAt = "occurredAt";
    public const string Evidence = "evidence";

    public static readonly IReadOnlyList<string> All = [ExternalId, Program, Resident, Quantity, Category, OccurredAt, Evidence];
    public static readonly IReadOnlyList<string> Required = [ExternalId, Program, Resident, Quantity, OccurredAt];
}
