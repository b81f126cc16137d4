using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace CityToken.Api.Auth.Siwe;

/// <summary>Asks to sign in: the EIP-4361 message exactly as signed, and its EIP-191 signature (0x + 130 hex digits).</summary>
public sealed record SiweVerifyRequest(string? Message, string? Signature);

/// <summary>A nonce to put in the message, and what else the message must name to be accepted here.</summary>
public sealed record SiweNonceResponse(string Nonce, DateTimeOffset ExpiresAt, string Domain, string Uri, long ChainId);

/// <summary>Who the caller is: a resident (address) or a staff key (name, id, roles).</summary>
public sealed record WhoAmIResponse(string Kind, string? Address, string? Name, int? KeyId, IReadOnlyList<string> Roles, DateTimeOffset? ExpiresAt);

public static class ResidentAuthApi
{
    /// <summary>Sign-In with Ethereum and the caller's identity under /api/auth.</summary>
    public static IEndpointRouteBuilder MapResidentAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");
        group.MapGet("/siwe/nonce", Nonce).AllowAnonymous()
            .WithName("GetSiweNonce")
            .WithSummary("A single-use nonce for a Sign-In with Ethereum (EIP-4361) message, with the domain, URI and chain id the message must name.");
        group.MapPost("/siwe/verify", Verify).AllowAnonymous()
            .WithName("VerifySiwe")
            .WithSummary("Checks a signed EIP-4361 message (domain, URI, chain, nonce, times, signature) and starts a resident session cookie.");
        group.MapPost("/signout", (Delegate)SignOut).AllowAnonymous()
            .WithName("SignOut")
            .WithSummary("Ends the resident session (clears its cookie).");
        group.MapGet("/me", Me).RequireAuthorization(AuthPolicies.ResidentOrStaff)
            .WithName("GetAuthMe")
            .WithSummary("Who the caller is: the signed-in resident's address, or the staff key's name and roles.");
        return routes;
    }

    internal static async Task<Ok<SiweNonceResponse>> Nonce(SiweVerifier verifier, IOptions<SiweOptions> options, HttpResponse response, CancellationToken ct)
    {
        var nonce = await verifier.IssueNonceAsync(ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SiweNonceResponse(nonce.Value, DateTimeOffset.FromUnixTimeSeconds(nonce.ExpiresAt),
            options.Value.Domain, options.Value.Uri, verifier.ChainId));
    }

    internal static async Task<Results<Ok<WhoAmIResponse>, ValidationProblem, ProblemHttpResult>> Verify(
        SiweVerifyRequest request, HttpContext http, SiweVerifier verifier, IOptions<SiweOptions> options, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        SiweMessage? message = null;
        if (request.Message is not { Length: > 0 and <= 8192 })
        {
            errors["message"] = ["Required: the EIP-4361 message exactly as signed (at most 8192 characters)."];
        }
        else if (!SiweMessage.TryParse(request.Message, out message, out var error))
        {
            errors["message"] = [error];
        }
        // Malformed signatures stop here (400), before the nonce is looked up and before any recovery is tried.
        if (EcdsaSignature.Defect(request.Signature, acceptRecoveryIdAsV: true) is { } defect)
        {
            errors["signature"] = ["Required: the EIP-191 (personal_sign) signature, " + defect];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The sign-in request is malformed.");
        }

        var refusal = await verifier.VerifyAsync(message!, request.Message!, EcdsaSignature.WithOffsetV(request.Signature!), ct);
        if (refusal is not null)
        {
            return TypedResults.Problem(refusal.Detail, statusCode: refusal.Status, title: refusal.Title,
                extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
        }

        var now = time.GetUtcNow();
        var expiresAt = now.AddMinutes(options.Value.SessionLifetimeMinutes);
        if (message!.ExpirationTime is { } messageExpiry && messageExpiry < expiresAt)
        {
            expiresAt = messageExpiry;
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, message.Address),
                new Claim(ClaimTypes.Name, message.Address),
                new Claim(ClaimTypes.Role, ResidentRoles.Resident),
            ],
            AuthSchemes.Resident);
        await http.SignInAsync(AuthSchemes.Resident, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expiresAt, AllowRefresh = false });
        return TypedResults.Ok(new WhoAmIResponse("resident", message.Address, null, null, [ResidentRoles.Resident], expiresAt));
    }

    internal static async Task<NoContent> SignOut(HttpContext http)
    {
        await http.SignOutAsync(AuthSchemes.Resident);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<WhoAmIResponse>> Me(ClaimsPrincipal user, CurrentCaller caller, HttpContext http)
    {
        // The roles in the order the principal holds them (the caller's set has none).
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        if (caller.ResidentAddress is { } address)
        {
            var session = await http.AuthenticateAsync(AuthSchemes.Resident);
            return TypedResults.Ok(new WhoAmIResponse("resident", address, null, null, roles, session.Properties?.ExpiresUtc));
        }
        return TypedResults.Ok(new WhoAmIResponse("staff", null, caller.Name, caller.StaffKeyId, roles, null));
    }
}
