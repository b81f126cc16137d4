namespace CityToken.Api.Rewards;

/// <summary>The CSV file intake of <see cref="ActionService"/>: streamed, decided in chunks, one result per row.</summary>
public sealed partial class ActionService
{
    /// <summary>
    /// The extension of a problem that stopped reading the file part way (a limit crossed): how many rows were decided
    /// before. The rest of the body is not read, so the endpoint closes the connection after its answer.
    /// </summary>
    public const string RowsDecided = "rowsDecided";

    /// <summary>The largest file an upload may send (Rewards:MaxBulkUploadBytes); the endpoint bounds the body to it.</summary>
    public long MaxUploadBytes => options.Value.MaxBulkUploadBytes;

    /// <summary>Reports the actions of a CSV file (header line first) for the calling staff key.</summary>
    public async Task<Outcome<BulkResponse>> ImportCsvAsync(Stream body, CurrentCaller caller, CancellationToken ct)
    {
        var settings = options.Value;
        var reporter = Reporter(caller);
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
            await foreach (var record in CsvRecords.ReadAsync(body, settings.CsvLimits(), ct))
            {
                lastRecord = record.Number;
                if (columns is null)
                {
                    columns = Header(record.Fields, out var headerErrors);
                    if (headerErrors.Count > 0)
                    {
                        return Problem.Invalid(headerErrors, "The CSV header is not valid.",
                            "The first line names the columns: " + string.Join(",", BulkColumns.All) + " (category and evidence optional).");
                    }
                    continue;
                }
                if (record.Number - 1 > settings.MaxBulkRows)
                {
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
            await FlushAsync();
            return BulkLimitProblem(StatusCodes.Status400BadRequest, "A CSV record is too large.", ex.Message, ex.Record, results.Count, settings);
        }
        catch (BadHttpRequestException ex) when (RequestBodyLimit.IsTooLarge(ex))
        {
            await FlushAsync();
            return BulkLimitProblem(StatusCodes.Status413PayloadTooLarge, "The CSV file is too large.",
                $"An upload holds at most {settings.MaxBulkUploadBytes} bytes; split the file.", lastRecord + 1, results.Count, settings);
        }
        if (columns is null)
        {
            return Problem.Invalid("file", "The CSV file is empty: it needs a header line.", "The CSV file is empty.");
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
        return new BulkResponse(results.Count, queued, rejected, replayed, errors, results);
    }

    /// <summary>
    /// The upload was refused part way: the problem names every limit, the record that crossed one, and how many rows
    /// before it were decided (they stay recorded; sending the fixed file again replays them under the same externalId).
    /// </summary>
    private static Problem BulkLimitProblem(int status, string title, string detail, long record, int rowsDecided, RewardsOptions settings) =>
        new Problem(status, title,
            $"{detail} Limits: at most {settings.MaxBulkUploadBytes} bytes, {settings.MaxBulkRows} rows, {settings.MaxCsvFieldsPerRecord} fields per record, "
            + $"{settings.MaxCsvFieldLength} characters per field. The {rowsDecided} rows before record {record} were decided and stay recorded; "
            + "sending the corrected file again replays them (same externalId).")
        .With("record", record)
        .With(RowsDecided, rowsDecided)
        .With("limits", new BulkLimits(settings.MaxBulkUploadBytes, settings.MaxBulkRows, settings.MaxCsvFieldsPerRecord, settings.MaxCsvFieldLength));

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
        string? Field(string name) => columns.TryGetValue(name, out var i) ? ActionSubmissions.NullIfBlank(record.Fields[i]) : null;
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
        var submission = ActionSubmissions.From(request, errors);
        return submission is null ? (null, string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))) : (submission, null);
    }
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
