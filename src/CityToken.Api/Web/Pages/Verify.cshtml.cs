using System.Text;
using CityToken.Api.Credentials;
using CityToken.Api.Credentials.Verifiable;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages;

/// <summary>
/// The verifier's counter page (/verify): shows a fresh presentation challenge as a QR code, takes a scanned or pasted
/// presentation, and says plainly what it is (valid, expired, revoked, wrong signature, not for this verifier). Open to
/// anyone, or to signed-in staff when Credentials:VerifierAccess is "staff". Calls the services the API calls.
/// </summary>
public sealed class VerifyModel(PresentationChallenges challenges, PresentationVerifier verifier, IOptions<CredentialsOptions> options) : PageModel
{
    [BindProperty]
    public string? Presentation { get; set; }

    public PresentationChallenge? IssuedChallenge { get; private set; }

    /// <summary>What the challenge QR code holds: <c>{"challenge":"…","domain":"…"}</c> (the resident's portal reads it).</summary>
    public string ChallengeCode { get; private set; } = "";

    /// <summary>The challenge QR code as an SVG data URL (the page's content policy admits data: images, not inline SVG).</summary>
    public string ChallengeQr { get; private set; } = "";

    public PresentationVerification? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RefusedAsync() is { } refusal)
        {
            return refusal;
        }
        await NewChallengeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefusedAsync() is { } refusal)
        {
            return refusal;
        }
        var text = Presentation?.Trim() ?? "";
        if (CompactJwt.TryParse(text, out var jwt, out var reason))
        {
            Result = await verifier.VerifyAsync(jwt, cancellationToken);
        }
        else
        {
            ModelState.AddModelError(nameof(Presentation), "This is not a presentation (the code the resident's portal shows): " + reason);
        }
        await NewChallengeAsync(cancellationToken);
        return Page();
    }

    /// <summary>The verdict in plain words: the first error's, or "Valid".</summary>
    public static string Verdict(PresentationVerification result) => result.Verified ? "Valid" : Plain(result.Errors.Count > 0 ? result.Errors[0].Code : null);

    /// <summary>A status or error code in plain words.</summary>
    public static string Plain(string? code) => code switch
    {
        "valid" => "Valid",
        VerificationCodes.Revoked => "Revoked",
        VerificationCodes.Expired or VerificationCodes.PresentationExpired => "Expired",
        VerificationCodes.NotYetValid => "Not valid yet",
        VerificationCodes.InvalidSignature => "Wrong signature",
        VerificationCodes.DomainMismatch or VerificationCodes.ChallengeUnknown or VerificationCodes.ChallengeMissing => "Not for this verifier",
        VerificationCodes.ChallengeUsed => "Already shown once",
        VerificationCodes.UntrustedIssuer => "Not issued by a trusted issuer",
        VerificationCodes.SubjectNotHolder => "Not the holder's credential",
        VerificationCodes.WrongChain => "From another chain",
        _ => "Not valid",
    };

    private async Task NewChallengeAsync(CancellationToken cancellationToken)
    {
        IssuedChallenge = await challenges.IssueAsync(cancellationToken);
        ChallengeCode = JsonSerializer.Serialize(new { challenge = IssuedChallenge.Challenge, domain = IssuedChallenge.Domain });
        ChallengeQr = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(QrCodes.Svg(ChallengeCode)));
    }

    /// <summary>With Credentials:VerifierAccess "staff": the staff sign-in for a visitor without a staff session.</summary>
    private async Task<IActionResult?> RefusedAsync()
    {
        if (options.Value.VerifierAccess != "staff")
        {
            return null;
        }
        var staff = await HttpContext.AuthenticateAsync(StaffCookie.SchemeName);
        return staff.Succeeded && staff.Principal.Allows(AccessRules.Staff) ? null : Challenge(StaffCookie.SchemeName);
    }
}
