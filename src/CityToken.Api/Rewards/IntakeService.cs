using CityToken.Api.Rewards.Minting;

namespace CityToken.Api.Rewards;

/// <summary>
/// Decides submitted actions: idempotency on (reporter, externalId), then <see cref="RewardDecider"/>'s rules, caps
/// and budget on figures read here, then one write. Decisions run under the <see cref="IntakeGate"/>, and what
/// concurrent requests submitted meanwhile is decided together and written in one transaction
/// (<see cref="GroupCommit{TItem, TOutcome}"/>), so the budget check and the reservation never interleave with other
/// work on the budget; the program's concurrency token catches a second service instance.
/// <para>Every submission is all-or-nothing on its own. Retry layers, outermost first, and why each exists:</para>
/// <list type="number">
/// <item><see cref="SubmitManyAsync"/>: many submissions of one request failed to write together
/// (<see cref="DbUpdateException"/>, e.g. a row breaking a constraint) → each submission is decided alone; one that
/// still fails gets no outcome (null) and the others stand.</item>
/// <item>The group commit: a group of several concurrent requests failed (any exception) → each request is decided
/// alone, so only the request at fault sees the exception.</item>
/// <item><see cref="DecideWithRetryAsync"/>: another instance changed a program between our read and our write
/// (<see cref="DbUpdateConcurrencyException"/> on its <c>Version</c>) → decided again on fresh figures, at most
/// <see cref="MaxAttempts"/> times.</item>
/// </list>
/// Beneath them SQLite waits for its write lock itself (<c>busy_timeout</c>, Storage's SqliteBusyTimeout), so a
/// locked database is not one of intake's retries.
/// </summary>
public sealed partial class IntakeService(
    IServiceScopeFactory scopes,
    IOptions<RewardsOptions> options,
    IOptions<ChainOptions> chainOptions,
    ReservedRecipients reservedRecipients,
    IntakeGate gate,
    TimeProvider time,
    MintTrigger mintTrigger,
    MintingCrashPoints crashPoints,
    IntakeMetrics metrics,
    ILogger<IntakeService> logger)
{
    /// <summary>Most submissions decided in one transaction when requests are grouped.</summary>
    private const int MaxGroupSize = 2000;

    /// <summary>Decisions of one group tried at most this many times against concurrent program changes.</summary>
    private const int MaxAttempts = 5;

    private readonly GroupCommit<Item, IntakeOutcome> _groups = new(gate, MaxGroupSize);
    private readonly RewardDecider _decider = RewardDecider.From(options.Value, chainOptions.Value);
    private KeyReturningInserter<CivicAction>? _inserter;
    private Func<IReadOnlyList<Item>, CancellationToken, Task<IReadOnlyList<IntakeOutcome>>>? _decide;

    /// <summary>Decides one submission.</summary>
    public async Task<IntakeOutcome> SubmitAsync(string reporter, ActionSubmission submission, CancellationToken cancellationToken) =>
        (await DecideGroupedAsync(reporter, [submission], cancellationToken))[0];

    /// <summary>Decides submissions in order, one outcome each (a failed one never stops the others).</summary>
    public async Task<IReadOnlyList<IntakeOutcome?>> SubmitManyAsync(string reporter, IReadOnlyList<ActionSubmission> submissions, CancellationToken cancellationToken)
    {
        try
        {
            return await DecideGroupedAsync(reporter, submissions, cancellationToken);
        }
        catch (DbUpdateException ex) when (submissions.Count > 1)
        {
            // Retry layer 1 (see the class summary): decide each submission on its own instead.
            LogGroupFailed(logger, ex, submissions.Count);
            var outcomes = new List<IntakeOutcome?>(submissions.Count);
            foreach (var submission in submissions)
            {
                try
                {
                    outcomes.Add((await DecideGroupedAsync(reporter, [submission], cancellationToken))[0]);
                }
                catch (DbUpdateException single)
                {
                    LogRowFailed(logger, single, submission.ExternalId, reporter);
                    outcomes.Add(null);
                }
            }
            return outcomes;
        }
    }

    private async Task<IReadOnlyList<IntakeOutcome>> DecideGroupedAsync(string reporter, IReadOnlyList<ActionSubmission> submissions, CancellationToken cancellationToken)
    {
        var outcomes = await _groups.RunAsync(submissions.Select(s => new Item(reporter, s)).ToList(), _decide ??= DecideWithRetryAsync, cancellationToken);
        metrics.Recorded(submissions, outcomes);
        return outcomes;
    }

    private async Task<IReadOnlyList<IntakeOutcome>> DecideWithRetryAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DecideAsync(items, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Retry layer 3 (see the class summary): another instance changed a program; decide again on fresh figures.
            }
        }
    }

    private sealed record Item(string Reporter, ActionSubmission Submission);

    private async Task<IReadOnlyList<IntakeOutcome>> DecideAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        var submissions = items.Select(i => i.Submission).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var now = time.GetUtcNow();
        var actions = db.Set<CivicAction>();

        var externalIds = submissions.Select(s => s.ExternalId).Distinct().ToList();
        var reporters = items.Select(i => i.Reporter).Distinct().ToList();
        var earlier = (await actions.AsNoTracking()
            .Where(a => externalIds.Contains(a.ExternalId) && reporters.Contains(a.Reporter))
            .ToListAsync(cancellationToken))
            .ToDictionary(a => (a.Reporter, a.ExternalId));

        var slugs = submissions.Select(s => s.Program).Distinct().ToList();
        // Each program's rule read once for the group (it is JSON on the row).
        var programs = await db.Set<RewardProgram>().Where(p => slugs.Contains(p.Slug))
            .ToDictionaryAsync(p => p.Slug, p => (Program: p, p.Rule), cancellationToken);

        // First pass: what each submission would earn, before caps and budget.
        var reserved = reservedRecipients.Current();
        var decisions = submissions.Select(s => programs.TryGetValue(s.Program, out var found)
            ? _decider.Evaluate(s, found.Program, found.Rule, reserved, now)
            : _decider.Evaluate(s, null, null, reserved, now)).ToList();

        // Cap usage of the residents concerned, in the months concerned, in one query.
        var usage = await ReadCapUsageAsync(actions, decisions, cancellationToken);

        // Second pass, in order: idempotency, caps, budget; then one write for the whole group.
        var created = new Dictionary<(string, string), (string Hash, CivicAction Action)>();
        var results = new List<(IntakeKind Kind, CivicAction? Action, CivicAction? Earlier)>(submissions.Count);
        var inserts = new List<CivicAction>(submissions.Count);
        for (var index = 0; index < decisions.Count; index++)
        {
            var decision = decisions[index];
            var reporter = items[index].Reporter;
            var submission = decision.Submission;
            var hash = submission.Hash();
            if (earlier.TryGetValue((reporter, submission.ExternalId), out var seen))
            {
                results.Add((seen.RequestHash == hash ? IntakeKind.Replayed : IntakeKind.Conflict, null, seen));
                continue;
            }
            if (created.TryGetValue((reporter, submission.ExternalId), out var twin))
            {
                results.Add((twin.Hash == hash ? IntakeKind.Replayed : IntakeKind.Conflict, twin.Action, null));
                continue;
            }

            if (_decider.Settle(decision, usage))
            {
                decision.Program!.Version++;
            }

            var action = NewAction(reporter, hash, decision, now);
            inserts.Add(action);
            created[(reporter, submission.ExternalId)] = (hash, action);
            results.Add((IntakeKind.Created, action, null));
        }

        // The actions through one prepared insert (EF's change tracking cost more than deciding), the programs'
        // reservations through SaveChanges (their concurrency token), both in one transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            _inserter ??= new KeyReturningInserter<CivicAction>(db);
            await _inserter.InsertAsync(db, inserts, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        crashPoints.Reach(MintingCrashPoint.AfterAccept);
        mintTrigger.Queued(results.Count(r => r.Kind == IntakeKind.Created && r.Action!.Status == ActionStatus.Queued));
        return results.Select(r =>
        {
            var action = r.Action ?? r.Earlier!;
            return new IntakeOutcome(r.Kind, action.Id, action.Status, action.Reason, action.ReasonDetail);
        }).ToList();
    }

    private static async Task<CapUsage> ReadCapUsageAsync(DbSet<CivicAction> actions, List<RewardDecision> decisions, CancellationToken cancellationToken)
    {
        var usage = new CapUsage();
        var candidates = decisions.Where(d => d.Reason is null).ToList();
        if (candidates.Count == 0)
        {
            return usage;
        }
        var programIds = candidates.Select(d => d.Program!.Id).Distinct().ToList();
        var residents = candidates.Select(d => d.Resident).Distinct().ToList();
        var months = candidates.Select(d => d.LocalMonth).Distinct().ToList();
        var counting = ActionStatus.Counting.ToList();
        var rows = await actions.AsNoTracking()
            .Where(a => a.ProgramId != null && programIds.Contains(a.ProgramId.Value) && residents.Contains(a.Resident)
                && months.Contains(a.LocalMonth) && counting.Contains(a.Status))
            .Select(a => new { ProgramId = a.ProgramId!.Value, a.Resident, a.LocalDay, a.LocalMonth, a.Amount })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            usage.Count(row.ProgramId, row.Resident, row.LocalDay, row.LocalMonth, row.Amount);
        }
        return usage;
    }

    private static CivicAction NewAction(string reporter, string hash, RewardDecision decision, DateTimeOffset now)
    {
        var submission = decision.Submission;
        var accepted = decision.Reason is null;
        return new CivicAction
        {
            Reporter = reporter,
            ExternalId = submission.ExternalId,
            RequestHash = hash,
            ProgramSlug = submission.Program,
            ProgramId = decision.Program?.Id,
            DeviceId = submission.DeviceId,
            Resident = decision.Resident,
            Quantity = submission.Quantity,
            Category = submission.Category,
            OccurredAt = submission.OccurredAt,
            LocalDay = decision.LocalDay,
            LocalMonth = decision.LocalMonth,
            Evidence = submission.Evidence,
            Status = accepted ? ActionStatus.Queued : ActionStatus.Rejected,
            Amount = accepted ? decision.Amount : BigInteger.Zero,
            Reason = decision.Reason,
            ReasonDetail = decision.Detail is { Length: > 500 } text ? text[..500] : decision.Detail,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group of {Count} actions could not be written together; deciding them one by one.")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Action {ExternalId} of {Reporter} could not be written.")]
    private static partial void LogRowFailed(ILogger logger, Exception exception, string externalId, string reporter);
}
