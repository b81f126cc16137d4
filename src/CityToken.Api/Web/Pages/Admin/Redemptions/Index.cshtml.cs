using CityToken.Api.Redemptions;
using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Redemptions;

/// <summary>
/// Every resident's redemptions (the list GET /api/redemptions answers): who, what, how much, the transaction and
/// the voucher's state. Staff never see voucher codes; only the resident's own session does.
/// </summary>
public sealed class IndexModel(StaffRedemptionList redemptions, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Resident { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<StaffRedemptionView> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await redemptions.ListAsync(NullIfBlank(Status), NullIfBlank(Resident), rewardId: null, NullIfBlank(Cursor), limit: null, ct);
        result.CopyProblemTo(ModelState, field => field switch
        {
            "status" => nameof(Status),
            "resident" => nameof(Resident),
            _ => nameof(Cursor),
        });
        var page = result.Value;
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
    }

    /// <summary>GET ?handler=Export: the redemptions these filters select as CSV, the same file as GET /api/redemptions/export.</summary>
    public async Task<IActionResult> OnGetExportAsync(bool? excel, CancellationToken ct) =>
        await (await redemptions.ExportAsync(NullIfBlank(Status), NullIfBlank(Resident), rewardId: null, ct)).ToCsv(excel).SendAsync(HttpContext);

    public Dictionary<string, string> NextPageRoute() => new()
    {
        [nameof(Status)] = Status ?? "",
        [nameof(Resident)] = Resident ?? "",
        [nameof(Cursor)] = NextCursor ?? "",
    };

    /// <summary>A link to the transaction on the configured explorer, or null (local chain: no explorer).</summary>
    public string? TxUrl(string txHash) =>
        options.Value.ExplorerTxUrl is { Length: > 0 } format ? string.Format(CultureInfo.InvariantCulture, format, txHash) : null;

    public static string Tokens(string baseUnits) => TokenDisplay.Amount(baseUnits);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
