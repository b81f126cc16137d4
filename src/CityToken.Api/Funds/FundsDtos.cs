namespace CityToken.Api.Funds;

/// <summary>
/// Body of POST /api/funds/projects: <c>budget</c> in minor units of <c>currency</c> (e.g. fen for "CNY"), a whole
/// number as a JSON string or number; the name and description are kept here, their hash goes on chain.
/// </summary>
public sealed record FundsProjectRequest(string? Name, string? Description, string? Department, JsonElement? Budget, string? Currency);

/// <summary>
/// Body of POST /api/funds/projects/{id}/disbursements. A payment: <c>payee</c> (address), <c>amount</c> (minor units),
/// <c>category</c> (works, services, goods, other) and <c>documentHash</c> (0x + 32 bytes, the invoice's hash). A payroll:
/// <c>category</c> "payroll" and <c>wages</c> (no payee, amount or document hash: the total and the Merkle root are
/// computed here).
/// </summary>
public sealed record FundsDisbursementRequest(
    string? Payee, JsonElement? Amount, string? Category, string? DocumentHash, string? Description, IReadOnlyList<FundsWageRequest>? Wages);

/// <summary>One worker's wage in a payroll: their id (never stored on chain, only salted) and amount in minor units.</summary>
public sealed record FundsWageRequest(string? Worker, JsonElement? Amount);

/// <summary>Answer to a funds write: the request, where to follow it, and for a payroll each worker's receipt code (shown once).</summary>
public sealed record FundsRequestAccepted(Guid Id, string StatusUrl, IReadOnlyList<FundsWageReceipt>? Receipts);

/// <summary>A worker's receipt code: give it to the worker; with it (only) they find their wage at /funds.</summary>
public sealed record FundsWageReceipt(string Worker, string Amount, string ReceiptCode);

/// <summary>Progress of a funds write.</summary>
/// <param name="Status">pending, confirmed (indexed), or failed (the transaction reverted or failed).</param>
public sealed record FundsRequestView(Guid Id, string Kind, string Status, string StaffName, long? ProjectId, long? DisbursementId, string? TxHash, string? Error);

/// <summary>A project as the public sees it (from the index); amounts in minor units of <see cref="Currency"/>.</summary>
/// <param name="Approved">Paid: the sum of approved disbursements.</param>
/// <param name="Pending">Proposed and not yet decided.</param>
/// <param name="Remaining">Budget minus approved.</param>
public sealed record FundsProjectView(
    long Id, string? Name, string? Description, string Department, string Currency, string Budget, string Approved, string Pending,
    string Remaining, int Disbursements, string MetadataHash, string TxHash, long BlockNumber, long CreatedAt);

/// <summary>Projects, by id.</summary>
public sealed record FundsProjectList(IReadOnlyList<FundsProjectView> Projects);

/// <summary>Who proposed or decided: a staff key's name, or an account's address.</summary>
public sealed record FundsActorView(string Actor, string? Name, string? Account);

/// <summary>A disbursement (from the index): who proposed and who decided it, its document hash and transactions.</summary>
/// <param name="Status">proposed, approved or rejected.</param>
/// <param name="Payee">Null for a payroll.</param>
public sealed record FundsDisbursementView(
    long Id, long ProjectId, string Category, string? Payee, string Amount, string Currency, string Status, string DocumentHash,
    string? Description, FundsActorView Proposer, FundsActorView? Decider, string ProposedTx, long ProposedAt, string? DecidedTx, long? DecidedAt);

/// <summary>A project's disbursements, newest first.</summary>
public sealed record FundsDisbursementList(IReadOnlyList<FundsDisbursementView> Disbursements);

/// <summary>
/// A worker's wage found by receipt code, with what proves it: the leaf's parts and the proof against the payroll's
/// on-chain root (check with PublicFunds' <c>verifyWage(disbursementId, worker, amount, salt, proof)</c>).
/// </summary>
/// <param name="Status">pending (the payroll is not on chain yet), proposed, approved or rejected.</param>
public sealed record FundsWageView(
    string Amount, string Currency, long? ProjectId, string? ProjectName, long? DisbursementId, string Status, string Worker, string Salt,
    string Root, IReadOnlyList<string> Proof, string? ProposedTx, string? ApprovedTx, string? Contract);
