using System.Text;
using System.Text.Json.Nodes;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// The credential layer over HTTP: a credential's VC JWT (its subject and staff), the status lists and the DID
/// Configuration (anyone), and the verifier: presentation challenges, verification, and QR codes of presentations.
/// </summary>
public static class VerifiableCredentialsApi
{
    /// <summary>The media type of a JWT-encoded Verifiable Credential (the status lists).</summary>
    public const string VcJwt = "application/vc+jwt";

    public static IEndpointRouteBuilder MapVerifiableCredentialsApi(this IEndpointRouteBuilder routes)
    {
        var credentials = routes.MapGroup("/api/credentials").WithTags("Credentials");
        credentials.MapGet("/{id}/vc", GetCredentialJwtAsync)
            .WithName("GetVerifiableCredential")
            .WithSummary("The W3C Verifiable Credential (JWT, ES256K-R, issued by the city's DID) of an on-chain credential, by credential request id: its subject (SIWE session) and staff.")
            .RequireRoles(AccessRules.CredentialReadersAndResidents);
        credentials.MapGet("/status/{list}", GetStatusListAsync)
            .AllowAnonymous()
            .WithName("GetCredentialStatusList")
            .WithSummary("A revocation status list (W3C Bitstring Status List) as a signed BitstringStatusListCredential JWT (application/vc+jwt).")
            .Produces<string>(StatusCodes.Status200OK, VcJwt)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/.well-known/did-configuration.json", GetDidConfiguration)
            .AllowAnonymous()
            .WithTags("Credentials")
            .WithName("GetDidConfiguration")
            .WithSummary("DIF Well-Known DID Configuration: a DomainLinkageCredential linking this origin to the city's DID.");

        var presentations = routes.MapGroup("/api/presentations").WithTags("Presentations");
        var staffOnly = routes.ServiceProvider.GetRequiredService<IOptions<CredentialsOptions>>().Value.VerifierAccess == "staff";
        var challenge = presentations.MapGet("/challenge", IssueChallengeAsync)
            .WithName("GetPresentationChallenge")
            .WithSummary("A single-use, short-lived challenge for a presentation (its nonce) and the domain its aud must name.");
        var verify = presentations.MapPost("/verify", VerifyAsync)
            .WithName("VerifyPresentation")
            .WithSummary("Verifies a JWT Verifiable Presentation: holder's signature, challenge (once), domain, and each credential's issuer, signature, subject, validity and revocation. 200 with verified and stable error codes.")
            .Accepts<VerifyPresentationRequest>("application/json")
            .ProducesValidationProblem();
        foreach (var endpoint in new[] { challenge, verify })
        {
            if (staffOnly)
            {
                endpoint.RequireRoles(AccessRules.Staff);
            }
            else
            {
                endpoint.AllowAnonymous();
            }
        }
        presentations.MapPost("/qr", PresentationQrAsync)
            .AllowAnonymous()
            .WithName("GetPresentationQrCode")
            .WithSummary("An SVG QR code of a presentation JWT (at most 2,953 bytes), to show to a verifier's scanner.")
            .Accepts<VerifyPresentationRequest>("application/json")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesValidationProblem();
        return routes;
    }

    internal static async Task<Results<Ok<CredentialJwt>, ValidationProblem, ProblemHttpResult>> GetCredentialJwtAsync(
        string id, CurrentCaller caller, CredentialService credentials, CredentialDocuments documents, CityTokenDb db, CancellationToken cancellationToken) =>
        (await CredentialJwtAsync(id, caller, credentials, documents, db, cancellationToken)).ToOk();

    /// <summary>The VC JWT of a credential request the caller may see (the same rule as GET /api/credentials/{id}), once on chain.</summary>
    private static async Task<Outcome<CredentialJwt>> CredentialJwtAsync(
        string id, CurrentCaller caller, CredentialService credentials, CredentialDocuments documents, CityTokenDb db, CancellationToken cancellationToken)
    {
        var request = await credentials.GetAsync(id, caller, cancellationToken);
        if (!request.Succeeded)
        {
            return request.Problem;
        }
        var record = request.Value.CredentialId is { } credentialId
            ? await db.Set<CredentialRecord>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == credentialId, cancellationToken)
            : null;
        if (record is null)
        {
            return Problem.Conflict("The credential is not on chain.",
                $"Credential request {request.Value.Id} is {request.Value.Status}: its Verifiable Credential exists once the credential is on chain and indexed.");
        }
        return new CredentialJwt(documents.Credential(record));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetStatusListAsync(
        string list, CredentialDocuments documents, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!long.TryParse(list, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > StatusList.MaxList)
        {
            return Problem.BadRequest("Unknown status list.", $"A status list is named by a whole number from 0 to {StatusList.MaxList}, not '{list}'.").ToProblem();
        }
        // Revocations show at once: no cache beyond the list's own ttl hint.
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(await documents.StatusListCredentialAsync(number, cancellationToken), VcJwt, Encoding.UTF8);
    }

    internal static Ok<JsonObject> GetDidConfiguration(CredentialDocuments documents) => TypedResults.Ok(documents.DidConfiguration());

    internal static async Task<Ok<PresentationChallenge>> IssueChallengeAsync(PresentationChallenges challenges, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await challenges.IssueAsync(cancellationToken));
    }

    internal static async Task<Results<Ok<PresentationVerification>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        HttpRequest http, PresentationVerifier verifier, CancellationToken cancellationToken)
    {
        var (jwt, unreadable, invalid) = await ReadPresentationAsync(http, CompactJwt.MaxLength, cancellationToken);
        if (jwt is null)
        {
            return unreadable is null ? invalid! : unreadable;
        }
        return TypedResults.Ok(await verifier.VerifyAsync(jwt, cancellationToken));
    }

    internal static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> PresentationQrAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var (jwt, unreadable, invalid) = await ReadPresentationAsync(http, QrCodes.MaxBytes, cancellationToken);
        if (jwt is null)
        {
            return unreadable is null ? invalid! : unreadable;
        }
        return TypedResults.Text(QrCodes.Svg(jwt.Token), "image/svg+xml", Encoding.UTF8);
    }

    /// <summary>The body's presentation as a parsed compact JWT, or the 400 problem saying why it is none (an unreadable body, an invalid field).</summary>
    private static async Task<(CompactJwt? Jwt, ProblemHttpResult? Unreadable, ValidationProblem? Invalid)> ReadPresentationAsync(
        HttpRequest http, int maxLength, CancellationToken cancellationToken)
    {
        var (body, unreadable) = await JsonBody.ReadAsync<VerifyPresentationRequest>(http, cancellationToken);
        if (unreadable is not null)
        {
            return (null, unreadable, null);
        }
        string error;
        if (body!.Presentation is not { Length: > 0 } text)
        {
            error = "Required: a JWT Verifiable Presentation (compact serialisation).";
        }
        else if (text.Length > maxLength)
        {
            error = $"At most {maxLength} characters; this presentation has {text.Length}.";
        }
        else if (!CompactJwt.TryParse(text.Trim(), out var jwt, out var reason))
        {
            error = "Not a compact JWT: " + reason;
        }
        else
        {
            return (jwt, null, null);
        }
        return (null, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["presentation"] = [error] }, title: "The presentation cannot be read."));
    }
}
