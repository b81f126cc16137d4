namespace CityToken.Api.Rewards;

/// <summary>Reward programs under /api/programs: public reading, admin management, audit trail; the work is <see cref="ProgramService"/>'s.</summary>
public static class ProgramsApi
{
    public static IEndpointRouteBuilder MapProgramsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/programs").WithTags("Programs");
        group.MapGet("/", List).AllowAnonymous()
            .WithName("ListPrograms").WithSummary("Every program with its rule, caps and remaining budget (public).");
        group.MapGet("/{slug}", Get).AllowAnonymous()
            .WithName("GetProgram").WithSummary("One program with its rule, caps and remaining budget (public).");
        group.MapPost("/", Create).RequireRoles(AccessRules.Admins)
            .WithName("CreateProgram").WithSummary("Creates a program (admin). Token figures are decimal strings in whole tokens.");
        group.MapPut("/{slug}", Update).RequireRoles(AccessRules.Admins)
            .WithName("UpdateProgram").WithSummary("Replaces a program's settings (admin); the slug stays.");
        group.MapPost("/{slug}/pause", (string slug, CurrentCaller caller, ProgramService programs, CancellationToken ct) =>
                SetActive(slug, false, caller, programs, ct)).RequireRoles(AccessRules.Admins)
            .WithName("PauseProgram").WithSummary("Pauses a program: its actions are rejected as program-inactive (admin).");
        group.MapPost("/{slug}/resume", (string slug, CurrentCaller caller, ProgramService programs, CancellationToken ct) =>
                SetActive(slug, true, caller, programs, ct)).RequireRoles(AccessRules.Admins)
            .WithName("ResumeProgram").WithSummary("Resumes a paused program (admin).");
        group.MapGet("/{slug}/audit", Audit).RequireAuthorization(RewardsPolicies.AdminOrAuditor)
            .WithName("GetProgramAudit").WithSummary("Every change to a program: who, when, before and after (admin, auditor).");
        return routes;
    }

    internal static async Task<Ok<List<ProgramResponse>>> List(ProgramService programs, CancellationToken ct) =>
        TypedResults.Ok(await programs.ListAsync(ct));

    internal static async Task<Results<Ok<ProgramResponse>, ProblemHttpResult>> Get(string slug, ProgramService programs, CancellationToken ct) =>
        (await programs.GetAsync(slug, ct)).ToOkOrProblem();

    internal static async Task<Results<Created<ProgramResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ProgramSettings settings, CurrentCaller caller, ProgramService programs, CancellationToken ct) =>
        (await programs.CreateAsync(settings, caller, ct)).ToCreated(program => $"/api/programs/{program.Slug}");

    internal static async Task<Results<Ok<ProgramResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string slug, ProgramSettings settings, CurrentCaller caller, ProgramService programs, CancellationToken ct) =>
        (await programs.UpdateAsync(slug, settings, caller, ct)).ToOk();

    private static async Task<Results<Ok<ProgramResponse>, ProblemHttpResult>> SetActive(
        string slug, bool active, CurrentCaller caller, ProgramService programs, CancellationToken ct) =>
        (await programs.SetActiveAsync(slug, active, caller, ct)).ToOkOrProblem();

    internal static async Task<Results<Ok<List<ProgramAuditEntry>>, ProblemHttpResult>> Audit(string slug, ProgramService programs, CancellationToken ct) =>
        (await programs.AuditAsync(slug, ct)).ToOkOrProblem();
}
