namespace CityToken.Api.Rewards;

/// <summary>An action reported: where it stands, and whether it was the same action sent again (nothing new recorded).</summary>
public sealed record ActionReported(ActionAccepted Action, bool Replayed);

/// <summary>
/// Civic actions: reporting one (or a CSV file of them, see ActionService.Csv.cs), reading them, retrying a failed
/// one. Used by /api/actions, the device webhook and the dashboard's action pages.
/// </summary>
public sealed partial class ActionService(
    IntakeService intake, ActionLifecycle lifecycle, CityTokenDb db, IOptions<ChainOptions> chain, IOptions<RewardsOptions> options)
{
    /// <summary>Reports one action for the calling staff key: new, the same again (replayed), or a conflict on its externalId.</summary>
    public async Task<Outcome<ActionReported>> ReportAsync(ActionRequest request, CurrentCaller caller, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var submission = ActionSubmissions.From(request, errors);
        if (submission is null)
        {
            return Problem.Invalid(errors, "The action is malformed.");
        }
        return await SubmitAsync(Reporter(caller), submission, ct);
    }

    /// <summary>Runs a checked submission through intake for <paramref name="reporter"/> (a key name, or <c>device:{id}</c>).</summary>
    public async Task<Outcome<ActionReported>> SubmitAsync(string reporter, ActionSubmission submission, CancellationToken ct)
    {
        var outcome = await intake.SubmitAsync(reporter, submission, ct);
        return outcome.Kind switch
        {
            IntakeKind.Created or IntakeKind.Replayed => new ActionReported(
                new ActionAccepted(outcome.Id, outcome.Status, outcome.Reason, outcome.ReasonDetail), outcome.Kind == IntakeKind.Replayed),
            _ => Problem.Conflict("The externalId is taken by another action.",
                    $"externalId '{submission.ExternalId}' was already used for action {outcome.Id} with a different body.")
                .With("actionId", outcome.Id),
        };
    }

    /// <summary>One action, for admins and auditors, or for the key that reported it; anyone else: not found.</summary>
    public async Task<Outcome<ActionResponse>> GetAsync(long id, CurrentCaller caller, CancellationToken ct)
    {
        var action = await db.Set<CivicAction>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        var mayRead = action is not null && (caller.IsIn(AccessRules.AdminOrAuditor) || action.Reporter == Reporter(caller));
        return mayRead ? ActionResponse.Of(action!) : ActionNotFound(id);
    }

    /// <summary>Actions by status, program and resident (an address or did:ethr), newest first, paged by id.</summary>
    public async Task<Outcome<ActionPage>> ListAsync(
        string? status, string? program, string? resident, string? cursor, int? limit, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filter(status, program, resident, from, to, errors);
        var paging = IdPaging.Parse(cursor, limit, defaultSize: 100, maxSize: 1000, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The query is not valid.");
        }
        var (items, next) = await paging.PageAsync(query, a => a.Id, ct);
        return new ActionPage(items.Select(ActionResponse.Of).ToList(), next);
    }

    /// <summary>
    /// The actions the filters select (the API's list, its CSV export and the dashboard's list share them), with the
    /// city's days the action happened, <paramref name="from"/> to <paramref name="to"/> inclusive (its LocalDay, the
    /// day caps count by); a bad filter adds to <paramref name="errors"/>.
    /// </summary>
    public IQueryable<CivicAction> Filter(string? status, string? program, string? resident, DateOnly? from, DateOnly? to, Dictionary<string, string[]> errors)
    {
        if (status is not null && !ActionStatus.All.Contains(status))
        {
            errors["status"] = [$"One of: {string.Join(", ", ActionStatus.All)}."];
        }
        string? address = null;
        if (resident is not null && !ResidentId.TryParse(resident, chain.Value.ChainId, out address, out _, out var detail))
        {
            errors["resident"] = [detail];
        }
        var query = db.Set<CivicAction>().AsNoTracking();
        if (status is not null)
        {
            query = query.Where(a => a.Status == status);
        }
        if (program is not null)
        {
            query = query.Where(a => a.ProgramSlug == program);
        }
        if (address is not null)
        {
            query = query.Where(a => a.Resident == address);
        }
        // By LocalDay (yyyy-MM-dd text): occurredAt keeps the reporter's offset, which SQLite cannot compare.
        if (from is { } first)
        {
            var start = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            query = query.Where(a => string.Compare(a.LocalDay, start) >= 0);
        }
        if (to is { } last)
        {
            var end = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            query = query.Where(a => string.Compare(a.LocalDay, end) <= 0);
        }
        return query;
    }

    /// <summary>Returns a failed action to the queue, reserving its amount again.</summary>
    public async Task<Outcome<ActionResponse>> RetryAsync(long id, CancellationToken ct)
    {
        var (result, action) = await lifecycle.RetryAsync(id, ct);
        return result switch
        {
            ActionLifecycle.RetryResult.Queued => ActionResponse.Of(action!),
            ActionLifecycle.RetryResult.NotFound => ActionNotFound(id),
            ActionLifecycle.RetryResult.NotFailed => Problem.Conflict("The action has not failed.",
                $"Action {id} is {action!.Status}; only failed actions can be retried."),
            _ => Problem.Conflict("The program's budget is exhausted.", $"The program's remaining budget cannot cover action {id} again."),
        };
    }

    private static string Reporter(CurrentCaller caller) => caller.Name ?? throw new InvalidOperationException("unauthenticated");

    private static Problem ActionNotFound(long id) => Problem.NotFound("Action not found.", $"No action {id} visible to this key.");
}
