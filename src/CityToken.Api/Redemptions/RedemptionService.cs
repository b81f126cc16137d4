using CityToken.Api.TokenReadModel;
using static CityToken.Api.Redemptions.RedemptionInput;

namespace CityToken.Api.Redemptions;

/// <summary>
/// What a resident reads around a gasless redemption: the two typed data to sign (the ERC-2612 permit and the choice),
/// a relayed redemption's progress and a resident's redemptions with their vouchers (the code for their own session only).
/// Relaying itself is <see cref="RedemptionRelay"/>.
/// </summary>
public sealed class RedemptionService(ChainGateway chain, CityTokenDb db, VoucherIssuer issuer, TimeProvider time, IOptions<RedemptionOptions> options)
{

    /// <summary>The ERC-2612 permit typed data; without a deadline, one <see cref="RedemptionOptions.PermitLifetimeSeconds"/> from now.</summary>
    public Task<Outcome<PermitTypedDataView>> PermitTypedDataAsync(
        string? resident, string? rewardId, string? quantity, string? deadline, CancellationToken cancellationToken) =>
        TypedDataAsync(resident, rewardId, quantity, deadline, deadlineRequired: false,
            terms => PermitTypedData.View(terms.Quote.Domain, terms.Quote.Permit(terms.Resident, terms.Deadline)), cancellationToken);

    /// <summary>The EIP-712 Redemption typed data signed beside the permit, with the permit's deadline.</summary>
    public Task<Outcome<RedemptionTypedDataView>> RedemptionTypedDataAsync(
        string? resident, string? rewardId, string? quantity, string? deadline, CancellationToken cancellationToken) =>
        TypedDataAsync(resident, rewardId, quantity, deadline, deadlineRequired: true,
            terms => RedemptionTypedData.View(terms.Quote.CatalogDomain, terms.Quote.Choice(terms.Resident, terms.Deadline)), cancellationToken);

    /// <summary>A relayed redemption: status, transaction, redemption id and voucher (its code only for the resident's own session).</summary>
    public async Task<Outcome<RedemptionStatusView>> GetAsync(Guid id, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var request = await db.Set<RedemptionRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return Problem.NotFound("Not found.", $"There is no redemption {id}.");
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
                voucher = await FindVoucherAsync(onChain, cancellationToken);
                if (voucher is null && await issuer.IssuePendingAsync(db, cancellationToken) > 0)
                {
                    voucher = await FindVoucherAsync(onChain, cancellationToken);
                }
            }
        }
        var own = caller.IsResident(request.Resident);
        return new RedemptionStatusView(request.Id, request.Resident, request.RewardId, request.Quantity, request.Cost,
            request.Deadline, entry.Status.ToString().ToLowerInvariant(), entry.TxHash, entry.Error, onChain?.Id,
            voucher is null ? null : VoucherView.Of(voucher, own ? issuer : null));
    }

    /// <summary>A resident's redemptions with their vouchers, newest first: for the resident's own session, or admin / auditor staff.</summary>
    public async Task<Outcome<ResidentRedemptionsPage>> ListResidentAsync(
        string address, CurrentCaller caller, long? before, int? limit, CancellationToken cancellationToken)
    {
        if (!ResidentAddress.TryParse(address, out var resident, out var error))
        {
            return Problem.Invalid("address", error, "The address is not valid.");
        }
        var own = caller.IsResident(resident);
        if (!own && !caller.IsIn(AccessRules.CatalogReaders))
        {
            return Problem.Forbidden("Forbidden.", "Only the resident (signed in with this address) or admin / auditor staff may list these redemptions.");
        }
        var size = limit ?? 50;
        if (size is < 1 or > 200)
        {
            return Problem.Invalid("limit", "Must be between 1 and 200.");
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
            vouchers.FirstOrDefault(v => v.RedemptionId == r.Id && v.TransactionHash == r.TransactionHash) is { } v ? VoucherView.Of(v, own ? issuer : null) : null)).ToList();
        return new ResidentRedemptionsPage(resident, items, rows.Count > size ? page[^1].Id : null);
    }

    /// <summary>The terms both typed data are made of.</summary>
    private sealed record Terms(RedemptionQuote Quote, string Resident, long Deadline);

    /// <summary>
    /// The query checked, the deadline (required for the choice, which must share the permit's; optional for the permit)
    /// not too close, and the quote read from the chain: the one path both typed data take, then <paramref name="view"/>.
    /// </summary>
    private async Task<Outcome<T>> TypedDataAsync<T>(
        string? resident, string? rewardId, string? quantity, string? deadline, bool deadlineRequired, Func<Terms, T> view,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var address = Address(resident, "resident", errors);
        var reward = RewardId(rewardId, errors);
        var units = Quantity(quantity, errors);
        long? until = null;
        if (long.TryParse(deadline, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            until = parsed;
        }
        else if (deadlineRequired)
        {
            errors["deadline"] = ["Required: the deadline of the permit signed with it (unix seconds): both share one deadline."];
        }
        else if (deadline is not null)
        {
            errors["deadline"] = ["Unix time in seconds."];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        until ??= now + options.Value.PermitLifetimeSeconds;
        if (until <= now + options.Value.MinDeadlineMarginSeconds)
        {
            return DeadlineProblem(now, options.Value);
        }
        var quote = await RedemptionQuote.LoadAsync(chain, address!, reward!.Value, units!.Value);
        if (!quote.Succeeded)
        {
            return quote.Problem;
        }
        return view(new Terms(quote.Value, address!, until.Value));
    }

    private Task<Voucher?> FindVoucherAsync(Redemption redemption, CancellationToken cancellationToken) =>
        db.Set<Voucher>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.RedemptionId == redemption.Id && v.TransactionHash == redemption.TransactionHash, cancellationToken);
}
