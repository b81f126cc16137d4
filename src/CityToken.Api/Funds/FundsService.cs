using System.Security.Cryptography;
using System.Text;
using CityToken.Api.TokenReadModel;
using CityToken.Contracts.PublicFunds.ContractDefinition;

namespace CityToken.Api.Funds;

/// <summary>
/// Staff writes to PublicFunds, through the outbox: create a project, propose a disbursement or payroll, approve or
/// reject one. Everything the contract would revert on is checked first against the index and the requests on their
/// way (unknown project, over budget, the proposer deciding), so the city never pays for a revert and staff get a 4xx.
/// </summary>
public sealed class FundsService(
    ChainGateway chain, TransactionOutbox outbox, CityTokenDb db, FundsLedger ledger, FundsDecisionGate gate, TimeProvider time)
{
    private static readonly string[] Categories = ["works", "services", "goods", "payroll", "other"];
    private static readonly BigInteger MaxAmount = BigInteger.One << 128;

    /// <summary>The contract's category number for a name, or -1.</summary>
    public static int CategoryOf(string? name) => Array.IndexOf(Categories, name?.Trim().ToLowerInvariant());

    /// <summary>The name of the contract's category <paramref name="number"/>.</summary>
    public static string CategoryName(int? number) => number is >= 0 and < 5 ? Categories[number.Value] : "unknown";

    public async Task<Outcome<FundsRequestAccepted>> CreateProjectAsync(FundsProjectRequest request, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = TextField.Read(request.Name, "name", FundsLimits.Name, errors);
        var description = TextField.Read(request.Description, "description", FundsLimits.Description, errors, required: false);
        var department = TextField.Read(request.Department, "department", FundsLimits.Department, errors);
        var budget = Amount(request.Budget, "budget", errors);
        var currency = request.Currency?.Trim();
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            errors["currency"] = ["Required: an ISO 4217 code, three upper-case letters, e.g. \"CNY\"."];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The project is not valid.");
        }
        if (Staff(caller) is { } notStaff)
        {
            return notStaff;
        }
        // The chain holds a hash of what the public reads about the project, so the description cannot change unseen.
        var metadata = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { name, description, department })));
        var call = new CreateProjectFunction
        {
            Budget = budget!.Value, Currency = Encoding.ASCII.GetBytes(currency!), Department = department!, MetadataHash = metadata,
        };
        return await StageAsync(new FundsRequest
        {
            Kind = "project", Amount = Uint256.Format(budget.Value), Name = name, Description = description, Hash = Hex.Of(metadata),
            StaffKeyId = caller.StaffKeyId, StaffName = caller.Name ?? "unknown", Actor = FundsActors.Of(caller.StaffKeyId!.Value),
        }, call, $"funds project '{name}'", null, cancellationToken);
    }

    public async Task<Outcome<FundsRequestAccepted>> ProposeAsync(long projectId, FundsDisbursementRequest request, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var category = CategoryOf(request.Category);
        if (category < 0)
        {
            errors["category"] = [$"Required: one of {string.Join(", ", Categories)}."];
        }
        var description = TextField.Read(request.Description, "description", FundsLimits.Description, errors, required: false);
        var payroll = category == 3 ? Payroll(request, errors) : null;
        string payee = Hex.ZeroAddress;
        BigInteger? amount = payroll?.Total;
        byte[]? document = payroll?.Tree.Root;
        if (category is >= 0 and not 3)
        {
            if (!ResidentAddress.TryParse(request.Payee, out var parsed, out var error) || parsed == Hex.ZeroAddress)
            {
                errors["payee"] = [error ?? "The payee must not be the zero address."];
            }
            else
            {
                payee = parsed;
            }
            amount = Amount(request.Amount, "amount", errors);
            document = Hash32(request.DocumentHash, errors);
            if (request.Wages is not null)
            {
                errors["wages"] = ["Wages go with category \"payroll\" only."];
            }
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The disbursement is not valid.");
        }
        if (Staff(caller) is { } notStaff)
        {
            return notStaff;
        }
        var project = await ledger.ProjectAsync(projectId, cancellationToken);
        if (project is null)
        {
            return Problem.NotFound("Unknown project.", $"There is no project {projectId} on chain (a new project appears once indexed).");
        }
        var remaining = await ledger.RemainingAsync(project, cancellationToken);
        if (amount!.Value > remaining)
        {
            return OverBudget(projectId, amount.Value, remaining);
        }
        var actor = FundsActors.Of(caller.StaffKeyId!.Value);
        var call = new ProposeForFunction
        {
            Staff = Hex.Bytes(actor), ProjectId = projectId, Payee = payee, Amount = amount.Value, Category = (byte)category, DocumentHash = document!,
        };
        var row = new FundsRequest
        {
            Kind = "propose", ProjectId = projectId, Amount = Uint256.Format(amount.Value), Description = description, Hash = Hex.Of(document!),
            Name = payroll is null ? null : $"payroll of {payroll.Wages.Count} workers",
            StaffKeyId = caller.StaffKeyId, StaffName = caller.Name ?? "unknown", Actor = actor,
        };
        return await StageAsync(row, call, $"funds propose {CategoryName(category)} {amount} on project {projectId}", payroll, cancellationToken);
    }

    /// <summary>
    /// Approves (or rejects) disbursement <paramref name="disbursementId"/> as the calling staff member, who must not be
    /// its proposer; one decision at a time (<see cref="FundsDecisionGate"/>), so what is checked is still true when staged.
    /// </summary>
    public Task<Outcome<FundsRequestAccepted>> DecideAsync(long disbursementId, bool approve, CurrentCaller caller, CancellationToken cancellationToken) =>
        gate.RunAsync(() => DecideNowAsync(disbursementId, approve, caller, cancellationToken), cancellationToken);

    private async Task<Outcome<FundsRequestAccepted>> DecideNowAsync(long disbursementId, bool approve, CurrentCaller caller, CancellationToken cancellationToken)
    {
        if (Staff(caller) is { } notStaff)
        {
            return notStaff;
        }
        var state = await ledger.DisbursementAsync(disbursementId, cancellationToken);
        if (state is null)
        {
            return Problem.NotFound("Unknown disbursement.", $"There is no disbursement {disbursementId} on chain (a proposal appears once indexed).");
        }
        if (state.Decision is not null || await ledger.DecisionOnItsWayAsync(disbursementId, cancellationToken))
        {
            return Problem.Conflict("Already decided.", $"Disbursement {disbursementId} is {state.Decision?.Kind ?? "being decided"}.").With("code", "not-pending");
        }
        var actor = FundsActors.Of(caller.StaffKeyId!.Value);
        if (string.Equals(state.Proposal.Actor, actor, StringComparison.Ordinal))
        {
            return Problem.Forbidden("Two people are needed.", "You proposed this disbursement: a different approver must decide it.").With("code", "same-person");
        }
        if (approve)
        {
            var project = await ledger.ProjectAsync(state.Proposal.ProjectId, cancellationToken);
            var remaining = await ledger.RemainingAsync(project!, cancellationToken);
            var amount = Uint256.Parse(state.Proposal.Amount);
            if (amount > remaining)
            {
                return OverBudget(state.Proposal.ProjectId, amount, remaining);
            }
        }
        var staff = Hex.Bytes(actor);
        var row = new FundsRequest
        {
            Kind = approve ? "approve" : "reject", ProjectId = state.Proposal.ProjectId, DisbursementId = disbursementId, Amount = state.Proposal.Amount,
            StaffKeyId = caller.StaffKeyId, StaffName = caller.Name ?? "unknown", Actor = actor,
        };
        var purpose = $"funds {row.Kind} disbursement {disbursementId}";
        return approve
            ? await StageAsync(row, new ApproveForFunction { Staff = staff, DisbursementId = disbursementId }, purpose, null, cancellationToken)
            : await StageAsync(row, new RejectForFunction { Staff = staff, DisbursementId = disbursementId }, purpose, null, cancellationToken);
    }

    private async Task<Outcome<FundsRequestAccepted>> StageAsync<TFunction>(
        FundsRequest row, TFunction call, string purpose, PayrollDraft? payroll, CancellationToken cancellationToken)
        where TFunction : Nethereum.Contracts.FunctionMessage, new()
    {
        if (!ContractAddress.TryGet(chain, ContractNames.PublicFunds, out var fundsAddress, out var noDeployment))
        {
            return noDeployment;
        }
        row.Id = Guid.NewGuid();
        row.CreatedAt = time.GetUtcNow().ToUnixTimeSeconds();
        db.Add(row);
        var receipts = payroll?.Stage(db, row.Id);
        await outbox.StageCallAsync(db, fundsAddress, call, FundsRequest.OutboxKey(row.Id), purpose, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        return new FundsRequestAccepted(row.Id, $"/api/funds/requests/{row.Id:D}", receipts);
    }

    private static Problem? Staff(CurrentCaller caller) => caller.StaffKeyId is null
        ? Problem.Forbidden("A named staff key is needed.", "Funds are proposed and approved by people: use your own staff key, not the bootstrap admin key.")
        : null;

    private static Problem OverBudget(long projectId, BigInteger amount, BigInteger remaining) =>
        Problem.Conflict("Over budget.", $"{amount} exceeds the {remaining} (minor units) project {projectId} can still pay, counting approvals on their way.")
            .With("code", "over-budget").With("remaining", Uint256.Format(remaining));

    private static PayrollDraft? Payroll(FundsDisbursementRequest request, Dictionary<string, string[]> errors)
    {
        if (request.Payee is not null || request.DocumentHash is not null || request.Amount is { ValueKind: not JsonValueKind.Null })
        {
            errors["payroll"] = ["A payroll has wages only: its total and document (the Merkle root) are computed."];
        }
        if (request.Wages is not { Count: > 0 and <= FundsLimits.Workers })
        {
            errors["wages"] = [$"Required: 1 to {FundsLimits.Workers} wages {{ worker, amount }}."];
            return null;
        }
        var wages = new List<(string Worker, BigInteger Amount)>();
        for (var i = 0; i < request.Wages.Count; i++)
        {
            var worker = TextField.Read(request.Wages[i]?.Worker, $"wages[{i}].worker", 100, errors);
            var amount = Amount(request.Wages[i]?.Amount, $"wages[{i}].amount", errors);
            if (worker is not null && amount is not null)
            {
                wages.Add((worker, amount.Value));
            }
        }
        return errors.Count > 0 ? null : new PayrollDraft(wages);
    }

    private static BigInteger? Amount(JsonElement? value, string field, Dictionary<string, string[]> errors)
    {
        if (!JsonBody.TryReadWholeNumber(value, 38, out var amount) || amount.IsZero || amount >= MaxAmount)
        {
            errors[field] = ["Required: a positive whole number of minor units (e.g. fen), as a JSON string or number."];
            return null;
        }
        return amount;
    }

    private static byte[]? Hash32(string? value, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (text is not { Length: 66 } || !text.StartsWith("0x", StringComparison.Ordinal) || !text[2..].All(char.IsAsciiHexDigit)
            || text[2..].All(c => c == '0'))
        {
            errors["documentHash"] = ["Required: the document's hash, 0x and 64 hex digits, not all zero."];
            return null;
        }
        return Hex.Bytes(text);
    }
}
