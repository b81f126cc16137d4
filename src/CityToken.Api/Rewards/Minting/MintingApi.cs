using Hangfire;

namespace CityToken.Api.Rewards.Minting;

/// <summary>A mint batch as staff see it. <c>total</c> in base units, as a decimal string.</summary>
public sealed record MintBatchResponse(
    long Id, string BatchId, string Status, int ActionCount, int RecipientCount, string Total, long OutboxEntryId,
    string? TxHash, long? BlockNumber, string? Reason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MintBatchResponse Of(MintBatch b) => new(
        b.Id, b.BatchId, b.Status, b.ActionCount, b.RecipientCount, b.Total.ToString(CultureInfo.InvariantCulture),
        b.OutboxEntryId, b.TxHash, b.BlockNumber, b.Reason, b.CreatedAt, b.UpdatedAt);
}

/// <summary>A page of batches, newest first; pass <c>nextCursor</c> as <c>cursor</c> (null at the end).</summary>
public sealed record MintBatchPage(IReadOnlyList<MintBatchResponse> Items, string? NextCursor);

/// <summary>A batching run was requested.</summary>
public sealed record MintRunRequested(string JobId);

/// <summary>Mint batches under /api/mint-batches, reconciliation under /api/rewards/reconciliation, and /hangfire; the work is <see cref="MintingService"/>'s.</summary>
public static class MintingApi
{
    public static IEndpointRouteBuilder MapMintingApi(this IEndpointRouteBuilder routes)
    {
        var batches = routes.MapGroup("/api/mint-batches").WithTags("Minting");
        batches.MapGet("/", List).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("ListMintBatches").WithSummary("Mint batches, newest first, by status, with cursor pagination (admin, auditor).");
        batches.MapGet("/export", Export).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("ExportMintBatches").WithSummary("Every mint batch the list's filter (status) selects, newest first, as a streamed CSV file; excel=true adds a UTF-8 byte order mark (admin, auditor).");
        batches.MapGet("/{id:long}", Get).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("GetMintBatch").WithSummary("One mint batch: its actions' count, recipients, total, outbox entry and transaction (admin, auditor).");
        batches.MapPost("/run", Run).RequireRoles(AccessRules.Admins)
            .WithName("RunMintBatching").WithSummary("Starts a batching run now instead of at the next trigger (admin).");

        var reconciliation = routes.MapGroup("/api/rewards/reconciliation").WithTags("Minting").RequireAuthorization(RewardsPolicies.AdminOrAuditor);
        reconciliation.MapGet("/", Latest)
            .WithName("GetRewardsReconciliation").WithSummary("The latest reconciliation report: confirmed actions vs minted amounts, program totals vs budgets (admin, auditor).");
        reconciliation.MapPost("/", Reconcile)
            .WithName("RunRewardsReconciliation").WithSummary("Runs the reconciliation now and returns its report; differences are reported, never fixed (admin, auditor).");

        // The dashboard's own filters are off: the endpoint's authorization (admin) decides.
        routes.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AsyncAuthorization = [], DisplayStorageConnectionString = false })
            .RequireRoles(AccessRules.Admins);
        return routes;
    }

    internal static async Task<Results<Ok<MintBatchPage>, ValidationProblem, ProblemHttpResult>> List(
        string? status, string? cursor, int? limit, MintingService minting, CancellationToken ct) =>
        (await minting.ListBatchesAsync(status, cursor, limit, ct)).ToOk();

    internal static Results<CsvFileResult<MintBatch>, ValidationProblem, ProblemHttpResult> Export(string? status, bool? excel, MintingService minting) =>
        minting.ExportBatches(status).ToCsv(excel);

    internal static async Task<Results<Ok<MintBatchResponse>, ProblemHttpResult>> Get(long id, MintingService minting, CancellationToken ct) =>
        (await minting.GetBatchAsync(id, ct)).ToOkOrProblem();

    internal static Accepted<MintRunRequested> Run(MintingService minting) => TypedResults.Accepted("/api/mint-batches", minting.RequestRun());

    internal static async Task<Results<Ok<ReconciliationReport>, ProblemHttpResult>> Latest(MintingService minting, CancellationToken ct) =>
        (await minting.LatestReportAsync(ct)).ToOkOrProblem();

    internal static async Task<Ok<ReconciliationReport>> Reconcile(MintingService minting, CancellationToken ct) =>
        TypedResults.Ok(await minting.ReconcileAsync(ct));
}
