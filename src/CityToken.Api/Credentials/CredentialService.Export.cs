namespace CityToken.Api.Credentials;

/// <summary>
/// The CSV export of <see cref="CredentialService"/>: the list's filters and visibility, every matching request. No
/// column holds an official id (never stored) or a person key (the pseudonym of one): the file leaves the system.
/// </summary>
public sealed partial class CredentialService
{
    /// <summary>The columns of GET /api/credentials/export, named as the list's JSON fields (issue.* flattened).</summary>
    public static readonly IReadOnlyList<CsvColumn<CredentialView>> ExportColumns =
    [
        new("id", c => CsvText.Number(c.Id)),
        new("did", c => c.Did),
        new("subject", c => c.Subject),
        new("type", c => c.Type),
        new("status", c => c.Status),
        new("expiresAt", c => CsvText.Time(c.ExpiresAt)),
        new("credentialId", c => CsvText.Number(c.CredentialId)),
        new("issuedAt", c => CsvText.Time(c.IssuedAt)),
        new("revokedAt", c => CsvText.Time(c.RevokedAt)),
        new("revocationReason", c => c.RevocationReason),
        new("supersededBy", c => CsvText.Number(c.SupersededBy)),
        new("issueTransactionHash", c => c.Issue.TransactionHash),
        new("issueBlockNumber", c => CsvText.Number(c.Issue.BlockNumber)),
        new("requestedBy", c => c.RequestedBy),
        new("requestedAt", c => CsvText.Time(c.RequestedAt)),
    ];

    /// <summary>Every request the filters of <see cref="ListAsync"/> select (did, status, type), newest first, streamed.</summary>
    public async Task<Outcome<CsvExport<CredentialView>>> ExportAsync(CredentialQuery filter, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var (query, now) = await FilterAsync(filter, caller, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The query is not valid.");
        }
        return new CsvExport<CredentialView>("credentials", ExportColumns, Describe(query.OrderByDescending(r => r.Request.Id).AsAsyncEnumerable(), now));
    }

    private static async IAsyncEnumerable<CredentialView> Describe(IAsyncEnumerable<CredentialRow> rows, long now)
    {
        await foreach (var row in rows)
        {
            yield return row.Describe(now);
        }
    }
}
