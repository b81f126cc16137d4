using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages;

/// <summary>
/// The public document check (/verify-document): everything happens in the browser (verify-document.js): the file's
/// SHA-256 by WebCrypto, the proof from GET /api/anchors/{hash}, the Merkle proof checked in JS and the root's anchoring
/// asked of the contract through GET /api/anchors/{hash}/verification.
/// </summary>
public sealed class VerifyDocumentModel : PageModel
{
    public void OnGet()
    {
        // Static page: the work is the browser's.
    }
}
