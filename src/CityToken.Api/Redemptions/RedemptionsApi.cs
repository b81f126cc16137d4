using System.Globalization;
using System.Numerics;
using System.Security.Claims;
using System.Text.Json;
using CityToken.Api.Ethereum;
using CityToken.Api.Hosting;
using CityToken.Api.Auth;
using CityToken.Api.Redemptions;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Indexing;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Storage;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Redemptions;

/// <summary>
/// Gasless redemption: the resident signs an ERC-2612 permit (typed data served here), the service checks it and
/// relays <c>redeemWithPermit</c> through the outbox; once the Redeemed event is indexed a voucher is issued.
/// </summary>
public static class RedemptionsApi
{
    /// <summary>Role of a resident's wallet session (Sign-In with Ethereum); its NameIdentifier is the checksummed address.</summary>
    public const string ResidentRole = ResidentRoles.Resident;

    private const int MaxPriorNoncesChecked = 8;

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
        group.MapGet("/", StaffRedemptionList.ListAsync).RequireAuthorization(AuthPolicies.AdminOrAuditor).WithName("ListRedemptions")
            .WithSummary("Every indexed redemption, newest first, with its voucher's state (never its code); filters status (pending, issued, used), resident, rewardId; cursor paging (admin / auditor).");
        group.MapGet("/{id:guid}", GetRedemption).AllowAnonymous().WithName("GetRedemption")
            .WithSummary("A relayed redemption: status, transaction, redemption id and voucher (the code only for the resident's own session).");
        routes.MapGet("/api/residents/{address}/redemptions", ListResidentRedemptions).WithTags("Redemptions")
            .RequireAuthorization(AuthPolicies.ResidentSelfOrAdminOrAuditor).WithName("ListResidentRedemptions")
            .WithSummary("A resident's redemptions with their vouchers, newest first (the resident's own session, or admin / auditor).");
        return routes;
    }

    internal static async Task<Results<Ok<PermitTypedDataView>, ValidationProblem, ProblemHttpResult>> GetPermitTypedData(
        ChainGateway chain, CityTokenDb db, TimeProvider time, IOptions<RedemptionOptions> options, CancellationToken cancellationToken,
        string? resident = null, string? rewardId = null, string? quantity = null, string? deadline = null)
    {
        var errors = new Dictionary<string, string[]>();
        var address = Address(resident, "resident", errors);
        var reward = RewardId(rewardId, errors);
        var units = Quantity(quantity, errors);
        long? until = null;
        if (deadline is not null)
        {
            if (long.TryParse(deadline, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                until = parsed;
            }
            else
            {
                errors["deadline"] = ["Unix time in seconds."];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        until ??= now + options.Value.PermitLifetimeSeconds;
        if (until <= now + options.Value.MinDeadlineMarginSeconds)
        {
            return DeadlineProblem(now, options.Value);
        }
        var (quote, problem) = await RedemptionQuote.LoadAsync(chain, address!, reward!.Value, units!.Value);
        if (quote is null)
        {
            return problem!;
        }
        return TypedResults.Ok(PermitTypedData.View(quote.Domain, quote.Permit(address!, until.Value)));
    }

    internal static async Task<Results<Ok<RedemptionTypedDataView>, ValidationProblem, ProblemHttpResult>> GetRedemptionTypedData(
        ChainGateway chain, CityTokenDb db, TimeProvider time, IOptions<RedemptionOptions> options, CancellationToken cancellationToken,
        string? resident = null, string? rewardId = null, string? quantity = null, string? deadline = null)
    {
        var errors = new Dictionary<string, string[]>();
        var address = Address(resident, "resident", errors);
        var reward = RewardId(rewardId, errors);
        var units = Quantity(quantity, errors);
        if (!long.TryParse(deadline, NumberStyles.None, CultureInfo.InvariantCulture, out var until))
        {
            errors["deadline"] = ["Required: the deadline of the permit signed with it (unix seconds): both share one deadline."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        if (until <= now + options.Value.MinDeadlineMarginSeconds)
        {
            return DeadlineProblem(now, options.Value);
        }
        var (quote, problem) = await RedemptionQuote.LoadAsync(chain, address!, reward!.Value, units!.Value);
        if (quote is null)
        {
            return problem!;
        }
        return TypedResults.Ok(RedemptionTypedData.View(quote.CatalogDomain, quote.Choice(address!, until)));
    }

    internal static async Task<Results<Accepted<RedemptionAccepted>, ValidationProblem, ProblemHttpResult>> SubmitRedemption(
        HttpRequest http, ChainGateway chain, TransactionOutbox outbox, RelaySimulator simulator, CityTokenDb db, TimeProvider time,
        IOptions<RedemptionOptions> options, IOptions<ChainOptions> chainOptions, CancellationToken cancellationToken)
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<RedemptionSubmission>(http, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }
        var errors = new Dictionary<string, string[]>();
        var resident = Address(body.Resident, "resident", errors);
        if (body.RewardId is not > 0)
        {
            errors["rewardId"] = ["Required: a reward id (a positive integer)."];
        }
        var quantity = Quantity(JsonBody.NumberText(body.Quantity), errors);
        if (body.Deadline is not > 0)
        {
            errors["deadline"] = ["Required: the permit's deadline (unix seconds), as in the typed data you signed."];
        }
        if (!PermitTypedData.TryParseSignature(body.Signature, out var signature, out var signatureError))
        {
            errors["signature"] = [signatureError];
        }
        if (!PermitTypedData.TryParseSignature(body.RedemptionSignature, out var choiceParts, out var choiceError))
        {
            errors["redemptionSignature"] = ["Required: the signature of the Redemption typed data (GET /api/redemptions/redemption-typed-data). " + choiceError];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The redemption is not valid.");
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        if (body.Deadline!.Value <= now + options.Value.MinDeadlineMarginSeconds)
        {
            return DeadlineProblem(now, options.Value);
        }

        var (quote, problem) = await RedemptionQuote.LoadAsync(chain, resident!, body.RewardId!.Value, quantity!.Value);
        if (quote is null)
        {
            return problem!;
        }
        if (quote.Balance < quote.Cost)
        {
            return TypedResults.Problem(
                $"{resident} holds {quote.Balance} base units; {quote.Quantity} unit(s) of reward {quote.RewardId} cost {quote.Cost}.",
                statusCode: StatusCodes.Status409Conflict, title: "Insufficient balance.");
        }
        var permit = quote.Permit(resident!, body.Deadline.Value);
        var signer = PermitTypedData.Recover(PermitTypedData.Digest(quote.Domain, permit), signature);
        if (signer is null)
        {
            return MalformedSignature("signature");
        }
        if (!string.Equals(signer, resident, StringComparison.OrdinalIgnoreCase))
        {
            return SignatureProblem(quote, permit, signature);
        }
        // v as 27/28, as OpenZeppelin's ECDSA on chain wants it (wallets may give 0/1).
        var choiceSignature = Convert.ToHexStringLower([.. choiceParts.R, .. choiceParts.S, choiceParts.V]).EnsureHexPrefix();
        var choice = quote.Choice(resident!, body.Deadline.Value);
        var chooser = PermitTypedData.Recover(RedemptionTypedData.Digest(quote.CatalogDomain, choice), choiceParts);
        if (chooser is null)
        {
            return MalformedSignature("redemptionSignature");
        }
        if (!string.Equals(chooser, resident, StringComparison.OrdinalIgnoreCase))
        {
            return ChoiceSignatureProblem(quote, choice);
        }

        // Reverted relays are paid by the city: after a few for this resident within the window, stop relaying theirs.
        var since = time.GetUtcNow().AddHours(-options.Value.FailedRelayWindowHours).ToUnixTimeSeconds();
        var failedRelays = await (from request in db.Set<RedemptionRequest>()
                                  join entry in db.Set<OutboxEntry>() on request.OutboxKey equals entry.IdempotencyKey
                                  where request.Resident == resident && request.CreatedAt >= since
                                        && (entry.Status == OutboxStatus.Reverted || entry.Status == OutboxStatus.Failed)
                                  select request.Id).CountAsync(cancellationToken);
        if (failedRelays >= options.Value.MaxFailedRelaysPerResident)
        {
            return TypedResults.Problem(
                $"{failedRelays} relayed redemption(s) of {resident} ended reverted or failed in the last {options.Value.FailedRelayWindowHours} h; " +
                $"the service relays at most {options.Value.MaxFailedRelaysPerResident} that fail in that window. The resident may still redeem directly (approve, then redeem), paying the gas.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed relays.",
                extensions: new Dictionary<string, object?> { ["code"] = "tooManyFailedRelays" });
        }

        var nonce = quote.Nonce.ToString(CultureInfo.InvariantCulture);
        var activeKey = RedemptionRequest.ActiveKeyFor(resident!, nonce);
        // One redemption in flight per permit nonce: the unique ActiveKey decides (below); an ended holder gives it up here.
        // Final entries do not block: a reverted relay left the nonce unused, and a confirmed one moved it on (or, had
        // someone front-run the permit, spent an allowance instead, leaving this nonce free for a new permit).
        var holder = await db.Set<RedemptionRequest>().SingleOrDefaultAsync(r => r.ActiveKey == activeKey, cancellationToken);
        if (holder is not null)
        {
            var holderStatus = await db.Set<OutboxEntry>().Where(e => e.IdempotencyKey == holder.OutboxKey).Select(e => e.Status).SingleAsync(cancellationToken);
            if (holderStatus is not (OutboxStatus.Reverted or OutboxStatus.Failed or OutboxStatus.Confirmed))
            {
                return NonceInUse(holder.Id, nonce);
            }
            holder.ActiveKey = null;
        }

        var id = Guid.NewGuid();
        var redemption = new RedemptionRequest
        {
            Id = id,
            Resident = resident!,
            RewardId = quote.RewardId,
            Quantity = quote.Quantity.ToString(CultureInfo.InvariantCulture),
            Cost = quote.Cost.ToString(CultureInfo.InvariantCulture),
            Price = quote.Price.ToString(CultureInfo.InvariantCulture),
            PermitNonce = nonce,
            Deadline = body.Deadline.Value,
            ChoiceSignature = choiceSignature,
            ActiveKey = activeKey,
            OutboxKey = RedemptionRequest.OutboxKeyFor(id),
            CreatedAt = time.GetUtcNow().ToUnixTimeSeconds(),
        };
        var call = new RedeemWithPermitFunction
        {
            Order = new RedemptionOrder
            {
                Resident = resident!, RewardId = quote.RewardId, Quantity = quote.Quantity, Price = quote.Price, Deadline = body.Deadline.Value,
            },
            Permit = new CityToken.Contracts.RewardCatalog.ContractDefinition.PermitSignature { V = signature.V, R = signature.R, S = signature.S },
            Signature = choiceSignature.HexToByteArray(),
        };
        var callData = call.GetCallData().ToHex(true);
        try
        {
            // The exact transaction, from the relayer's account: whatever the checks above missed, the chain tells.
            if (await simulator.RefuseIfRevertsAsync(quote.Catalog, callData, $"the redemption of {quote.Quantity} x reward {quote.RewardId} for {resident}",
                    cancellationToken) is { } wouldRevert)
            {
                return wouldRevert;
            }
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex) || ex is OutboxRpcException)
        {
            return TypedResults.Problem(ChainErrors.Describe(ex, chainOptions.Value.RpcUrl), statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The chain is unavailable.");
        }
        db.Add(redemption);
        await outbox.StageCallAsync(db, quote.Catalog, call, redemption.OutboxKey,
            $"redeem {quote.Quantity} x reward {quote.RewardId} for {resident} (permit)", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Another submission took this permit nonce at the same moment: its relay is the one.
            var winner = await db.Set<RedemptionRequest>().AsNoTracking().Where(r => r.ActiveKey == activeKey).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            return NonceInUse(winner, nonce);
        }
        outbox.Wake();
        var url = $"/api/redemptions/{id:D}";
        return TypedResults.Accepted(url, new RedemptionAccepted(id, "queued", url));
    }

    internal static async Task<Results<Ok<RedemptionStatusView>, ProblemHttpResult>> GetRedemption(
        Guid id, ClaimsPrincipal user, CityTokenDb db, VoucherIssuer issuer, CancellationToken cancellationToken)
    {
        var request = await db.Set<RedemptionRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return TypedResults.Problem($"There is no redemption {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }
        var entry = await db.Set<OutboxEntry>().AsNoTracking().SingleAsync(e => e.IdempotencyKey == request.OutboxKey, cancellationToken);
        Redemption? onChain = null;
        Voucher? voucher = null;
        if (entry.Status is OutboxStatus.Mined or OutboxStatus.Confirmed && entry.TxHash is { } txHash)
        {
            var resident = Hex.Address(request.Resident);
            onChain = await db.Set<Redemption>().AsNoTracking()
                .FirstOrDefaultAsync(r => r.TransactionHash == txHash && r.Resident == resident && r.RewardId == request.RewardId, cancellationToken);
            if (onChain is not null)
            {
                voucher = await FindVoucherAsync(db, onChain, cancellationToken);
                if (voucher is null && await issuer.IssuePendingAsync(db, cancellationToken) > 0)
                {
                    voucher = await FindVoucherAsync(db, onChain, cancellationToken);
                }
            }
        }
        var own = IsResidentSession(user, request.Resident);
        return TypedResults.Ok(new RedemptionStatusView(request.Id, request.Resident, request.RewardId, request.Quantity, request.Cost,
            request.Deadline, entry.Status.ToString().ToLowerInvariant(), entry.TxHash, entry.Error, onChain?.Id,
            voucher is null ? null : VoucherViewOf(voucher, own ? issuer : null)));
    }

    internal static async Task<Results<Ok<ResidentRedemptionsPage>, ValidationProblem, ProblemHttpResult>> ListResidentRedemptions(
        string address, ClaimsPrincipal user, CityTokenDb db, VoucherIssuer issuer, CancellationToken cancellationToken,
        long? before = null, int? limit = null)
    {
        if (!ResidentAddress.TryParse(address, out var resident, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = [error] }, title: "The address is not valid.");
        }
        var own = IsResidentSession(user, resident);
        if (!own && !user.IsInRole(StaffRoles.Admin) && !user.IsInRole(StaffRoles.Auditor))
        {
            return TypedResults.Problem("Only the resident (signed in with this address) or admin / auditor staff may list these redemptions.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        }
        var size = limit ?? 50;
        if (size is < 1 or > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Must be between 1 and 200."] }, title: "The request is not valid.");
        }
        var lower = Hex.Address(resident);
        var query = db.Set<Redemption>().AsNoTracking().Where(r => r.Resident == lower);
        if (before is { } cursor)
        {
            query = query.Where(r => r.Id < cursor);
        }
        var rows = await query.OrderByDescending(r => r.Id).Take(size + 1).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var ids = page.Select(r => r.Id).ToList();
        var vouchers = await db.Set<Voucher>().AsNoTracking().Where(v => ids.Contains(v.RedemptionId)).ToListAsync(cancellationToken);
        var items = page.Select(r => new ResidentRedemptionView(r.Id, r.RewardId, r.Quantity, r.Price, r.Total, r.TransactionHash, r.BlockNumber,
            DateTimeOffset.FromUnixTimeSeconds(r.BlockTime),
            vouchers.FirstOrDefault(v => v.RedemptionId == r.Id && v.TransactionHash == r.TransactionHash) is { } v ? VoucherViewOf(v, own ? issuer : null) : null)).ToList();
        return TypedResults.Ok(new ResidentRedemptionsPage(resident, items, rows.Count > size ? page[^1].Id : null));
    }

    /// <summary>True for the wallet session of <paramref name="address"/> (role resident, NameIdentifier = the address).</summary>
    internal static bool IsResidentSession(ClaimsPrincipal user, string address) =>
        user.IsInRole(ResidentRole) && string.Equals(user.FindFirstValue(ClaimTypes.NameIdentifier), address, StringComparison.OrdinalIgnoreCase);

    private static Task<Voucher?> FindVoucherAsync(CityTokenDb db, Redemption redemption, CancellationToken cancellationToken) =>
        db.Set<Voucher>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.RedemptionId == redemption.Id && v.TransactionHash == redemption.TransactionHash, cancellationToken);

    internal static VoucherView VoucherViewOf(Voucher voucher, VoucherIssuer? revealTo) => new(
        revealTo?.Unseal(voucher),
        voucher.UsedAt is null ? "issued" : "used",
        voucher.Merchant == Hex.ZeroAddress ? null : Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(voucher.Merchant),
        DateTimeOffset.FromUnixTimeSeconds(voucher.IssuedAt),
        voucher.UsedAt is { } used ? DateTimeOffset.FromUnixTimeSeconds(used) : null);

    private static ProblemHttpResult SignatureProblem(RedemptionQuote quote, PermitMessage permit, PermitSignature signature)
    {
        // A signature over an earlier nonce is the common mistake (a permit already spent): say so plainly.
        for (var back = BigInteger.One; back <= MaxPriorNoncesChecked && back <= quote.Nonce; back++)
        {
            var earlier = permit with { Nonce = quote.Nonce - back };
            if (string.Equals(PermitTypedData.Recover(PermitTypedData.Digest(quote.Domain, earlier), signature), permit.Owner, StringComparison.OrdinalIgnoreCase))
            {
                return TypedResults.Problem(
                    $"The permit was signed for nonce {earlier.Nonce}, which is already used; the resident's current permit nonce is {quote.Nonce}. Fetch new typed data and sign again.",
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: "Permit nonce already used.");
            }
        }
        return TypedResults.Problem(
            $"The signature does not come from {permit.Owner} for this exact permit: domain {{name \"{quote.Domain.Name}\", version \"{quote.Domain.Version}\", " +
            $"chainId {quote.Domain.ChainId}, verifyingContract {quote.Domain.VerifyingContract}}}, message {{owner {permit.Owner}, spender {permit.Spender}, " +
            $"value {permit.Value}, nonce {permit.Nonce}, deadline {permit.Deadline}}}. A permit for another chain, contract, amount, nonce or deadline " +
            "does not match; sign the typed data from /api/redemptions/permit-typed-data unchanged.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "The permit signature does not match.");
    }

    private static ProblemHttpResult ChoiceSignatureProblem(RedemptionQuote quote, RedemptionMessage choice) => TypedResults.Problem(
        $"The redemption signature does not come from {choice.Resident} for this exact choice: domain {{name \"{quote.CatalogDomain.Name}\", version " +
        $"\"{quote.CatalogDomain.Version}\", chainId {quote.CatalogDomain.ChainId}, verifyingContract {quote.CatalogDomain.VerifyingContract}}}, message " +
        $"{{resident {choice.Resident}, rewardId {choice.RewardId}, quantity {choice.Quantity}, price {choice.Price}, nonce {choice.Nonce}, deadline {choice.Deadline}}}. " +
        "Another reward, quantity, price (it may have changed since), nonce or deadline does not match; sign the typed data from " +
        "/api/redemptions/redemption-typed-data unchanged, with the permit's deadline.",
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "The redemption signature does not match.");

    private static ValidationProblem MalformedSignature(string field) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            [field] = ["Not a valid secp256k1 signature: r and s must be non-zero and below the curve order, and recover a key."],
        }, title: "The redemption is not valid.");

    private static ProblemHttpResult NonceInUse(Guid holder, string nonce) => TypedResults.Problem(
        $"Redemption {holder} signed with permit nonce {nonce} is already being relayed (/api/redemptions/{holder}). Wait for it, then sign a new permit.",
        statusCode: StatusCodes.Status409Conflict, title: "Permit nonce in use.");

    /// <summary>A unique index refused the insert (SQLite SQLITE_CONSTRAINT, PostgreSQL 23505).</summary>
    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        System.Data.Common.DbException other => other.SqlState == "23505",
        _ => false,
    };

    private static ValidationProblem DeadlineProblem(long now, RedemptionOptions options) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["deadline"] = [$"The permit's deadline must be more than {options.MinDeadlineMarginSeconds} s after now ({now}, chain time): it has expired or is about to."],
        }, title: "The permit has expired.");

    private static string? Address(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (!ResidentAddress.TryParse(value, out var address, out var error))
        {
            errors[field] = [error];
            return null;
        }
        return address;
    }

    private static long? RewardId(string? value, Dictionary<string, string[]> errors)
    {
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            errors["rewardId"] = ["Required: a reward id (a positive integer)."];
            return null;
        }
        return id;
    }

    private static BigInteger? Quantity(string? value, Dictionary<string, string[]> errors)
    {
        if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var units) || units == 0)
        {
            errors["quantity"] = ["Required: a whole number of units, at least 1."];
            return null;
        }
        return units;
    }
}
