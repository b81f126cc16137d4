using CityToken.Contracts.RewardCatalog.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using static CityToken.Api.Redemptions.RedemptionInput;

namespace CityToken.Api.Redemptions;

/// <summary>
/// Gasless redemption: checks a permit-signed redemption (reward, stock, balance, deadline, both signatures, a dry run
/// of the exact call) and relays <c>redeemWithPermit</c> through the outbox; once the Redeemed event is indexed a
/// voucher is issued.
/// </summary>
public sealed class RedemptionRelay(
    ChainGateway chain, TransactionOutbox outbox, RelaySimulator simulator, RelayMetrics metrics, CityTokenDb db, TimeProvider time,
    IOptions<RedemptionOptions> options, IOptions<ChainOptions> chainOptions)
{
    private const int MaxPriorNoncesChecked = 8;

    /// <summary>Relayed redemptions in <c>citytoken_relays_total</c>: kind <c>redemption</c>, entries keyed <see cref="RedemptionRequest.OutboxKeyFor"/>.</summary>
    public static readonly RelayKind Relay = new("redemption", "redemption:");

    /// <summary>Checks and relays <paramref name="body"/> (counted in <c>citytoken_relays_total</c>).</summary>
    public async Task<Outcome<RedemptionAccepted>> SubmitAsync(RedemptionSubmission body, CancellationToken cancellationToken) =>
        metrics.Record(Relay, await RelayAsync(body, cancellationToken));

    private async Task<Outcome<RedemptionAccepted>> RelayAsync(RedemptionSubmission body, CancellationToken cancellationToken)
    {
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
            return Problem.Invalid(errors, title: "The redemption is not valid.");
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        if (body.Deadline!.Value <= now + options.Value.MinDeadlineMarginSeconds)
        {
            return DeadlineProblem(now, options.Value);
        }

        var loaded = await RedemptionQuote.LoadAsync(chain, resident!, body.RewardId!.Value, quantity!.Value);
        if (!loaded.Succeeded)
        {
            return loaded.Problem;
        }
        var quote = loaded.Value;
        if (quote.Balance < quote.Cost)
        {
            return Problem.Conflict("Insufficient balance.",
                $"{resident} holds {quote.Balance} base units; {quote.Quantity} unit(s) of reward {quote.RewardId} cost {quote.Cost}.");
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
            return new Problem(StatusCodes.Status429TooManyRequests, "Too many failed relays.",
                $"{failedRelays} relayed redemption(s) of {resident} ended reverted or failed in the last {options.Value.FailedRelayWindowHours} h; " +
                $"the service relays at most {options.Value.MaxFailedRelaysPerResident} that fail in that window. The resident may still redeem directly (approve, then redeem), paying the gas.")
                .With("code", "tooManyFailedRelays");
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
            return Problem.Unavailable("The chain is unavailable.", ChainErrors.Describe(ex, chainOptions.Value.RpcUrl));
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
        return new RedemptionAccepted(id, "queued", $"/api/redemptions/{id:D}");
    }

    private static Problem SignatureProblem(RedemptionQuote quote, PermitMessage permit, PermitSignature signature)
    {
        // A signature over an earlier nonce is the common mistake (a permit already spent): say so plainly.
        for (var back = BigInteger.One; back <= MaxPriorNoncesChecked && back <= quote.Nonce; back++)
        {
            var earlier = permit with { Nonce = quote.Nonce - back };
            if (string.Equals(PermitTypedData.Recover(PermitTypedData.Digest(quote.Domain, earlier), signature), permit.Owner, StringComparison.OrdinalIgnoreCase))
            {
                return new Problem(StatusCodes.Status422UnprocessableEntity, "Permit nonce already used.",
                    $"The permit was signed for nonce {earlier.Nonce}, which is already used; the resident's current permit nonce is {quote.Nonce}. Fetch new typed data and sign again.");
            }
        }
        return new Problem(StatusCodes.Status422UnprocessableEntity, "The permit signature does not match.",
            $"The signature does not come from {permit.Owner} for this exact permit: domain {{name \"{quote.Domain.Name}\", version \"{quote.Domain.Version}\", " +
            $"chainId {quote.Domain.ChainId}, verifyingContract {quote.Domain.VerifyingContract}}}, message {{owner {permit.Owner}, spender {permit.Spender}, " +
            $"value {permit.Value}, nonce {permit.Nonce}, deadline {permit.Deadline}}}. A permit for another chain, contract, amount, nonce or deadline " +
            "does not match; sign the typed data from /api/redemptions/permit-typed-data unchanged.");
    }

    private static Problem ChoiceSignatureProblem(RedemptionQuote quote, RedemptionMessage choice) => new(
        StatusCodes.Status422UnprocessableEntity, "The redemption signature does not match.",
        $"The redemption signature does not come from {choice.Resident} for this exact choice: domain {{name \"{quote.CatalogDomain.Name}\", version " +
        $"\"{quote.CatalogDomain.Version}\", chainId {quote.CatalogDomain.ChainId}, verifyingContract {quote.CatalogDomain.VerifyingContract}}}, message " +
        $"{{resident {choice.Resident}, rewardId {choice.RewardId}, quantity {choice.Quantity}, price {choice.Price}, nonce {choice.Nonce}, deadline {choice.Deadline}}}. " +
        "Another reward, quantity, price (it may have changed since), nonce or deadline does not match; sign the typed data from " +
        "/api/redemptions/redemption-typed-data unchanged, with the permit's deadline.");

    private static Problem MalformedSignature(string field) => Problem.Invalid(
        field, "Not a valid secp256k1 signature: r and s must be non-zero and below the curve order, and recover a key.", "The redemption is not valid.");

    private static Problem NonceInUse(Guid holder, string nonce) => Problem.Conflict("Permit nonce in use.",
        $"Redemption {holder} signed with permit nonce {nonce} is already being relayed (/api/redemptions/{holder}). Wait for it, then sign a new permit.");

    /// <summary>A unique index refused the insert (SQLite SQLITE_CONSTRAINT, PostgreSQL 23505).</summary>
    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        System.Data.Common.DbException other => other.SqlState == "23505",
        _ => false,
    };
}
