using CityToken.Api.TokenReadModel;
using Hangfire;

namespace CityToken.Api.Rewards.Minting;

/// <summary>One difference between what the database says was rewarded and what the chain minted.</summary>
public sealed record ReconciliationDifference(string Kind, string Detail, string? BatchId = null, string? Program = null, string? Expected = null, string? Actual = null);

/// <summary>The outcome of one reconciliation run. Differences are reported, never fixed here.</summary>
public sealed record ReconciliationReport(
    DateTimeOffset RanAt, bool Ok, int BatchesChecked, int BatchesNotYetIndexed, int ActionsChecked,
    string ConfirmedTotal, string MintedTotal, IReadOnlyList<ReconciliationDifference> Differences);

/// <summary>A stored reconciliation report.</summary>
public sealed class ReconciliationRun
{
    public long Id { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public bool Ok { get; set; }
    public int DifferenceCount { get; set; }
    public required string ReportJson { get; set; }
}

internal sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    public void Configure(EntityTypeBuilder<ReconciliationRun> run)
    {
        run.ToTable("ReconciliationRuns");
        run.HasIndex(r => r.RanAt);
    }
}

/// <summary>
/// Checks, for every confirmed batch, that the amounts of its confirmed actions summed per resident equal the
/// Transfer(0 → resident) amounts the indexer saw in the batch's transaction; that every batch minted on chain
/// under this database's prefix is confirmed here (nothing minted twice or behind the engine's back); and that
/// each program's confirmed and reserved figures equal its actions' sums and stay within its budget.
/// </summary>
public sealed partial class RewardsReconciliation(IServiceScopeFactory scopes, TimeProvider time, ILogger<RewardsReconciliation> logger)
{
    /// <summary>Runs the check and stores the report (the Hangfire recurring job and POST /api/rewards/reconciliation).</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var report = await CheckAsync(db, cancellationToken);
        db.Add(new ReconciliationRun
        {
            RanAt = report.RanAt,
            Ok = report.Ok,
            DifferenceCount = report.Differences.Count,
            ReportJson = JsonSerializer.Serialize(report, RewardsJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (!report.Ok)
        {
            LogDifferences(logger, report.Differences.Count, string.Join("; ", report.Differences.Take(5).Select(d => $"{d.Kind}: {d.Detail}")));
        }
        return report;
    }

    /// <summary>The latest stored report, or null before the first run.</summary>
    public static async Task<ReconciliationReport?> LatestAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var run = await db.Set<ReconciliationRun>().AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return run is null ? null : JsonSerializer.Deserialize<ReconciliationReport>(run.ReportJson, RewardsJson.Options);
    }

    private async Task<ReconciliationReport> CheckAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var differences = new List<ReconciliationDifference>();
        var batches = await db.Set<MintBatch>().AsNoTracking().ToListAsync(cancellationToken);
        var confirmedBatches = batches.Where(b => b.Status == MintBatchStatus.Confirmed).ToList();
        var state = await db.Set<MintingState>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);

