using System.Globalization;
using CityToken.Api.Auth;
using CityToken.Api.Storage;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

public static class MintingApi
{
    /// <summary>Mint batches under /api/mint-batches, reconciliation under /api/rewards/reconciliation, and /hangfire.</summary>
    public static IEndpointRouteBuilder MapMintingApi(this IEndpointRouteBuilder routes)
    {
        var batches = routes.MapGroup("/api/mint-batches").WithTags("Minting");
        batches.MapGet("/", List).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("ListMintBatches").WithSummary("Mint batches, newest first, by status, with cursor pagination (admin, auditor).");
        batches.MapGet("/{id:long}", Get).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("GetMintBatch").WithSummary("One mint batch: its actions' count, recipients, total, outbox entry and transaction (admin, auditor).");
        batches.MapPost("/run", Run).RequireAuthorization(StaffRoles.Admin)
            .WithName("RunMintBatching").WithSummary("Starts a batching run now instead of at the next trigger (admin).");

        var reconciliation = routes.MapGroup("/api/rewards/reconciliation").WithTags("Minting").RequireAuthorization(RewardsPolicies.AdminOrAuditor);
        reconciliation.MapGet("/", Latest)
            .WithName("GetRewardsReconciliation").WithSummary("The latest reconciliation report: confirmed actions vs minted amounts, program totals vs budgets (admin, auditor).");
        reconciliation.MapPost("/", Reconcile)
            .WithName("RunRewardsReconciliation").WithSummary("Runs the reconciliation now and returns its report; differences are reported, never fixed (admin, auditor).");

        // The dashboard's own filters are off: the endpoint's authorization (admin) decides.
        routes.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AsyncAuthorization = [], DisplayStorageConnectionString = false })
            .RequireAuthorization(StaffRoles.Admin);
        return routes;
    }

    internal static async Task<Results<Ok<MintBatchPage>, ValidationProblem>> List(string? status, string? cursor, int? limit, CityTokenDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        string[] statuses = [MintBatchStatus.Pending, MintBatchStatus.Submitted, MintBatchStatus.Confirmed, MintBatchStatus.Requeued, MintBatchStatus.Failed];
        if (status is not null && !statuses.Contains(status))
        {
            errors["status"] = [$"One of: {string.Join(", ", statuses)}."];
        }
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 50, maxSize: 500, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        var query = db.Set<MintBatch>().AsNoTracking();
        if (status is not null)
        {
            query = query.Where(b => b.Status == status);
        }
        if (paging.Before is { } before)
        {
            query = query.Where(b => b.Id < before);
        }
        var page = await query.OrderByDescending(b => b.Id).Take(paging.Size + 1).ToListAsync(ct);
        var (items, next) = paging.Page(page, row => row.Id);
        return TypedResults.Ok(new MintBatchPage(items.Select(MintBatchResponse.Of).ToList(), next));
    }

    internal static async Task<Results<Ok<MintBatchResponse>, ProblemHttpResult>> Get(long id, CityTokenDb db, CancellationToken ct)
    {
        var batch = await db.Set<MintBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        return batch is null
            ? TypedResults.Problem($"No mint batch {id}.", statusCode: StatusCodes.Status404NotFound, title: "Mint batch not found.")
            : TypedResults.Ok(MintBatchResponse.Of(batch));
    }

    internal static Accepted<MintRunRequested> Run(IBackgroundJobClient jobs) =>
        TypedResults.Accepted("/api/mint-batches", new MintRunRequested(jobs.Enqueue<MintBatcher>(b => b.RunAsync(CancellationToken.None))));

    internal static async Task<Results<Ok<ReconciliationReport>, ProblemHttpResult>> Latest(CityTokenDb db, CancellationToken ct) =>
        await RewardsReconciliation.LatestAsync(db, ct) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem("No reconciliation has run yet; POST to this path runs one.", statusCode: StatusCodes.Status404NotFound, title: "No reconciliation report yet.");

    internal static async Task<Ok<ReconciliationReport>> Reconcile(RewardsReconciliation reconciliation, CancellationToken ct) =>
        TypedResults.Ok(await reconciliation.RunAsync(ct));
}
