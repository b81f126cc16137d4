using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages;

/// <summary>
/// The resident portal. Everything resident-specific happens in the browser (/js/portal.js) against the public read
/// API, with the resident's own wallet: the server never sees a resident's key.
/// </summary>
public sealed class IndexModel(IOptions<ChainOptions> chain, ChainGateway gateway) : PageModel
{
    /// <summary>
    /// The chain the service runs on (the wallet must be on it) and what a wallet needs to add it: name, public RPC
    /// URL and native currency.
    /// </summary>
    public ChainOptions Chain => chain.Value;

    /// <summary>The token's address for wallet_watchAsset; empty without a usable deployment (the button stays hidden).</summary>
    public string TokenAddress { get; private set; } = "";

    public void OnGet()
    {
        TokenAddress = ContractAddress.TryGet(gateway, ContractNames.CivicToken, out var address, out _) ? address : "";
    }
}
