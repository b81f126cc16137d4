namespace CityToken.Api.Rewards;

/// <summary>
/// Reward programs: reading, creating, changing, pausing and resuming them, each change written to the program's
/// audit trail. Used by /api/programs and the dashboard's program pages.
/// </summary>
public sealed class ProgramService(CityTokenDb db, TimeProvider time, IntakeGate gate)
{
    public async Task<List<ProgramResponse>> ListAsync(CancellationToken ct)
    {
        var programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).ToListAsync(ct);
        return programs.Select(ProgramResponse.Of).ToList();
    }

    public async Task<Outcome<ProgramResponse>> GetAsync(string slug, CancellationToken ct)
    {
        var program = await db.Set<RewardProgram>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        return program is null ? NotFound(slug) : ProgramResponse.Of(program);
    }

    public async Task<Outcome<ProgramResponse>> CreateAsync(ProgramSettings settings, CurrentCaller caller, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var program = new RewardProgram { Slug = "", Name = "", ActionType = "", RuleJson = "{}", CreatedAt = now, UpdatedAt = now };
        var errors = settings.ApplyTo(program);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, InvalidTitle);
        }
        if (await db.Set<RewardProgram>().AnyAsync(p => p.Slug == program.Slug, ct))
        {
            return Problem.Conflict("The slug is taken.", $"A program '{program.Slug}' exists already.");
        }
        db.Add(program);
        await db.SaveChangesAsync(ct);
        db.Add(AuditOf(program, Actor(caller), now, "created", null));
        await db.SaveChangesAsync(ct);
        return ProgramResponse.Of(program);
    }

    public Task<Outcome<ProgramResponse>> UpdateAsync(string slug, ProgramSettings settings, CurrentCaller caller, CancellationToken ct) =>
        // Under the intake gate: the budget check against reserved amounts must not race with intake.
        gate.RunAsync<Outcome<ProgramResponse>>(async () =>
        {
            var program = await db.Set<RewardProgram>().SingleOrDefaultAsync(p => p.Slug == slug, ct);
            if (program is null)
            {
                return NotFound(slug);
            }
            if (settings.Slug is not null && settings.Slug != slug)
            {
                return Problem.Invalid("slug", "A program's slug cannot change.", InvalidTitle);
            }
            var before = ProgramSettings.Of(program);
            var errors = (settings with { Slug = slug }).ApplyTo(program);
            if (errors.Count > 0)
            {
                return Problem.Invalid(errors, InvalidTitle);
            }
            var now = time.GetUtcNow();
            program.UpdatedAt = now;
            program.Version++;
            db.Add(AuditOf(program, Actor(caller), now, "updated", before));
            await db.SaveChangesAsync(ct);
            return ProgramResponse.Of(program);
        }, ct);

    /// <summary>Pauses (<paramref name="active"/> false) or resumes a program; already so: nothing changes, nothing is audited.</summary>
    public Task<Outcome<ProgramResponse>> SetActiveAsync(string slug, bool active, CurrentCaller caller, CancellationToken ct) =>
        gate.RunAsync<Outcome<ProgramResponse>>(async () =>
        {
            var program = await db.Set<RewardProgram>().SingleOrDefaultAsync(p => p.Slug == slug, ct);
            if (program is null)
            {
                return NotFound(slug);
            }
            if (program.Active != active)
            {
                var before = ProgramSettings.Of(program);
                var now = time.GetUtcNow();
                program.Active = active;
                program.UpdatedAt = now;
                program.Version++;
                db.Add(AuditOf(program, Actor(caller), now, active ? "resumed" : "paused", before));
                await db.SaveChangesAsync(ct);
            }
            return ProgramResponse.Of(program);
        }, ct);

    /// <summary>Every change to a program, oldest first.</summary>
    public async Task<Outcome<List<ProgramAuditEntry>>> AuditAsync(string slug, CancellationToken ct)
    {
        var program = await db.Set<RewardProgram>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (program is null)
        {
            return NotFound(slug);
        }
        var entries = await db.Set<ProgramAudit>().AsNoTracking().Where(a => a.ProgramId == program.Id).OrderBy(a => a.Id).ToListAsync(ct);
        return entries.Select(a => new ProgramAuditEntry(a.Id, a.Actor, a.At, a.Change,
            a.BeforeJson is null ? null : JsonSerializer.Deserialize<JsonElement>(a.BeforeJson),
            JsonSerializer.Deserialize<JsonElement>(a.AfterJson))).ToList();
    }

    /// <summary>The audit row of a change to <paramref name="program"/> (its settings before and after).</summary>
    internal static ProgramAudit AuditOf(RewardProgram program, string actor, DateTimeOffset at, string change, ProgramSettings? before) => new()
    {
        ProgramId = program.Id,
        Actor = actor,
        At = at,
        Change = change,
        BeforeJson = before?.ToJson(),
        AfterJson = ProgramSettings.Of(program).ToJson(),
    };

    private const string InvalidTitle = "The program is not valid.";

    private static string Actor(CurrentCaller caller) => caller.Name ?? "unknown";

    private static Problem NotFound(string slug) => Problem.NotFound("Program not found.", $"No program '{slug}'.");
}
