using CityToken.Api.Credentials;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Credentials;

/// <summary>
/// Credentials: list with status and filters (did, type, status), issue a residency credential, revoke one. Every
/// read and write runs the <see cref="CredentialService"/> the API runs, so the same validation and outbox rules apply.
/// </summary>
public sealed class IndexModel(CredentialService credentials, CredentialTypes types, TimeProvider time) : PageModel
{
    /// <summary>The statuses a staff member filters by (the API's list, credential statuses first).</summary>
    public static IReadOnlyList<string> Statuses => CredentialRow.Statuses;

    [BindProperty(SupportsGet = true)] public string? FilterDid { get; set; }
    [BindProperty(SupportsGet = true)] public string? FilterType { get; set; }
    [BindProperty(SupportsGet = true)] public string? FilterStatus { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    [BindProperty] public string? Did { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? OfficialId { get; set; }
    [BindProperty] public DateOnly? ExpiresAt { get; set; }

    /// <summary>Names this form's submission (the API's idempotency key): a double click or a resent form issues once.</summary>
    [BindProperty] public string? FormKey { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<CredentialView> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IReadOnlyList<string> Types => types.Names;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Type ??= CredentialTypes.Resident;
        FormKey = Guid.NewGuid().ToString("N");
        ExpiresAt ??= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(1);
        await LoadAsync(ct);
    }

    [HandlerRoles(Rule = nameof(AccessRules.CredentialWriters))]
    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var request = new IssueCredentialRequest(
            Did?.Trim(), Type, OfficialId,
            ExpiresAt?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            FormKey is { Length: 32 } key && key.All(char.IsAsciiHexDigit) ? "dashboard-form:" + key : null);
        var outcome = (await credentials.IssueAsync(request, CurrentCaller.From(User), ct)).Audited(HttpContext, issued => issued.Id);
        if (!outcome.CopyProblemTo(ModelState, field => char.ToUpperInvariant(field[0]) + field[1..]) && outcome.Value is { } issued)
        {
            Message = $"Credential request {issued.Id} ({issued.Type} for {issued.Did}) is {issued.Status}; it is listed as valid once the indexer sees it on chain.";
            return RedirectToPage();
        }
        OfficialId = null;
        await LoadAsync(ct);
        return Page();
    }

    [HandlerRoles(Rule = nameof(AccessRules.CredentialWriters))]
    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        var outcome = (await credentials.RevokeAsync(id.ToString(CultureInfo.InvariantCulture), CurrentCaller.From(User), ct)).Audited(HttpContext, _ => id);
        if (!outcome.CopyProblemTo(ModelState) && outcome.Value is { } revoked)
        {
            Message = $"Revocation of credential {revoked.CredentialId} ({revoked.Did}) is {revoked.Revocation?.Status ?? "queued"}.";
            return RedirectToPage(new { FilterDid, FilterType, FilterStatus });
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Revocable: on chain, not revoked, and no revocation asked for yet.</summary>
    public static bool MayRevoke(CredentialView c) => c.CredentialId is not null && c.RevokedAt is null && c.Revocation is null;

    public Dictionary<string, string> NextPageRoute() => new()
    {
        [nameof(FilterDid)] = FilterDid ?? "",
        [nameof(FilterType)] = FilterType ?? "",
        [nameof(FilterStatus)] = FilterStatus ?? "",
        [nameof(Cursor)] = NextCursor ?? "",
    };

    /// <summary>GET ?handler=Export: the credentials these filters select as CSV, the same file as GET /api/credentials/export (no official ids).</summary>
    public async Task<IActionResult> OnGetExportAsync(bool? excel, CancellationToken ct) =>
        await (await credentials.ExportAsync(new CredentialQuery(NullIfBlank(FilterDid), NullIfBlank(FilterStatus), NullIfBlank(FilterType)),
            CurrentCaller.From(User), ct)).ToCsv(excel).SendAsync(HttpContext);

    private async Task LoadAsync(CancellationToken ct)
    {
        var outcome = await credentials.ListAsync(
            new CredentialQuery(NullIfBlank(FilterDid), NullIfBlank(FilterStatus), NullIfBlank(FilterType), NullIfBlank(Cursor)), CurrentCaller.From(User), ct);
        outcome.CopyProblemTo(ModelState, field => field switch
        {
            "did" => nameof(FilterDid),
            "type" => nameof(FilterType),
            "status" => nameof(FilterStatus),
            _ => nameof(Cursor),
        });
        Items = outcome.Value?.Items ?? [];
        NextCursor = outcome.Value?.NextCursor;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