        var confirmedActions = await db.Set<CivicAction>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Confirmed)
            .Select(a => new { a.BatchId, a.Resident, a.Amount, a.ProgramId })
            .ToListAsync(cancellationToken);
        var actionsByBatch = confirmedActions.ToLookup(a => a.BatchId ?? "");

        // Batches the chain minted (indexed), by id.
        var indexed = await db.Set<RewardBatch>().AsNoTracking().ToDictionaryAsync(b => b.BatchId, cancellationToken);
        var notYetIndexed = 0;
        var mintedTotal = BigInteger.Zero;
        var mintsByTransaction = await MintsOfAsync(db,
            confirmedBatches.Where(b => indexed.ContainsKey(b.BatchId)).Select(b => indexed[b.BatchId]).ToList(), cancellationToken);
        foreach (var batch in confirmedBatches)
        {
            if (!indexed.TryGetValue(batch.BatchId, out var onChain))
            {
                notYetIndexed++;
                continue;
            }
            var transfers = mintsByTransaction[onChain.TransactionHash]
                .GroupBy(t => t.To, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (s, t) => s + Uint256.Parse(t.Amount)), StringComparer.OrdinalIgnoreCase);
            var expected = actionsByBatch[batch.BatchId]
                .GroupBy(a => a.Resident, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Aggregate(BigInteger.Zero, (s, a) => s + a.Amount), StringComparer.OrdinalIgnoreCase);
            foreach (var resident in expected.Keys.Union(transfers.Keys, StringComparer.OrdinalIgnoreCase))
            {
                var want = expected.GetValueOrDefault(resident);
                var got = transfers.GetValueOrDefault(resident);
                if (want != got)
                {
                    differences.Add(new ReconciliationDifference("amount-mismatch",
                        $"Resident {resident}: confirmed actions sum to {want}, the batch's transaction minted {got}.",
                        batch.BatchId, Expected: want.ToString(), Actual: got.ToString()));
                }
            }
            mintedTotal += Uint256.Parse(onChain.Total);
            if (Uint256.Parse(onChain.Total) != batch.Total)
            {
                differences.Add(new ReconciliationDifference("batch-total-mismatch",
                    $"Batch {batch.Id} recorded total {batch.Total}; RewardBatchMinted says {onChain.Total}.",
                    batch.BatchId, Expected: batch.Total.ToString(), Actual: onChain.Total));
            }
        }

        // Minted on chain under our prefix but not confirmed here: a double mint or a mint the engine did not record.
        if (state is not null)
        {
            var prefix = state.BatchIdOf(0)[..^16];
            var ours = batches.ToDictionary(b => b.BatchId);
            foreach (var onChain in indexed.Values.Where(b => b.BatchId.StartsWith(prefix, StringComparison.Ordinal)))
            {
                if (!ours.TryGetValue(onChain.BatchId, out var batch) || batch.Status != MintBatchStatus.Confirmed)
                {
                    differences.Add(new ReconciliationDifference("minted-not-confirmed",
                        $"Batch {onChain.BatchId} was minted on chain (tx {onChain.TransactionHash}) but is {(batch is null ? "unknown" : batch.Status)} here.",
                        onChain.BatchId, Actual: onChain.Total));
                }
            }
        }

        var confirmedTotal = confirmedActions.Aggregate(BigInteger.Zero, (s, a) => s + a.Amount);
        await CheckProgramsAsync(db, differences, cancellationToken);
        return new ReconciliationReport(time.GetUtcNow(), differences.Count == 0, confirmedBatches.Count, notYetIndexed,
            confirmedActions.Count, confirmedTotal.ToString(), mintedTotal.ToString(), differences);
    }

    /// <summary>
    /// The Transfer(0 → x) rows of the given batches' transactions: read by block (transfers are keyed by block and log
    /// index), a chunk of blocks per query, then kept when their transaction is one of the batches'.
    /// </summary>
    private static async Task<ILookup<string, TokenTransfer>> MintsOfAsync(CityTokenDb db, List<RewardBatch> batches, CancellationToken cancellationToken)
    {
        var transactions = batches.Select(b => b.TransactionHash).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = new List<TokenTransfer>();
        foreach (var chunk in batches.Select(b => b.BlockNumber).Distinct().Chunk(500))
        {
            rows.AddRange(await db.Set<TokenTransfer>().AsNoTracking()
                .Where(t => chunk.Contains(t.BlockNumber) && t.From == Hex.ZeroAddress)
                .ToListAsync(cancellationToken));
        }
        return rows.Where(t => transactions.Contains(t.TransactionHash)).ToLookup(t => t.TransactionHash, StringComparer.OrdinalIgnoreCase);
    }

    private static async Task CheckProgramsAsync(CityTokenDb db, List<ReconciliationDifference> differences, CancellationToken cancellationToken)
    {
        var reserving = ActionStatus.Reserving.ToList();
        var sums = (await db.Set<CivicAction>().AsNoTracking()
                .Where(a => a.ProgramId != null && (a.Status == ActionStatus.Confirmed || reserving.Contains(a.Status)))
                .Select(a => new { ProgramId = a.ProgramId!.Value, a.Status, a.Amount })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ProgramId)
            .ToDictionary(g => g.Key, g => (
                Confirmed: g.Where(a => a.Status == ActionStatus.Confirmed).Aggregate(BigInteger.Zero, (s, a) => s + a.Amount),
                Reserved: g.Where(a => a.Status != ActionStatus.Confirmed).Aggregate(BigInteger.Zero, (s, a) => s + a.Amount)));
        foreach (var program in await db.Set<RewardProgram>().AsNoTracking().ToListAsync(cancellationToken))
        {
            var (confirmed, reserved) = sums.GetValueOrDefault(program.Id);
            if (program.Confirmed != confirmed)
            {
                differences.Add(new ReconciliationDifference("program-confirmed-mismatch",
                    $"Program {program.Slug} records {program.Confirmed} confirmed; its confirmed actions sum to {confirmed}.",
                    Program: program.Slug, Expected: confirmed.ToString(), Actual: program.Confirmed.ToString()));
            }
            if (program.Reserved != reserved)
            {
                differences.Add(new ReconciliationDifference("program-reserved-mismatch",
                    $"Program {program.Slug} records {program.Reserved} reserved; its pending actions sum to {reserved}.",
                    Program: program.Slug, Expected: reserved.ToString(), Actual: program.Reserved.ToString()));
            }
            if (confirmed + reserved > program.Budget)
            {
                differences.Add(new ReconciliationDifference("over-budget",
                    $"Program {program.Slug}: confirmed {confirmed} + reserved {reserved} exceed its budget {program.Budget}.",
                    Program: program.Slug, Expected: program.Budget.ToString(), Actual: (confirmed + reserved).ToString()));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rewards reconciliation found {Count} difference(s): {Summary}")]
    private static partial void LogDifferences(ILogger logger, int count, string summary);
}
