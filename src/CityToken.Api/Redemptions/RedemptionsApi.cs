namespace CityToken.Api.Redemptions;

/// <summary>
/// Gasless redemption over HTTP: the resident signs an ERC-2612 permit (typed data served here), the service checks it
/// and relays <c>redeemWithPermit</c> through the outbox (<see cref="RedemptionRelay"/>); reads are <see cref="RedemptionService"/>.
/// </summary>
public static class RedemptionsApi
{
    public static IEndpointRouteBuilder MapRedemptionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/redemptions").WithTags("Redemptions");
        // Anonymous on purpose: the permit signature is the resident's authorisation, as for any gasless relayer.
        group.MapGet("/permit-typed-data", GetPermitTypedData).AllowAnonymous().WithName("GetPermitTypedData")
            .WithSummary("The exact ERC-2612 permit typed data (domain, types, primaryType, message) to sign with eth_signTypedData_v4.");
        group.MapGet("/redemption-typed-data", GetRedemptionTypedData).AllowAnonymous().WithName("GetRedemptionTypedData")
            .WithSummary("The EIP-712 Redemption typed data (reward, quantity, price, catalog nonce, deadline) the resident signs beside the permit; use the permit's deadline.");
        group.MapPost("/", SubmitRedemption).AllowAnonymous().WithName("SubmitRedemption")
            .WithSummary("Checks a permit-signed redemption (reward, stock, balance, deadline, both signatures, a dry run of the exact call) and relays it; 202 with a status URL.")
            .Accepts<RedemptionSubmission>("application/json");
        group.MapGet("/", ListRedemptions).RequireAuthorization(AuthPolicies.AdminOrAuditor).WithName("ListRedemptions")
            .WithSummary("Every indexed redemption, newest first, with its voucher's state (never its code); filters status (pending, issued, used), resident, rewardId; cursor paging (admin / auditor).");
        group.MapGet("/export", ExportRedemptions).RequireAuthorization(AuthPolicies.AdminOrAuditor).WithName("ExportRedemptions")
            .WithSummary("Every redemption the list's filters (status, resident, rewardId) select, newest first, as a streamed CSV file (never a voucher's code); excel=true adds a UTF-8 byte order mark (admin / auditor).");
        group.MapGet("/{id:guid}", GetRedemption).AllowAnonymous().WithName("GetRedemption")
            .WithSummary("A relayed redemption: status, transaction, redemption id and voucher (the code only for the resident's own session).");
        routes.MapGet("/api/residents/{address}/redemptions", ListResidentRedemptions).WithTags("Redemptions")
            .RequireAuthorization(AuthPolicies.ResidentSelfOrAdminOrAuditor).WithName("ListResidentRedemptions")
            .WithSummary("A resident's redemptions with their vouchers, newest first (the resident's own session, or admin / auditor).");
        return routes;
    }

    internal static async Task<Results<Ok<PermitTypedDataView>, ValidationProblem, ProblemHttpResult>> GetPermitTypedData(
        RedemptionService redemptions, CancellationToken cancellationToken,
        string? resident = null, string? rewardId = null, string? quantity = null, string? deadline = null) =>
        (await redemptions.PermitTypedDataAsync(resident, rewardId, quantity, deadline, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<RedemptionTypedDataView>, ValidationProblem, ProblemHttpResult>> GetRedemptionTypedData(
        RedemptionService redemptions, CancellationToken cancellationToken,
        string? resident = null, string? rewardId = null, string? quantity = null, string? deadline = null) =>
        (await redemptions.RedemptionTypedDataAsync(resident, rewardId, quantity, deadline, cancellationToken)).ToOk();

    internal static Task<Results<Accepted<RedemptionAccepted>, ValidationProblem, ProblemHttpResult>> SubmitRedemption(
        HttpRequest http, RedemptionRelay relay, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((RedemptionSubmission body) => relay.SubmitAsync(body, cancellationToken),
            accepted => TypedResults.Accepted(accepted.StatusUrl, accepted), cancellationToken);

    internal static async Task<Results<Ok<StaffRedemptionPage>, ValidationProblem, ProblemHttpResult>> ListRedemptions(
        StaffRedemptionList list, CancellationToken cancellationToken,
        string? status = null, string? resident = null, long? rewardId = null, string? cursor = null, int? limit = null) =>
        (await list.ListAsync(status, resident, rewardId, cursor, limit, cancellationToken)).ToOk();

    internal static async Task<Results<CsvFileResult<StaffRedemptionView>, ValidationProblem, ProblemHttpResult>> ExportRedemptions(
        StaffRedemptionList list, CancellationToken cancellationToken,
        string? status = null, string? resident = null, long? rewardId = null, bool? excel = null) =>
        (await list.ExportAsync(status, resident, rewardId, cancellationToken)).ToCsv(excel);

    internal static async Task<Results<Ok<RedemptionStatusView>, ValidationProblem, ProblemHttpResult>> GetRedemption(
        Guid id, CurrentCaller caller, RedemptionService redemptions, CancellationToken cancellationToken) =>
        (await redemptions.GetAsync(id, caller, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<ResidentRedemptionsPage>, ValidationProblem, ProblemHttpResult>> ListResidentRedemptions(
        string address, CurrentCaller caller, RedemptionService redemptions, CancellationToken cancellationToken,
        long? before = null, int? limit = null) =>
        (await redemptions.ListResidentAsync(address, caller, before, limit, cancellationToken)).ToOk();
}
