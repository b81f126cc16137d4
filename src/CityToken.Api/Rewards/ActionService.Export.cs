namespace CityToken.Api.Rewards;

/// <summary>The CSV export of <see cref="ActionService"/>: the list's filters, every matching action, newest first.</summary>
public sealed partial class ActionService
{
    /// <summary>The columns of GET /api/actions/export, named as the list's JSON fields.</summary>
    public static readonly IReadOnlyList<CsvColumn<CivicAction>> ExportColumns =
    [
        new("id", a => CsvText.Number(a.Id)),
        new("externalId", a => a.ExternalId),
        new("reporter", a => a.Reporter),
        new("program", a => a.ProgramSlug),
        new("resident", a => a.Resident),
        new("quantity", a => a.Quantity),
        new("category", a => a.Category),
        // The offset the reporter gave is kept, as in the JSON: the time of day where the action happened.
        new("occurredAt", a => a.OccurredAt.ToString("O", CultureInfo.InvariantCulture)),
        new("status", a => a.Status),
        new("amount", a => a.Amount.ToString(CultureInfo.InvariantCulture)),
        new("reason", a => a.Reason),
        new("reasonDetail", a => a.ReasonDetail),
        new("batchId", a => a.BatchId),
        new("txHash", a => a.TxHash),
        new("blockNumber", a => CsvText.Number(a.BlockNumber)),
        new("createdAt", a => CsvText.Time(a.CreatedAt)),
        new("updatedAt", a => CsvText.Time(a.UpdatedAt)),
    ];

    /// <summary>
    /// Every action the filters of <see cref="ListAsync"/> select (the city's days the action happened:
    /// <paramref name="from"/> to <paramref name="to"/> inclusive), newest first, streamed from the database.
    /// </summary>
    public Outcome<CsvExport<CivicAction>> Export(string? status, string? program, string? resident, DateOnly? from = null, DateOnly? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filter(status, program, resident, from, to, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The query is not valid.");
        }
        return new CsvExport<CivicAction>("actions", ExportColumns, query.OrderByDescending(a => a.Id).AsAsyncEnumerable());
    }
}
