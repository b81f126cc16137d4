using CityToken.Api.Ballots;
using CityToken.Api.Credentials;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Ballots;

/// <summary>One ballot's results (tallies, turnout, quorum, final) as indexed, drawn as a bar chart by admin.js.</summary>
public sealed class DetailModel(BallotQueries queries, CredentialTypes types) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }

    public BallotResponse? Ballot { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Ballot = (await queries.GetAsync(Id.ToString(CultureInfo.InvariantCulture), ct)).Value;
        return Ballot is null ? NotFound() : Page();
    }

    /// <summary>The credential a voter needs, by name (the index holds the on-chain type hash).</summary>
    public string TypeName => Ballot is null ? "" : types.NameOf(Ballot.CredentialType);

    public static string LabelOf(BallotOptionTally option) => option.Label ?? $"option {option.Option + 1}";
}
