namespace CityToken.Api.Credentials;

/// <summary>Body of POST /api/credentials. <c>expiresAt</c>: ISO 8601. The official id is never stored.</summary>
/// <summary>
/// Body of POST /api/credentials. <c>idempotencyKey</c> (optional, 1–100 of letters, digits and . _ : -): the same key
/// from the same staff key with the same request answers the first request again instead of issuing twice.
/// </summary>
public sealed record IssueCredentialRequest(string? Did, string? Type, string? OfficialId, string? ExpiresAt, string? IdempotencyKey = null);

/// <summary>
/// A credential request and, once indexed, the credential on chain. <see cref="Status"/>: the credential's status
/// (valid, expired, revoked, pending) when it is on chain, else the issue transaction's (queued, submitted,
/// confirmed, reverted, failed).
/// </summary>
public sealed record CredentialView(
    long Id,
    string Did,
    string Subject,
    string Type,
    DateTimeOffset ExpiresAt,
    string Status,
    long? CredentialId,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    long? SupersededBy,
    string DataHash,
    ChainStepView Issue,
    ChainStepView? Revocation,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string StatusUrl);

/// <summary>
/// One transaction the service sends through the outbox. <see cref="Status"/>: queued, submitted (signed, broadcast or
/// mined, not yet confirmed), confirmed, reverted (with the decoded error) or failed.
/// </summary>
public sealed record ChainStepView(long OutboxEntryId, string Status, string? TransactionHash, long? BlockNumber, string? Error)
{
    public static ChainStepView From(OutboxEntry entry) =>
        new(entry.Id, StatusOf(entry.Status), entry.TxHash, entry.BlockNumber,
            entry.Status is OutboxStatus.Reverted or OutboxStatus.Failed ? entry.Error : null);

    public static string StatusOf(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "queued",
        OutboxStatus.Signed or OutboxStatus.Broadcast or OutboxStatus.Mined => "submitted",
        OutboxStatus.Confirmed => "confirmed",
        OutboxStatus.Reverted => "reverted",
        _ => "failed",
    };
}

/// <summary>A page of credential requests, newest first; pass <see cref="NextCursor"/> as <c>cursor</c> for the next.</summary>
public sealed record CredentialPage(IReadOnlyList<CredentialView> Items, string? NextCursor);
