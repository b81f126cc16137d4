using System.Security.Claims;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Api.Rewards;

public static class ProgramsApi
{
    /// <summary>Reward programs under /api/programs: public reading, admin management, audit trail.</summary>
    public static IEndpointRouteBuilder MapProgramsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/programs").WithTags("Programs");
        group.MapGet("/", List).AllowAnonymous()
            .WithName("ListPrograms").WithSummary("Every program with its rule, caps and remaining budget (public).");
        group.MapGet("/{slug}", Get).AllowAnonymous()
            .WithName("GetProgram").WithSummary("One program with its rule, caps and remaining budget (public).");
        group.MapPost("/", Create).RequireAuthorization(StaffRoles.Admin)
            .WithName("CreateProgram").WithSummary("Creates a program (admin). Token figures are decimal strings in whole tokens.");
        group.MapPut("/{slug}", Update).RequireAuthorization(StaffRoles.Admin)
            .WithName("UpdateProgram").WithSummary("Replaces a program's settings (admin); the slug stays.");
        group.MapPost("/{slug}/pause", (string slug, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, IntakeService intake, CancellationToken ct) =>
                SetActive(slug, false, user, db, time, intake, ct)).RequireAuthorization(StaffRoles.Admin)
            .WithName("PauseProgram").WithSummary("Pauses a program: its actions are rejected as program-inactive (admin).");
        group.MapPost("/{slug}/resume", (string slug, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, IntakeService intake, CancellationToken ct) =>
                SetActive(slug, true, user, db, time, intake, ct)).RequireAuthorization(StaffRoles.Admin)
            .WithName("ResumeProgram").WithSummary("Resumes a paused program (admin).");
        group.MapGet("/{slug}/audit", Audit).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("GetProgramAudit").WithSummary("Every change to a program: who, when, before and after (admin, auditor).");
        return routes;
    }

    internal static async Task<Ok<List<ProgramResponse>>> List(CityTokenDb db, CancellationToken ct)
    {
        var programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).ToListAsync(ct);
        return TypedResults.Ok(programs.Select(ProgramResponse.Of).ToList());
    }

    internal static async Task<Results<Ok<ProgramResponse>, ProblemHttpResult>> Get(string slug, CityTokenDb db, CancellationToken ct)
    {
        var program = await db.Set<RewardProgram>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        return program is null ? NotFound(slug) : TypedResults.Ok(ProgramResponse.Of(program));
    }

    internal static async Task<Results<Created<ProgramResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ProgramSettings settings, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var program = new RewardProgram { Slug = "", Name = "", ActionType = "", RuleJson = "{}", CreatedAt = now, UpdatedAt = now };
        var errors = settings.ApplyTo(program);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The program is not valid.");
        }
        if (await db.Set<RewardProgram>().AnyAsync(p => p.Slug == program.Slug, ct))
        {
            return TypedResults.Problem($"A program '{program.Slug}' exists already.", statusCode: StatusCodes.Status409Conflict, title: "The slug is taken.");
        }
        db.Add(program);
        await db.SaveChangesAsync(ct);
        db.Add(AuditOf(program, Actor(user), now, "created", null));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/programs/{program.Slug}", ProgramResponse.Of(program));
    }

    internal static Task<Results<Ok<ProgramResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string slug, ProgramSettings settings, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, IntakeService intake, CancellationToken ct) =>
        // Under the intake gate: the budget check against reserved amounts must not race with intake.
        intake.ExclusiveAsync<Results<Ok<ProgramResponse>, ValidationProblem, ProblemHttpResult>>(async () =>
        {
            var program = await db.Set<RewardProgram>().SingleOrDefaultAsync(p => p.Slug == slug, ct);
            if (program is null)
            {
                return NotFound(slug);
            }
            if (settings.Slug is not null && settings.Slug != slug)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["slug"] = ["A program's slug cannot change."] },
                    title: "The program is not valid.");
            }
            var before = ProgramSettings.Of(program);
            var errors = (settings with { Slug = slug }).ApplyTo(program);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "The program is not valid.");
            }
            var now = time.GetUtcNow();
            program.UpdatedAt = now;
            program.Version++;
            db.Add(AuditOf(program, Actor(user), now, "updated", before));
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(ProgramResponse.Of(program));
        }, ct);

    internal static Task<Results<Ok<ProgramResponse>, ProblemHttpResult>> SetActive(
        string slug, bool active, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, IntakeService intake, CancellationToken ct) =>
        intake.ExclusiveAsync<Results<Ok<ProgramResponse>, ProblemHttpResult>>(async () =>
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
                db.Add(AuditOf(program, Actor(user), now, active ? "resumed" : "paused", before));
                await db.SaveChangesAsync(ct);
            }
            return TypedResults.Ok(ProgramResponse.Of(program));
        }, ct);

    internal static async Task<Results<Ok<List<ProgramAuditEntry>>, ProblemHttpResult>> Audit(string slug, CityTokenDb db, CancellationToken ct)
    {
        var program = await db.Set<RewardProgram>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (program is null)
        {
            return NotFound(slug);
        }
        var entries = await db.Set<ProgramAudit>().AsNoTracking().Where(a => a.ProgramId == program.Id).OrderBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(a => new ProgramAuditEntry(a.Id, a.Actor, a.At, a.Change,
            a.BeforeJson is null ? null : JsonSerializer.Deserialize<JsonElement>(a.BeforeJson),
            JsonSerializer.Deserialize<JsonElement>(a.AfterJson))).ToList());
    }

    internal static ProgramAudit AuditOf(RewardProgram program, string actor, DateTimeOffset at, string change, ProgramSettings? before) => new()
    {
        ProgramId = program.Id,
        Actor = actor,
        At = at,
        Change = change,
        BeforeJson = before?.ToJson(),
        AfterJson = ProgramSettings.Of(program).ToJson(),
    };

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static ProblemHttpResult NotFound(string slug) =>
        TypedResults.Problem($"No program '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Program not found.");
}
