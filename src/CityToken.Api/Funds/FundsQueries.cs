namespace CityToken.Api.Funds;

/// <summary>
/// The public side of the funds: projects with budget, approved, pending and remaining; disbursements with who proposed
/// and who approved, document hash and transactions; a worker's wage by receipt code with its proof. All from the index
/// and the service's own tables, never a chain call per request.
/// </summary>
public sealed class FundsQueries(CityTokenDb db, ChainGateway chain)
{
    public async Task<FundsProjectList> ListProjectsAsync(CancellationToken cancellationToken)
    {
        // Amounts are uint256 decimal strings, summed here rather than in SQL (no portable 256-bit sum).
        var events = await db.Set<FundsEvent>().AsNoTracking().OrderBy(e => e.ProjectId).ToListAsync(cancellationToken);
        var names = await ProjectTextsAsync(cancellationToken);
        return new FundsProjectList(events.Where(e => e.Kind == FundsEventKinds.Project)
            .Select(p => ProjectView(p, events.Where(e => e.ProjectId == p.ProjectId && e.Kind != FundsEventKinds.Project).ToList(), names)).ToList());
    }

    public async Task<Outcome<FundsProjectView>> GetProjectAsync(long projectId, CancellationToken cancellationToken)
    {
        var events = await db.Set<FundsEvent>().AsNoTracking().Where(e => e.ProjectId == projectId).ToListAsync(cancellationToken);
        var project = events.FirstOrDefault(e => e.Kind == FundsEventKinds.Project);
        if (project is null)
        {
            return Problem.NotFound("Unknown project.", $"There is no project {projectId}.");
        }
        return ProjectView(project, events.Where(e => e.Kind != FundsEventKinds.Project).ToList(), await ProjectTextsAsync(cancellationToken));
    }

    public async Task<Outcome<FundsDisbursementList>> ListDisbursementsAsync(long projectId, CancellationToken cancellationToken)
    {
        var events = await db.Set<FundsEvent>().AsNoTracking().Where(e => e.ProjectId == projectId).ToListAsync(cancellationToken);
        var project = events.FirstOrDefault(e => e.Kind == FundsEventKinds.Project);
        if (project is null)
        {
            return Problem.NotFound("Unknown project.", $"There is no project {projectId}.");
        }
        var names = await FundsActors.NamesAsync(db, cancellationToken);
        var descriptions = await DescriptionsAsync(projectId, cancellationToken);
        var decisions = events.Where(e => e.Kind is FundsEventKinds.Approved or FundsEventKinds.Rejected).ToDictionary(e => e.DisbursementId);
        return new FundsDisbursementList(events.Where(e => e.Kind == FundsEventKinds.Proposed).OrderByDescending(e => e.DisbursementId)
            .Select(p =>
            {
                var decision = decisions.GetValueOrDefault(p.DisbursementId);
                return new FundsDisbursementView(p.DisbursementId, projectId, FundsService.CategoryName(p.Category),
                    p.Payee is null ? null : Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(p.Payee), p.Amount, project.Currency ?? "",
                    decision?.Kind ?? FundsEventKinds.Proposed, p.Hash ?? "", descriptions.GetValueOrDefault(p.TransactionHash),
                    FundsActors.View(p.Actor, names), decision is null ? null : FundsActors.View(decision.Actor, names),
                    p.TransactionHash, p.BlockTime, decision?.TransactionHash, decision?.BlockTime);
            }).ToList());
    }

    /// <summary>The wage behind a receipt code, with its proof against the payroll's root; 404 for any unknown code.</summary>
    public async Task<Outcome<FundsWageView>> WageAsync(string receiptCode, CancellationToken cancellationToken)
    {
        var hash = PayrollDraft.HashCode(receiptCode ?? "");
        var wage = await db.Set<FundsWage>().AsNoTracking().SingleOrDefaultAsync(w => w.ReceiptHash == hash, cancellationToken);
        if (wage is null)
        {
            return Problem.NotFound("Unknown receipt code.", "No wage has this receipt code. Check the code as printed on your payslip.");
        }
        var leaves = await db.Set<FundsWage>().AsNoTracking().Where(w => w.RequestId == wage.RequestId).OrderBy(w => w.LeafIndex)
            .ToListAsync(cancellationToken);
        var tree = new PayrollTree(leaves.Select(w => PayrollTree.Leaf(Hex.Bytes(w.Worker), Uint256.Parse(w.Amount), Hex.Bytes(w.Salt))).ToList());
        var proposal = await db.Set<FundsEvent>().AsNoTracking()
            .Where(e => e.Kind == FundsEventKinds.Proposed && e.Hash == wage.Root && e.Category == 3).OrderBy(e => e.DisbursementId)
            .FirstOrDefaultAsync(cancellationToken);
        FundsEvent? decision = null;
        FundsEvent? project = null;
        if (proposal is not null)
        {
            decision = await db.Set<FundsEvent>().AsNoTracking()
                .FirstOrDefaultAsync(e => e.DisbursementId == proposal.DisbursementId && e.Kind != FundsEventKinds.Proposed && e.Kind != FundsEventKinds.Project, cancellationToken);
            project = await db.Set<FundsEvent>().AsNoTracking()
                .FirstOrDefaultAsync(e => e.Kind == FundsEventKinds.Project && e.ProjectId == proposal.ProjectId, cancellationToken);
        }
        var texts = project is null ? null : await ProjectTextsAsync(cancellationToken);
        string? contract = null;
        try
        {
            contract = chain.Manifest.AddressOf(ContractNames.PublicFunds);
        }
        catch (DeploymentManifestException)
        {
            // No deployment yet: the wage is shown without the contract to check it against.
        }
        return new FundsWageView(wage.Amount, project?.Currency ?? "", proposal?.ProjectId, project is null ? null : texts!.GetValueOrDefault(project.Hash ?? "")?.Name,
            proposal?.DisbursementId, decision?.Kind ?? (proposal is null ? "pending" : FundsEventKinds.Proposed), wage.Worker, wage.Salt, wage.Root,
            tree.Proof(wage.LeafIndex), proposal?.TransactionHash, decision?.Kind == FundsEventKinds.Approved ? decision.TransactionHash : null, contract);
    }

