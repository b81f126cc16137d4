using CityToken.Api.Anchoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Anchors;

/// <summary>
/// Clerks and admins register documents for anchoring: the browser computes the SHA-256 (admin-anchors.js), the form
/// sends only the hash to the service POST /api/anchors uses (<see cref="AnchorService"/>); the latest records and
/// their status below.
/// </summary>
public sealed class IndexModel(AnchorService anchors, IOptions<AnchoringOptions> options) : PageModel
{
    [BindProperty] public string? Hash { get; set; }
    [BindProperty] public string? Label { get; set; }

    public AnchorAccepted? Submitted { get; private set; }

    public IReadOnlyList<AnchorListItem> Recent { get; private set; } = [];

    public int IntervalSeconds => options.Value.IntervalSeconds;

    public int MaxLabelLength => options.Value.MaxLabelLength;

    public async Task OnGetAsync(CancellationToken ct) => Recent = await anchors.LatestAsync(50, ct);

    [HandlerRoles(Rule = nameof(AccessRules.AnchorWriters))]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = (await anchors.SubmitAsync(new AnchorRequest(Hash?.Trim(), Label), CurrentCaller.From(User), ct)).Audited(HttpContext, a => a.Id);
        if (outcome.Succeeded)
        {
            Submitted = outcome.Value;
            Hash = null;
            Label = null;
            ModelState.Clear();
        }
        else
        {
            outcome.Problem.CopyTo(ModelState, field => field == "label" ? nameof(Label) : nameof(Hash));
        }
        Recent = await anchors.LatestAsync(50, ct);
        return Page();
    }
}
