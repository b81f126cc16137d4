namespace CityToken.Api.Chain.Outbox;

public static class OutboxApi
{
    /// <summary>Staff (admin or auditor) views of the transaction outbox under /api/outbox.</summary>
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/outbox").WithTags("Outbox")
            .RequireAuthorization(policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Auditor));
        group.MapGet("/{id:long}", GetEntry)
            .WithName("GetOutboxEntry")
            .WithSummary("One outbox entry: state, nonce, transaction hash(es), block, confirmations, revert or failure reason.");
        group.MapGet("/", ListEntries)
            .WithName("ListOutboxEntries")
            .WithSummary("Outbox entries, newest first; filter by status (queued, signed, broadcast, mined, confirmed, reverted, failed).");
        return routes;
    }

    internal static async Task<Results<Ok<OutboxEntryView>, ProblemHttpResult>> GetEntry(long id, CityTokenDb db, CancellationToken cancellationToken)
    {
        var entry = await TransactionOutbox.GetAsync(db, id, cancellationToken);
        return entry is null
            ? TypedResults.Problem($"There is no outbox entry {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.")
            : TypedResults.Ok(OutboxEntryView.From(entry));
    }

    internal static async Task<Results<Ok<OutboxListView>, ValidationProblem>> ListEntries(
        CityTokenDb db, string? status, int? limit, long? before, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        OutboxStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _))
            {
                filter = parsed;
            }
            else
            {
                errors["status"] = [$"Must be one of: {string.Join(", ", Enum.GetNames<OutboxStatus>().Select(n => n.ToLowerInvariant()))}."];
            }
        }
        if (limit is < 1 or > 500)
        {
            errors["limit"] = ["Must be between 1 and 500."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        var query = db.Set<OutboxEntry>().AsNoTracking().Include(e => e.Attempts).AsQueryable();
        if (filter is { } wanted)
        {
            query = query.Where(e => e.Status == wanted);
        }
        if (before is { } cursor)
        {
            query = query.Where(e => e.Id < cursor);
        }
        var take = limit ?? 100;
        var entries = await query.OrderByDescending(e => e.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = entries.Take(take).Select(OutboxEntryView.From).ToList();
        return TypedResults.Ok(new OutboxListView(page, entries.Count > take ? page[^1].Id : null));
    }
}

/// <summary>An outbox entry as staff see it. <c>status</c>: queued, signed, broadcast, mined, confirmed, reverted or failed.</summary>
public sealed record OutboxEntryView(
    long Id,
    string IdempotencyKey,
    string Purpose,
    string Status,
    string Sender,
    string To,
    string Value,
    long? Nonce,
    string? TxHash,
    long? BlockNumber,
    string? BlockHash,
    long Confirmations,
    long? GasUsed,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OutboxTransactionView> Transactions)
{
    internal static OutboxEntryView From(OutboxEntry e) => new(
        e.Id, e.IdempotencyKey, e.Purpose, e.Status.ToString().ToLowerInvariant(), e.Sender, e.To, e.Value, e.Nonce, e.TxHash,
        e.BlockNumber, e.BlockHash, e.Confirmations, e.GasUsed, e.Error, e.CreatedAt, e.UpdatedAt,
        e.Attempts.OrderBy(a => a.Number).Select(a => new OutboxTransactionView(
            a.Number, a.TxHash, a.Nonce, a.Status.ToString().ToLowerInvariant(), a.GasLimit, a.MaxFeePerGas, a.MaxPriorityFeePerGas,
            a.SignedAt, a.BroadcastAt, a.LastError)).ToList());
}

/// <summary>One signed transaction of an entry (the first, then fee-bumped replacements with the same nonce).</summary>
public sealed record OutboxTransactionView(
    int Attempt, string TxHash, long Nonce, string Status, long GasLimit, string MaxFeePerGas, string MaxPriorityFeePerGas,
    DateTimeOffset SignedAt, DateTimeOffset? BroadcastAt, string? Error);

/// <summary>A page of entries; pass <c>nextBefore</c> as <c>before</c> for the next page.</summary>
public sealed record OutboxListView(IReadOnlyList<OutboxEntryView> Entries, long? NextBefore);
