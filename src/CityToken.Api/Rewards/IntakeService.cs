using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using CityToken.Api.Chain;
using CityToken.Api.Rewards.Minting;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Rewards;

/// <summary>One action as submitted (REST, CSV row or device event), already well-formed at the door.</summary>
public sealed record ActionSubmission(
    string ExternalId, string Program, string Resident, string Quantity, string? Category,
    DateTimeOffset OccurredAt, string? Evidence, string? DeviceId = null)
{
    /// <summary>SHA-256 over the submitted fields; numbers normalised so "2.50" and 2.5 are the same body.</summary>
    public string Hash()
    {
        var quantity = RewardRule.TryParseQuantity(Quantity, out var q) ? (q / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : Quantity;
        var canonical = string.Join('\u001f', Program, Resident.Trim(), quantity, Category?.Trim().ToLowerInvariant() ?? "",
            OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), Evidence ?? "", DeviceId ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

public enum IntakeKind
{
    /// <summary>A new action was recorded (queued or rejected).</summary>
    Created,

    /// <summary>The same body was seen before under this externalId: the earlier action.</summary>
    Replayed,

    /// <summary>Another body was seen before under this externalId: nothing recorded.</summary>
    Conflict,
}

/// <summary>What intake did with one submission.</summary>
public sealed record IntakeOutcome(IntakeKind Kind, long Id, string Status, string? Reason, string? ReasonDetail);

/// <summary>
/// Decides submitted actions: idempotency on (reporter, externalId), validation, reward computation,
/// per-resident caps in the city's time zone and budget reservation. Decisions are serialised (one gate per
/// process) and what concurrent requests submitted meanwhile is decided together and written in one
/// transaction (group commit), so the budget check and the reservation can never interleave with another
/// request; the program's concurrency token guards against a second service instance. Every submission is
/// all-or-nothing on its own: a request whose write fails is decided again alone.
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
    ILogger<IntakeService> logger)
{
    /// <summary>Most submissions decided in one transaction when requests are grouped.</summary>
    private const int MaxGroupSize = 2000;

    private readonly ConcurrentQueue<Pending> _pending = new();
    private readonly RewardDecider _decider = RewardDecider.From(options.Value, chainOptions.Value);
    private KeyReturningInserter<CivicAction>? _inserter;

    /// <summary>Decides one submission.</summary>
    public async Task<IntakeOutcome> SubmitAsync(string reporter, ActionSubmission submission, CancellationToken cancellationToken) =>
        (await DecideLockedAsync(reporter, [submission], cancellationToken))[0];

    /// <summary>Decides submissions in order, one outcome each (a failed one never stops the others).</summary>
    public async Task<IReadOnlyList<IntakeOutcome?>> SubmitManyAsync(string reporter, IReadOnlyList<ActionSubmission> submissions, CancellationToken cancellationToken)
    {
        try
        {
            return await DecideLockedAsync(reporter, submissions, cancellationToken);
        }
        catch (DbUpdateException ex) when (submissions.Count > 1)
        {
            // Something in the group could not be written: decide each submission on its own instead.
            LogGroupFailed(logger, ex, submissions.Count);
            var outcomes = new List<IntakeOutcome?>(submissions.Count);
            foreach (var submission in submissions)
            {
                try
                {
                    outcomes.Add((await DecideLockedAsync(reporter, [submission], cancellationToken))[0]);
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

    /// <summary>Runs <paramref name="work"/> under the <see cref="IntakeGate"/>.</summary>
    // Kept for ProgramsApi until merged: new code takes IntakeGate itself.
    public Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) => gate.RunAsync(work, cancellationToken);

    /// <summary>
    /// Group commit: the caller queues its submissions, then whoever holds the gate decides everything queued
    /// so far in one transaction (one commit for many concurrent requests) and hands each caller its outcomes.
    /// </summary>
    private async Task<IReadOnlyList<IntakeOutcome>> DecideLockedAsync(string reporter, IReadOnlyList<ActionSubmission> submissions, CancellationToken cancellationToken)
    {
        var pending = new Pending(submissions.Select(s => new Item(reporter, s)).ToList());
        _pending.Enqueue(pending);
        await gate.RunAsync(async () =>
        {
            while (!pending.Done.Task.IsCompleted && _pending.TryPeek(out _))
            {
                var group = new List<Pending>();
                var size = 0;
                while (size < MaxGroupSize && _pending.TryDequeue(out var next))
                {
                    group.Add(next);
                    size += next.Items.Count;
                }
                // Not the caller's token: one caller going away must not fail the others' decisions.
                await DecideGroupAsync(group, CancellationToken.None);
            }
            return true;
        }, cancellationToken);
        return await pending.Done.Task;
    }

    private async Task DecideGroupAsync(List<Pending> group, CancellationToken cancellationToken)
    {
        try
        {
            var outcomes = await DecideWithRetryAsync(group.SelectMany(p => p.Items).ToList(), cancellationToken);
            var offset = 0;
            foreach (var pending in group)
            {
                pending.Done.SetResult(outcomes.Skip(offset).Take(pending.Items.Count).ToList());
                offset += pending.Items.Count;
            }
        }
        catch (Exception) when (group.Count > 1)
        {
            // One request's submissions could not be written: decide each request on its own, so only it fails.
            foreach (var pending in group)
            {
                try
                {
                    pending.Done.SetResult(await DecideWithRetryAsync(pending.Items, cancellationToken));
                }
                catch (Exception ex)
                {
                    pending.Done.SetException(ex);
                }
            }
        }
        catch (Exception ex)
        {
            group[0].Done.SetException(ex);
        }
    }

    private async Task<IReadOnlyList<IntakeOutcome>> DecideWithRetryAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DecideAsync(items, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Another instance changed a program meanwhile: decide again on fresh figures.
            }
        }
    }

    private sealed record Item(string Reporter, ActionSubmission Submission);

    private sealed record Pending(IReadOnlyList<Item> Items)
    {
        public TaskCompletionSource<IReadOnlyList<IntakeOutcome>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

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
        var candidates = decisions.Where(d => d.Reason is null).ToList();
        var usage = new CapUsage();
        if (candidates.Count > 0)
        {
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
        }

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

            var action = new CivicAction
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
                Status = decision.Reason is null ? ActionStatus.Queued : ActionStatus.Rejected,
                Amount = decision.Reason is null ? decision.Amount : BigInteger.Zero,
                Reason = decision.Reason,
                ReasonDetail = decision.Detail is { Length: > 500 } text ? text[..500] : decision.Detail,
                CreatedAt = now,
                UpdatedAt = now,
            };
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group of {Count} actions could not be written together; deciding them one by one.")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Action {ExternalId} of {Reporter} could not be written.")]
    private static partial void LogRowFailed(ILogger logger, Exception exception, string externalId, string reporter);
}
