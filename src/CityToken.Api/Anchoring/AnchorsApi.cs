namespace CityToken.Api.Anchoring;

/// <summary>Tamper-evident records over HTTP: hashes (or files hashed on the way in) to anchor, proofs, and the audit hash chain.</summary>
public static class AnchorsApi
{
    public static IEndpointRouteBuilder MapAnchorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/anchors").WithTags("Anchors");
        group.MapPost("/", SubmitAsync)
            .WithName("SubmitAnchor")
            .WithSummary("Queue a 32-byte hash (e.g. a document's SHA-256) for the next anchored tree (clerk, admin); the same hash again answers 200 with the same record.")
            .Accepts<AnchorRequest>("application/json")
            .Produces<AnchorAccepted>(StatusCodes.Status202Accepted)
            .RequireRoles(AccessRules.AnchorWriters);
        group.MapPost("/file", SubmitFileAsync).WithMetadata(OwnRequestBodyLimit.Instance)
            .WithName("SubmitAnchorFile")
            .WithSummary("Hash the request body (any file, streamed, SHA-256, never kept) and queue the hash (clerk, admin); ?label= optional. Larger than Anchoring:MaxUploadBytes: 413.")
            .Accepts<byte[]>("application/octet-stream")
            .Produces<AnchorAccepted>(StatusCodes.Status202Accepted)
            .RequireRoles(AccessRules.AnchorWriters);
        group.MapGet("/{hash}", GetAsync)
            .WithName("GetAnchor")
            .WithSummary("A record's anchoring: pending, or anchored with root, proof (StandardMerkleTree, [\"bytes32\"]), transaction, block and block time. Public.")
            .AllowAnonymous();
        group.MapGet("/{hash}/verification", CheckOnChainAsync)
            .WithName("CheckAnchorOnChain")
            .WithSummary("What RecordAnchor's verify(root, hash, proof) answers now for the record's proof, with the root's block time. Public; 409 while the record waits for a tree.")
            .AllowAnonymous();
        routes.MapGet("/api/audit/chain", ChainAsync)
            .WithTags("Anchors")
            .WithName("GetAuditChain")
            .WithSummary("The audit hash chain after link ?after= (default 0), ?limit= links (1 to 1000, default 500), each with its canonical entry: scripts/verify-audit.sh recomputes it and checks the anchored head.")
            .RequireRoles(AccessRules.AdminOrAuditor);
        return routes;
    }

    internal static async Task<Results<Accepted<AnchorAccepted>, Ok<AnchorAccepted>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest http, CurrentCaller caller, AnchorService anchors, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AnchorRequest>(http, cancellationToken);
        return body is null ? problem! : Answer(await anchors.SubmitAsync(body, caller, cancellationToken));
    }

    internal static async Task<Results<Accepted<AnchorAccepted>, Ok<AnchorAccepted>, ValidationProblem, ProblemHttpResult>> SubmitFileAsync(
        HttpContext context, string? label, CurrentCaller caller, AnchorService anchors, CancellationToken cancellationToken)
    {
        RequestBodyLimit.Apply(context, anchors.MaxUploadBytes);
        var outcome = await anchors.SubmitFileAsync(context.Request.Body, label, caller, cancellationToken);
        if (outcome.Problem?.Status == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of the body will not be read: close the connection after the answer rather than drain it.
            context.Response.Headers.Connection = "close";
        }
        return Answer(outcome);
    }

    internal static async Task<Results<Ok<AnchorView>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string hash, AnchorService anchors, CancellationToken cancellationToken) =>
        (await anchors.GetAsync(hash, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<AnchorChainCheck>, ValidationProblem, ProblemHttpResult>> CheckOnChainAsync(
        string hash, AnchorService anchors, CancellationToken cancellationToken) =>
        (await anchors.CheckOnChainAsync(hash, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<AuditChainPage>, ValidationProblem, ProblemHttpResult>> ChainAsync(
        long? after, int? limit, CityTokenDb db, CancellationToken cancellationToken)
    {
        if (after is < 0 || limit is < 1 or > 1_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [after is < 0 ? "after" : "limit"] = [after is < 0 ? "A link sequence, 0 or more." : "1 to 1000."],
            }, title: "The page is not valid.");
        }
        return TypedResults.Ok(await AuditChain.PageAsync(db, after ?? 0, limit ?? 500, cancellationToken));
    }

    /// <summary>202 for a new record, 200 for a hash submitted before (the same record), or the problem.</summary>
    private static Results<Accepted<AnchorAccepted>, Ok<AnchorAccepted>, ValidationProblem, ProblemHttpResult> Answer(Outcome<AnchorAccepted> outcome) =>
        outcome switch
        {
            { Succeeded: true, Value.Replayed: true } => TypedResults.Ok(outcome.Value),
            { Succeeded: true } => TypedResults.Accepted(outcome.Value!.StatusUrl, outcome.Value),
            { Problem.Errors: not null } => outcome.Problem.ToValidationProblem(),
            _ => outcome.Problem!.ToProblem(),
        };
}
