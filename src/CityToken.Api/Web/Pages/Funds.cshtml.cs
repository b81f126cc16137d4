using CityToken.Api.Funds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages;

/// <summary>
/// The public funds page (/funds): every project's budget against what was paid (a chart and a table), each
/// disbursement with who proposed and who approved it, its document hash and transactions; and a worker's wage check by
/// receipt code (posted, so the code stays out of addresses and logs). Open to anyone; reads the index only.
/// </summary>
public sealed class FundsModel(FundsQueries funds) : PageModel
{
    [BindProperty]
    public string? ReceiptCode { get; set; }

    public IReadOnlyList<FundsProjectView> Projects { get; private set; } = [];

    public IReadOnlyDictionary<long, IReadOnlyList<FundsDisbursementView>> Disbursements { get; private set; } =
        new Dictionary<long, IReadOnlyList<FundsDisbursementView>>();

    public FundsWageView? Wage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostWageAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ReceiptCode))
        {
            ModelState.AddModelError(nameof(ReceiptCode), "Enter the receipt code from your payslip.");
        }
        else
        {
            var wage = await funds.WageAsync(ReceiptCode, cancellationToken);
            if (wage.Succeeded)
            {
                Wage = wage.Value;
            }
            else
            {
                ModelState.AddModelError(nameof(ReceiptCode), wage.Problem.Detail ?? wage.Problem.Title);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Minor units as money: "1,234.56 CNY" (two decimals, none for currencies without minor units).</summary>
    public static string Money(string minorUnits, string currency)
    {
        var value = BigInteger.Parse(minorUnits, CultureInfo.InvariantCulture);
        var decimals = currency is "JPY" or "KRW" or "ISK" or "VND" ? 0 : 2;
        var scale = BigInteger.Pow(10, decimals);
        var whole = BigInteger.Divide(value, scale).ToString("N0", CultureInfo.InvariantCulture);
        return decimals == 0 ? $"{whole} {currency}"
            : $"{whole}.{BigInteger.Remainder(value, scale).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0')} {currency}";
    }

    /// <summary>A staff name, or a short account address.</summary>
    public static string Who(FundsActorView actor) => actor.Name ?? actor.Account ?? Abbrev(actor.Actor);

    public static string Abbrev(string hex) => hex.Length > 14 ? $"{hex[..8]}…{hex[^6..]}" : hex;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Projects = (await funds.ListProjectsAsync(cancellationToken)).Projects;
        var lists = new Dictionary<long, IReadOnlyList<FundsDisbursementView>>();
        foreach (var project in Projects)
        {
            lists[project.Id] = (await funds.ListDisbursementsAsync(project.Id, cancellationToken)).Value?.Disbursements ?? [];
        }
        Disbursements = lists;
    }
}
