using CityToken.Api.Auth;
using System.Globalization;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Credentials;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Web.Pages.Admin.Credentials;

/// <summary>
/// Credentials: list with status and filters (did, type, status), issue a residency credential, revoke one. Every
/// read and write runs the credentials API's own handlers, so the same validation and outbox rules apply.
/// </summary>
public sealed class IndexModel(
    CityTokenDb db, TimeProvider time, CredentialTypes types, IOptions<ChainOptions> chainOptions,
    TransactionOutbox outbox, ChainGateway chain, PersonKeyDeriver personKeys) : PageModel
{
    /// <summary>The statuses a staff member filters by (the API's list, credential statuses first).</summary>
    public static readonly string[] Statuses = ["valid", "expired", "revoked", "pending", "queued", "submitted", "confirmed", "reverted", "failed"];

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

    [HandlerRoles(StaffRoles.Admin, StaffRoles.Registrar)]
    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var request = ApiOutcome.JsonRequest(HttpContext, new IssueCredentialRequest(
            Did?.Trim(), Type, OfficialId,
            ExpiresAt?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            FormKey is { Length: 32 } key && key.All(char.IsAsciiHexDigit) ? "dashboard-form:" + key : null));
        var result = ApiOutcome.Audited(HttpContext, await CredentialsApi.IssueAsync(request, User, db, outbox, chain, types, personKeys, chainOptions, time, ct));
        if (!ApiOutcome.CopyProblem(result, ModelState, field => char.ToUpperInvariant(field[0]) + field[1..])
            && ApiOutcome.ValueOf<CredentialView>(result) is { } issued)
        {
            Message = $"Credential request {issued.Id} ({issued.Type} for {issued.Did}) is {issued.Status}; it is listed as valid once the indexer sees it on chain.";
            return RedirectToPage();
        }
        OfficialId = null;
        await LoadAsync(ct);
        return Page();
    }

    [HandlerRoles(StaffRoles.Admin, StaffRoles.Registrar)]
    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        var result = ApiOutcome.Audited(HttpContext, await CredentialsApi.RevokeAsync(id.ToString(CultureInfo.InvariantCulture), User, db, outbox, chain, time, ct), id);
        if (!ApiOutcome.CopyProblem(result, ModelState) && ApiOutcome.ValueOf<CredentialView>(result) is { } revoked)
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

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await CredentialsApi.ListAsync(User, db, time, types, chainOptions, ct,
            did: NullIfBlank(FilterDid), status: NullIfBlank(FilterStatus), type: NullIfBlank(FilterType), cursor: NullIfBlank(Cursor));
        ApiOutcome.CopyProblem(result, ModelState, field => field switch
        {
            "did" => nameof(FilterDid),
            "type" => nameof(FilterType),
            "status" => nameof(FilterStatus),
            _ => nameof(Cursor),
        });
        var page = ApiOutcome.ValueOf<CredentialPage>(result);
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
