using Nethereum.Util;

namespace CityToken.Api.Credentials;

/// <summary>
/// A request with its outbox entries and, once indexed, the credential its issue transaction created. Built with
/// member initialisers (not a constructor) so that EF Core can translate filters on it.
/// </summary>
internal sealed record CredentialRow
{
    public required CredentialRequest Request { get; init; }

    public required OutboxEntry Issue { get; init; }

    public OutboxEntry? Revoke { get; init; }

    public CredentialRecord? Credential { get; init; }

    /// <summary>The statuses a list filters by: the credential's own first, then its issue transaction's.</summary>
    public static readonly string[] Statuses = ["valid", "expired", "revoked", "pending", "queued", "submitted", "confirmed", "reverted", "failed"];

    public static IQueryable<CredentialRow> Query(CityTokenDb db) =>
        from request in db.Set<CredentialRequest>().AsNoTracking()
        join issue in db.Set<OutboxEntry>() on request.IssueEntryId equals issue.Id
        join revoke in db.Set<OutboxEntry>() on request.RevokeEntryId equals (long?)revoke.Id into revokes
        from revoke in revokes.DefaultIfEmpty()
        join credential in db.Set<CredentialRecord>() on issue.TxHash equals credential.IssuedTransaction into credentials
        from credential in credentials.DefaultIfEmpty()
        select new CredentialRow { Request = request, Issue = issue, Revoke = revoke, Credential = credential };

    /// <summary>Rows whose status at chain time <paramref name="now"/> is <paramref name="status"/> (one of <see cref="Statuses"/>; null: all).</summary>
    public static IQueryable<CredentialRow> WithStatus(IQueryable<CredentialRow> query, string? status, long now) => status switch
    {
        "revoked" => query.Where(r => r.Credential != null && r.Credential.RevokedAt != null && r.Credential.RevokedAt <= now),
        "expired" => query.Where(r => r.Credential != null && (r.Credential.RevokedAt == null || r.Credential.RevokedAt > now) && r.Credential.ExpiresAt <= now),
        "pending" => query.Where(r => r.Credential != null && (r.Credential.RevokedAt == null || r.Credential.RevokedAt > now) && r.Credential.ExpiresAt > now && r.Credential.IssuedAt > now),
        "valid" => query.Where(r => r.Credential != null && (r.Credential.RevokedAt == null || r.Credential.RevokedAt > now) && r.Credential.ExpiresAt > now && r.Credential.IssuedAt <= now),
        "queued" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Queued),
        "submitted" => query.Where(r => r.Credential == null && (r.Issue.Status == OutboxStatus.Signed || r.Issue.Status == OutboxStatus.Broadcast || r.Issue.Status == OutboxStatus.Mined)),
        "confirmed" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Confirmed),
        "reverted" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Reverted),
        "failed" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Failed),
        _ => query,
    };

    /// <summary>This row as the API shows it, with statuses judged at chain time <paramref name="now"/>.</summary>
    public CredentialView Describe(long now) => new(
        Request.Id, Request.Did, AddressUtil.Current.ConvertToChecksumAddress(Request.Subject), Request.CredentialType,
        ChainClock.ToTime(Request.ExpiresAt),
        Credential?.StatusAt(now) ?? ChainStepView.StatusOf(Issue.Status),
        Credential?.Id,
        Credential is null ? null : ChainClock.ToTime(Credential.IssuedAt),
        Credential?.RevokedAt is { } revokedAt ? ChainClock.ToTime(revokedAt) : null,
        Credential?.RevocationReason switch { null => null, 1 => "superseded", _ => "revoked" },
        Credential?.SupersededBy,
        Request.DataHash,
        ChainStepView.From(Issue),
        Revoke is null ? null : ChainStepView.From(Revoke),
        Request.RequestedBy,
        Request.RequestedAt,
        $"/api/credentials/{Request.Id}");
}
