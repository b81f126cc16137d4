using Hangfire;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// What staff see and start of minting: mint batches, a batching run on demand, reconciliation reports (run on demand;
/// they report differences, never fix them). Used by /api/mint-batches, /api/rewards/reconciliation and the dashboard.
/// </summary>
public sealed class MintingService(CityTokenDb db, RewardsReconciliation reconciliation, IBackgroundJobClient jobs)
{
    /// <summary>The statuses batches are listed by.</summary>
    public static readonly IReadOnlyList<string> BatchStatuses =
        [MintBatchStatus.Pending, MintBatchStatus.Submitted, MintBatchStatus.Confirmed, MintBatchStatus.Requeued, MintBatchStatus.Failed];

    public async Task<Outcome<MintBatchPage>> ListBatchesAsync(string? status, string? cursor, int? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filter(status, errors);
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 50, maxSize: 500, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The query is not valid.");
        }
        var (items, next) = await paging.PageAsync(query, b => b.Id, ct);
        return new MintBatchPage(items.Select(MintBatchResponse.Of).ToList(), next);
    }

    /// <summary>The columns of GET /api/mint-batches/export, named as the list's JSON fields.</summary>
    public static readonly IReadOnlyList<CsvColumn<MintBatch>> ExportColumns =
    [
        new("id", b => CsvText.Number(b.Id)),
        new("batchId", b => b.BatchId),
        new("status", b => b.Status),
        new("actionCount", b => CsvText.Number(b.ActionCount)),
        new("recipientCount", b => CsvText.Number(b.RecipientCount)),
        new("total", b => b.Total.ToString(CultureInfo.InvariantCulture)),
        new("outboxEntryId", b => CsvText.Number(b.OutboxEntryId)),
        new("txHash", b => b.TxHash),
        new("blockNumber", b => CsvText.Number(b.BlockNumber)),
        new("reason", b => b.Reason),
        new("createdAt", b => CsvText.Time(b.CreatedAt)),
        new("updatedAt", b => CsvText.Time(b.UpdatedAt)),
    ];

    /// <summary>Every batch the list's filter (status) selects, newest first, streamed from the database.</summary>
    public Outcome<CsvExport<MintBatch>> ExportBatches(string? status)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filter(status, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The query is not valid.");
        }
        return new CsvExport<MintBatch>("mint-batches", ExportColumns, query.OrderByDescending(b => b.Id).AsAsyncEnumerable());
    }

    private IQueryable<MintBatch> Filter(string? status, Dictionary<string, string[]> errors)
    {
        if (status is not null && !BatchStatuses.Contains(status))
        {
            errors["status"] = [$"One of: {string.Join(", ", BatchStatuses)}."];
        }
        var query = db.Set<MintBatch>().AsNoTracking();
        return status is null ? query : query.Where(b => b.Status == status);
    }

    public async Task<Outcome<MintBatchResponse>> GetBatchAsync(long id, CancellationToken ct)
    {
        var batch = await db.Set<MintBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        return batch is null ? Problem.NotFound("Mint batch not found.", $"No mint batch {id}.") : MintBatchResponse.Of(batch);
    }

    /// <summary>Starts a batching run now (a background job) instead of at the next trigger.</summary>
    public MintRunRequested RequestRun() => new(jobs.Enqueue<MintBatcher>(b => b.RunAsync(CancellationToken.None)));

    public async Task<Outcome<ReconciliationReport>> LatestReportAsync(CancellationToken ct) =>
        await RewardsReconciliation.LatestAsync(db, ct) is { } report
            ? report
            : Problem.NotFound("No reconciliation report yet.", "No reconciliation has run yet; POST to this path runs one.");

    public Task<ReconciliationReport> ReconcileAsync(CancellationToken ct) => reconciliation.RunAsync(ct);
}
