using CityToken.Api.Redemptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Catalog;

/// <summary>
/// The reward catalog as indexed; add a reward and change a reward's price, stock and active flag through the
/// service the catalog API uses (each a chain write through the outbox, visible here once indexed).
/// </summary>
public sealed class IndexModel(CatalogService catalog) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Price { get; set; }
    [BindProperty] public string? Stock { get; set; }
    [BindProperty] public string? Merchant { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<CatalogItemView> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stock ??= "unlimited";
        await LoadAsync(ct);
    }

    [HandlerRoles(Rule = nameof(AccessRules.CatalogManagers))]
    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var request = new CatalogItemRequest(
            Name, Description, Price?.Trim(), StockJson(Stock), string.IsNullOrWhiteSpace(Merchant) ? null : Merchant.Trim());
        var added = (await catalog.AddAsync(request, CurrentCaller.From(User), ct)).Audited(HttpContext, accepted => accepted.Id);
        if (added.Succeeded)
        {
            Message = $"Reward \"{Name?.Trim()}\" is on its way to the chain (request {added.Value.Id}); it is listed once indexed.";
            return RedirectToPage();
        }
        added.Problem.CopyTo(ModelState, field => char.ToUpperInvariant(field[0]) + field[1..]);
        await LoadAsync(ct);
        return Page();
    }

    [HandlerRoles(Rule = nameof(AccessRules.CatalogManagers))]
    public async Task<IActionResult> OnPostUpdateAsync(long id, string? rowPrice, string? rowStock, bool rowActive, CancellationToken ct)
    {
        var patch = new CatalogItemPatch(
            string.IsNullOrWhiteSpace(rowPrice) ? null : rowPrice.Trim(), StockJson(rowStock), rowActive, null, null);
        var updated = (await catalog.UpdateAsync(id, patch, CurrentCaller.From(User), ct)).Audited(HttpContext, _ => id);
        if (updated.Succeeded)
        {
            Message = $"The change to reward {id} is on its way to the chain (request {updated.Value.Id}); it shows once indexed.";
            return RedirectToPage();
        }
        // A row's small form has no field messages: its errors go to the page's summary.
        updated.Problem.CopyTo(ModelState, _ => "");
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The stock as the API reads it: a number, or the string "unlimited"; absent when blank.</summary>
    private static JsonElement? StockJson(string? stock) =>
        string.IsNullOrWhiteSpace(stock) ? null
        : JsonSerializer.SerializeToElement(
            ulong.TryParse(stock.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var units) ? (object)units : stock.Trim());

    private async Task LoadAsync(CancellationToken ct) => Items = (await catalog.ListAsync(ct)).Items;
}
