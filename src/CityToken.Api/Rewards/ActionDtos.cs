namespace CityToken.Api.Rewards;

/// <summary>
/// A civic action reported by a partner system. <c>resident</c>: an address or a did:ethr on this chain.
/// <c>quantity</c>: a number (or a numeric string) in the program's unit: kg, hours, m³ consumed, 1 for a
/// one-off action. <c>category</c>: the rate table's key for per-unit programs (plastic, paper…).
/// </summary>
public sealed record ActionRequest(
    string? ExternalId, string? Program, string? Resident, JsonElement? Quantity, string? Category,
    DateTimeOffset? OccurredAt, string? Evidence);

/// <summary>Where an action stands right after intake.</summary>
public sealed record ActionAccepted(long Id, string Status, string? Reason = null, string? ReasonDetail = null);

/// <summary>
/// An action and its lifecycle: accepted → queued → batched → submitted → confirmed, or rejected / failed
/// with a reason. <c>amount</c> is in token base units (18 decimals), as a decimal string.
/// </summary>
public sealed record ActionResponse(
    long Id, string ExternalId, string Reporter, string Program, string Resident, string Quantity, string? Category,
    DateTimeOffset OccurredAt, string Status, string Amount, string? Reason, string? ReasonDetail,
    string? BatchId, string? TxHash, long? BlockNumber, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ActionResponse Of(CivicAction a) => new(
        a.Id, a.ExternalId, a.Reporter, a.ProgramSlug, a.Resident, a.Quantity, a.Category, a.OccurredAt, a.Status,
        a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Reason, a.ReasonDetail, a.BatchId, a.TxHash,
        a.BlockNumber, a.CreatedAt, a.UpdatedAt);
}

/// <summary>A page of actions; pass <c>nextCursor</c> as <c>cursor</c> for the next page (null at the end).</summary>
public sealed record ActionPage(IReadOnlyList<ActionResponse> Items, string? NextCursor);

/// <summary>
/// One CSV row's outcome: the action's id and status, or the error that kept the row out. A value type: an upload's
/// answer holds one per row, stored inline in one array.
/// </summary>
public readonly record struct BulkRowResult(long Row, string? ExternalId, long? Id, string? Status, string? Reason, string? Error, bool Replayed = false);

/// <summary>
/// The outcome of a CSV upload: counts (queued, rejected, replayed = same row seen before, errors = rows not
/// recorded) and one result per data row.
/// </summary>
public sealed record BulkResponse(long Rows, long Queued, long Rejected, long Replayed, long Errors, IReadOnlyList<BulkRowResult> Results);

/// <summary>The bounds of one CSV upload, named in every problem that refuses one for crossing them.</summary>
public sealed record BulkLimits(long MaxBytes, int MaxRows, int MaxFieldsPerRecord, int MaxFieldLength);