    /// <summary>A staff request's progress: its outbox entry and, once indexed, the project or disbursement it made.</summary>
    public async Task<Outcome<FundsRequestView>> RequestAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.Set<FundsRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return Problem.NotFound("Not found.", $"There is no funds request {id}.");
        }
        var entry = await TransactionOutbox.FindAsync(db, FundsRequest.OutboxKey(id), cancellationToken);
        var made = entry?.TxHash is { } tx
            ? await db.Set<FundsEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.TransactionHash == tx, cancellationToken)
            : null;
        var status = entry?.Status is OutboxStatus.Reverted or OutboxStatus.Failed ? "failed" : made is not null ? "confirmed" : "pending";
        return new FundsRequestView(id, request.Kind, status, request.StaffName, made?.ProjectId ?? request.ProjectId,
            made is { DisbursementId: > 0 } ? made.DisbursementId : request.DisbursementId, entry?.TxHash, entry?.Error);
    }

    private static FundsProjectView ProjectView(FundsEvent project, List<FundsEvent> events, IReadOnlyDictionary<string, FundsRequest> texts)
    {
        var decided = events.Where(e => e.Kind is FundsEventKinds.Approved or FundsEventKinds.Rejected).Select(e => e.DisbursementId).ToHashSet();
        var approved = Sum(events.Where(e => e.Kind == FundsEventKinds.Approved));
        var pending = Sum(events.Where(e => e.Kind == FundsEventKinds.Proposed && !decided.Contains(e.DisbursementId)));
        var budget = Uint256.Parse(project.Amount);
        var text = texts.GetValueOrDefault(project.Hash ?? "");
        return new FundsProjectView(project.ProjectId, text?.Name, text?.Description, project.Department ?? "", project.Currency ?? "", project.Amount,
            Uint256.Format(approved), Uint256.Format(pending), Uint256.Format(budget - approved), events.Count(e => e.Kind == FundsEventKinds.Proposed),
            project.Hash ?? "", project.TransactionHash, project.BlockNumber, project.BlockTime);
    }

    private static BigInteger Sum(IEnumerable<FundsEvent> events) => events.Aggregate(BigInteger.Zero, (sum, e) => sum + Uint256.Parse(e.Amount));

    /// <summary>Projects' names and descriptions by metadata hash (the first request with that hash).</summary>
    private async Task<IReadOnlyDictionary<string, FundsRequest>> ProjectTextsAsync(CancellationToken cancellationToken) =>
        (await db.Set<FundsRequest>().AsNoTracking().Where(r => r.Kind == "project").OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken))
            .DistinctBy(r => r.Hash).ToDictionary(r => r.Hash ?? "", StringComparer.Ordinal);

    /// <summary>Proposals' descriptions by the transaction that proposed them.</summary>
    private async Task<Dictionary<string, string?>> DescriptionsAsync(long projectId, CancellationToken cancellationToken)
    {
        var requests = await db.Set<FundsRequest>().AsNoTracking().Where(r => r.Kind == "propose" && r.ProjectId == projectId)
            .Select(r => new { r.Id, r.Description, r.Name }).ToListAsync(cancellationToken);
        var keys = requests.ToDictionary(r => FundsRequest.OutboxKey(r.Id), r => string.IsNullOrEmpty(r.Description) ? r.Name : r.Description);
        var entries = await db.Set<OutboxEntry>().AsNoTracking().Where(e => keys.Keys.Contains(e.IdempotencyKey) && e.TxHash != null)
            .Select(e => new { e.IdempotencyKey, e.TxHash }).ToListAsync(cancellationToken);
        return entries.ToDictionary(e => e.TxHash!, e => keys[e.IdempotencyKey], StringComparer.Ordinal);
    }
}
