using CityToken.Api.Credentials.Verifiable;

namespace CityToken.Api.Credentials;

/// <summary>
/// /api/credentials: binds the request, runs <see cref="CredentialService"/> and answers its outcome (202 with the
/// request's status URL, or problem+json).
/// </summary>
public static class CredentialsApi
{
    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/credentials").WithTags("Credentials");
        group.MapPost("/", IssueAsync)
            .WithName("IssueCredential")
            .WithSummary("Issue a credential to a did:ethr (registrar, admin): person key = HMAC of the official id; sent through the outbox.")
            .Accepts<IssueCredentialRequest>("application/json")
            .Produces<CredentialView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRoles(AccessRules.CredentialWriters);
        group.MapGet("/{id}", GetAsync)
            .WithName("GetCredential")
            .WithSummary("A credential request: status, transactions, and the on-chain credential once indexed (staff; a resident: their own).")
            .RequireRoles(AccessRules.CredentialReadersAndResidents);
        group.MapDelete("/{id}", RevokeAsync)
            .WithName("RevokeCredential")
            .WithSummary("Revoke the credential of a request (registrar, admin) through the outbox; repeating it answers the same revocation.")
            .Produces<CredentialView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(AccessRules.CredentialWriters);
        group.MapGet("/", ListAsync)
            .WithName("ListCredentials")
            .WithSummary("Credential requests, newest first; filter by did, type, status (valid, expired, revoked, pending, queued, submitted, confirmed, reverted, failed). A resident sees their own.")
            .RequireRoles(AccessRules.CredentialReadersAndResidents);
        group.MapGet("/export", ExportAsync)
            .WithName("ExportCredentials")
            .WithSummary("Every credential request the list's filters (did, type, status) select, newest first, as a streamed CSV file (no official ids); excel=true adds a UTF-8 byte order mark. A resident gets their own.")
            .RequireRoles(AccessRules.CredentialReadersAndResidents);
        routes.MapVerifiableCredentialsApi();
        return routes;
    }

    /// <summary>Reads the body itself (not by binding) so that a parse error never echoes it: it holds the official id.</summary>
    internal static async Task<Results<Accepted<CredentialView>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        HttpRequest http, CurrentCaller caller, CredentialService credentials, CancellationToken cancellationToken)
    {
        IssueCredentialRequest? body;
        try
        {
            body = await http.ReadFromJsonAsync<IssueCredentialRequest>(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            // The parser's message may quote the body (and so the official id): say only where it failed.
            var where = ex is JsonException json ? $" (at {json.Path}, line {json.LineNumber})" : "";
            return TypedResults.Problem($"The body must be a JSON object with did, type, officialId and expiresAt{where}.",
                statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON.");
        }
        if (body is null)
        {
            return TypedResults.Problem("The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest, title: "The body is missing.");
        }
        return (await credentials.IssueAsync(body, caller, cancellationToken)).ToAccepted(view => view.StatusUrl);
    }

    internal static async Task<Results<Ok<CredentialView>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string id, CurrentCaller caller, CredentialService credentials, CancellationToken cancellationToken) =>
        (await credentials.GetAsync(id, caller, cancellationToken)).ToOk();

    internal static async Task<Results<Accepted<CredentialView>, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        string id, CurrentCaller caller, CredentialService credentials, CancellationToken cancellationToken) =>
        (await credentials.RevokeAsync(id, caller, cancellationToken)).ToAccepted(view => view.StatusUrl);

    internal static async Task<Results<Ok<CredentialPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        CurrentCaller caller, CredentialService credentials, CancellationToken cancellationToken,
        string? did = null, string? status = null, string? type = null, string? cursor = null, int? limit = null) =>
        (await credentials.ListAsync(new CredentialQuery(did, status, type, cursor, limit), caller, cancellationToken)).ToOk();

    internal static async Task<Results<CsvFileResult<CredentialView>, ValidationProblem, ProblemHttpResult>> ExportAsync(
        CurrentCaller caller, CredentialService credentials, CancellationToken cancellationToken,
        string? did = null, string? status = null, string? type = null, bool? excel = null) =>
        (await credentials.ExportAsync(new CredentialQuery(did, status, type), caller, cancellationToken)).ToCsv(excel);
}
