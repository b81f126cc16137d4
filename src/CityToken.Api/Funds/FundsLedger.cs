namespace CityToken.Api.Funds;

/// <summary>A disbursement as indexed: its proposal and, once decided, the decision.</summary>
public sealed record FundsDisbursementState(FundsEvent Proposal, FundsEvent? Decision);

/// <summary>
/// What the funds' checks and pages read: the index (<see cref="FundsEvent"/> rows) and the staff requests still on their
/// way through the outbox, which count against a budget before they are indexed.
/// </summary>
public sealed class FundsLedger(CityTokenDb db)
{
    public Task<FundsEvent?> ProjectAsync(long projectId, CancellationToken cancellationToken) =>
        db.Set<FundsEvent>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.Kind == FundsEventKinds.Project && e.ProjectId == projectId, cancellationToken);

    public async Task<FundsDisbursementState?> DisbursementAsync(long disbursementId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<FundsEvent>().AsNoTracking()
            .Where(e => e.DisbursementId == disbursementId && e.Kind != FundsEventKinds.Project).ToListAsync(cancellationToken);
        var proposal = rows.FirstOrDefault(r => r.Kind == FundsEventKinds.Proposed);
        return proposal is null ? null : new FundsDisbursementState(proposal, rows.FirstOrDefault(r => r.Kind != FundsEventKinds.Proposed));
    }

    /// <summary>Budget minus approved (indexed) minus approvals staged and not yet indexed (unless their transaction failed).</summary>
    public async Task<BigInteger> RemainingAsync(FundsEvent project, CancellationToken cancellationToken)
    {
        var events = await db.Set<FundsEvent>().AsNoTracking()
            .Where(e => e.ProjectId == project.ProjectId && e.Kind == FundsEventKinds.Approved)
            .Select(e => new { e.DisbursementId, e.Amount }).ToListAsync(cancellationToken);
        var indexed = events.Select(e => e.DisbursementId).ToHashSet();
        var staged = (await LiveRequestsAsync(r => r.Kind == "approve" && r.ProjectId == project.ProjectId, cancellationToken))
            .Where(r => !indexed.Contains(r.DisbursementId!.Value));
        return Uint256.Parse(project.Amount) - events.Aggregate(BigInteger.Zero, (sum, e) => sum + Uint256.Parse(e.Amount))
            - staged.Aggregate(BigInteger.Zero, (sum, r) => sum + Uint256.Parse(r.Amount));
    }

    /// <summary>True when an approval or rejection of the disbursement was staged and its transaction has not failed.</summary>
    public async Task<bool> DecisionOnItsWayAsync(long disbursementId, CancellationToken cancellationToken) =>
        (await LiveRequestsAsync(r => r.DisbursementId == disbursementId && (r.Kind == "approve" || r.Kind == "reject"), cancellationToken)).Count > 0;

    /// <summary>Requests matching <paramref name="filter"/> whose outbox entry has not reverted or failed.</summary>
    private async Task<List<FundsRequest>> LiveRequestsAsync(System.Linq.Expressions.Expression<Func<FundsRequest, bool>> filter, CancellationToken cancellationToken)
    {
        var requests = await db.Set<FundsRequest>().AsNoTracking().Where(filter).ToListAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return requests;
        }
        var keys = requests.Select(r => FundsRequest.OutboxKey(r.Id)).ToList();
        var dead = await db.Set<OutboxEntry>().AsNoTracking()
            .Where(e => keys.Contains(e.IdempotencyKey) && (e.Status == OutboxStatus.Reverted || e.Status == OutboxStatus.Failed))
            .Select(e => e.IdempotencyKey).ToListAsync(cancellationToken);
        return requests.Where(r => !dead.Contains(FundsRequest.OutboxKey(r.Id))).ToList();
    }
}
