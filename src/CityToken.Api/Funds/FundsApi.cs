namespace CityToken.Api.Funds;

/// <summary>Public funds over HTTP: staff writes (through the outbox) and public reads (from the index).</summary>
public static class FundsApi
{
    public static IEndpointRouteBuilder MapFundsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/funds").WithTags("Funds");
        group.MapGet("/projects", ListProjects).AllowAnonymous().WithName("ListFundsProjects")
            .WithSummary("Projects with budget, approved, pending and remaining (minor units of their currency), from the index.");
        group.MapGet("/projects/{id:long}", GetProject).AllowAnonymous().WithName("GetFundsProject")
            .WithSummary("One project: budget, approved, pending, remaining.");
        group.MapGet("/projects/{id:long}/disbursements", ListDisbursements).AllowAnonymous().WithName("ListFundsDisbursements")
            .WithSummary("A project's disbursements: payee, amount, status, document hash, proposer and approver, transactions.");
        group.MapGet("/projects/{id:long}/disbursements.csv", ExportDisbursements).AllowAnonymous().WithName("ExportFundsDisbursements")
            .WithSummary("The same as CSV (formula-looking cells neutralised).");
        group.MapGet("/wages/{receiptCode}", GetWage).AllowAnonymous().WithName("GetFundsWage")
            .WithSummary("A worker's wage by receipt code, with the Merkle proof against the payroll's on-chain root.");
        group.MapPost("/projects", CreateProject).RequireRoles(AccessRules.FundsBudgeters).WithName("CreateFundsProject")
            .WithSummary("Creates a project (admin, finance) on chain through the outbox; 202 with a status URL.")
            .Accepts<FundsProjectRequest>("application/json");
        group.MapPost("/projects/{id:long}/disbursements", Propose).RequireRoles(AccessRules.FundsOfficers).WithName("ProposeFundsDisbursement")
            .WithSummary("Proposes a payment or a payroll (finance); 202 with a status URL and, for a payroll, each worker's receipt code.")
            .Accepts<FundsDisbursementRequest>("application/json");
        group.MapPost("/disbursements/{id:long}/approve", Approve).RequireRoles(AccessRules.FundsApprovers).WithName("ApproveFundsDisbursement")
            .WithSummary("Approves a disbursement (approver, not its proposer): paid and counted against the budget once mined.");
        group.MapPost("/disbursements/{id:long}/reject", Reject).RequireRoles(AccessRules.FundsApprovers).WithName("RejectFundsDisbursement")
            .WithSummary("Rejects a disbursement (approver, not its proposer).");
        group.MapGet("/requests/{requestId:guid}", GetRequest).RequireRoles(AccessRules.FundsStaff).WithName("GetFundsRequest")
            .WithSummary("Progress of a funds write: its transaction and, once indexed, the project or disbursement id.");
        return routes;
    }

    internal static async Task<Ok<FundsProjectList>> ListProjects(FundsQueries funds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await funds.ListProjectsAsync(cancellationToken));

    internal static async Task<Results<Ok<FundsProjectView>, ValidationProblem, ProblemHttpResult>> GetProject(
        long id, FundsQueries funds, CancellationToken cancellationToken) => (await funds.GetProjectAsync(id, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<FundsDisbursementList>, ValidationProblem, ProblemHttpResult>> ListDisbursements(
        long id, FundsQueries funds, CancellationToken cancellationToken) => (await funds.ListDisbursementsAsync(id, cancellationToken)).ToOk();

    internal static async Task<Results<CsvFileResult<FundsDisbursementView>, ValidationProblem, ProblemHttpResult>> ExportDisbursements(
        long id, bool? excel, FundsQueries funds, CancellationToken cancellationToken)
    {
        var list = await funds.ListDisbursementsAsync(id, cancellationToken);
        Outcome<CsvExport<FundsDisbursementView>> export = list.Problem is { } problem ? problem : FundsCsv.Disbursements(id, list.Value!.Disbursements);
        return export.ToCsv(excel);
    }

    internal static async Task<Results<Ok<FundsWageView>, ValidationProblem, ProblemHttpResult>> GetWage(
        string receiptCode, FundsQueries funds, CancellationToken cancellationToken) => (await funds.WageAsync(receiptCode, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<FundsRequestView>, ValidationProblem, ProblemHttpResult>> GetRequest(
        Guid requestId, FundsQueries funds, CancellationToken cancellationToken) => (await funds.RequestAsync(requestId, cancellationToken)).ToOk();

    internal static Task<Results<Accepted<FundsRequestAccepted>, ValidationProblem, ProblemHttpResult>> CreateProject(
        HttpRequest http, CurrentCaller caller, FundsService funds, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((FundsProjectRequest request) => funds.CreateProjectAsync(request, caller, cancellationToken), Accepted, cancellationToken);

    internal static Task<Results<Accepted<FundsRequestAccepted>, ValidationProblem, ProblemHttpResult>> Propose(
        long id, HttpRequest http, CurrentCaller caller, FundsService funds, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((FundsDisbursementRequest request) => funds.ProposeAsync(id, request, caller, cancellationToken), Accepted, cancellationToken);

    internal static async Task<Results<Accepted<FundsRequestAccepted>, ValidationProblem, ProblemHttpResult>> Approve(
        long id, CurrentCaller caller, FundsService funds, CancellationToken cancellationToken) =>
        (await funds.DecideAsync(id, approve: true, caller, cancellationToken)).ToAccepted(a => a.StatusUrl);

    internal static async Task<Results<Accepted<FundsRequestAccepted>, ValidationProblem, ProblemHttpResult>> Reject(
        long id, CurrentCaller caller, FundsService funds, CancellationToken cancellationToken) =>
        (await funds.DecideAsync(id, approve: false, caller, cancellationToken)).ToAccepted(a => a.StatusUrl);

    private static Accepted<FundsRequestAccepted> Accepted(FundsRequestAccepted accepted) => TypedResults.Accepted(accepted.StatusUrl, accepted);
}
