using System.Globalization;
using System.Numerics;
using CityToken.Api.Redemptions;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Web.Pages.Admin.Redemptions;

/// <summary>
/// Every resident's redemptions (read from GET /api/redemptions' own handler): who, what, how much, the transaction and
/// the voucher's state. Staff never see voucher codes; only the resident's own session does.
/// </summary>
public sealed class IndexModel(CityTokenDb db, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Resident { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<StaffRedemptionView> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await StaffRedemptionList.ListAsync(db, ct, status: NullIfBlank(Status), resident: NullIfBlank(Resident), cursor: NullIfBlank(Cursor));
        ApiOutcome.CopyProblem(result, ModelState, field => field switch
        {
            "status" => nameof(Status),
            "resident" => nameof(Resident),
            _ => nameof(Cursor),
        });
        var page = ApiOutcome.ValueOf<StaffRedemptionPage>(result);
        Items = page?.Items ?? [];
        NextCursor = page?.NextCursor;
    }

    public Dictionary<string, string> NextPageRoute() => new()
    {
        [nameof(Status)] = Status ?? "",
        [nameof(Resident)] = Resident ?? "",
        [nameof(Cursor)] = NextCursor ?? "",
    };

    /// <summary>A link to the transaction on the configured explorer, or null (local chain: no explorer).</summary>
    public string? TxUrl(string txHash) =>
        options.Value.ExplorerTxUrl is { Length: > 0 } format ? string.Format(CultureInfo.InvariantCulture, format, txHash) : null;

    public static string Tokens(string baseUnits) => TokenAmount.FormatTokens(BigInteger.Parse(baseUnits, CultureInfo.InvariantCulture));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
