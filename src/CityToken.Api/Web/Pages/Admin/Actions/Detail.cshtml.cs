using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Actions;

/// <summary>One action: what was reported, evidence, where it stands, its mint transaction; retry when it failed.</summary>
public sealed class DetailModel(ActionService actions, CityTokenDb db, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public ActionResponse? Action { get; private set; }

    /// <summary>The evidence as reported (the API's action answer does not carry it).</summary>
    public string? Evidence { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Action = (await actions.GetAsync(Id, CurrentCaller.From(User), ct)).Value;
        if (Action is null)
        {
            return NotFound();
        }
        Evidence = await db.Set<CivicAction>().AsNoTracking().Where(a => a.Id == Id).Select(a => a.Evidence).SingleAsync(ct);
        return Page();
    }

    [HandlerRoles(Rule = nameof(AccessRules.Admins))]
    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        var outcome = (await actions.RetryAsync(Id, ct)).Audited(HttpContext, _ => Id);
        if (outcome.CopyProblemTo(ModelState))
        {
            Message = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        else
        {
            Message = $"Action {Id} is queued again.";
        }
        return RedirectToPage(new { id = Id });
    }

    /// <summary>A link to the transaction on the configured explorer, or null (local chain: no explorer).</summary>
    public string? TxUrl(string txHash) =>
        options.Value.ExplorerTxUrl is { Length: > 0 } format ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, txHash) : null;

    /// <summary>Evidence given as a web address becomes a link; anything else is shown as text.</summary>
    public static bool IsLink(string evidence) =>
        Uri.TryCreate(evidence, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}
