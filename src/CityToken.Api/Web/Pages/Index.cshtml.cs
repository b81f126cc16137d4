using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages;

/// <summary>
/// The resident portal. Everything resident-specific happens in the browser (/js/portal.js) against the public read
/// API, with the resident's own wallet: the server never sees a resident's key.
/// </summary>
public sealed class IndexModel(IOptions<ChainOptions> chain) : PageModel
{
    /// <summary>The chain the service runs on; the wallet must be on it (31337 on a local Hardhat chain).</summary>
    public long ChainId => chain.Value.ChainId;

    public void OnGet()
    {
    }
}
