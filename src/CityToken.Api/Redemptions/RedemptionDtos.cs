using Nethereum.Util;

namespace CityToken.Api.Redemptions;

/// <summary>
/// Body of POST /api/redemptions: the resident's ERC-2612 permit signature (<c>signature</c>) over the typed data of
/// GET /api/redemptions/permit-typed-data and their signature of the choice (<c>redemptionSignature</c>) over the typed data of
/// GET /api/redemptions/redemption-typed-data (same reward, quantity and deadline).
/// </summary>
public sealed record RedemptionSubmission(
    long? RewardId, JsonElement? Quantity, string? Resident, long? Deadline, string? Signature, string? RedemptionSignature = null);

/// <summary>Answer to a submission: where to follow the redemption.</summary>
public sealed record RedemptionAccepted(Guid Id, string Status, string StatusUrl);

/// <summary>
/// A relayed redemption. <c>status</c>: the relay transaction's outbox state (queued, signed, broadcast, mined,
/// confirmed, reverted, failed); <c>redemptionId</c> and <c>voucher</c> once the Redeemed event is indexed.
/// </summary>
public sealed record RedemptionStatusView(
    Guid Id, string Resident, long RewardId, string Quantity, string Cost, long Deadline, string Status, string? TxHash, string? Error,
    long? RedemptionId, VoucherView? Voucher);

/// <summary>
/// A voucher. <c>code</c> is shown only to the resident's own session (role resident, NameIdentifier = the
/// resident's address); everyone else sees whether it was issued and used. <c>merchant</c>: who accepts it; null for a
/// city service whose tokens were burned (the city's own desk).
/// </summary>
public sealed record VoucherView(string? Code, string Status, string? Merchant, DateTimeOffset IssuedAt, DateTimeOffset? UsedAt)
{
    /// <summary>The voucher as shown; its code unsealed by <paramref name="revealTo"/> only (the resident's own session).</summary>
    internal static VoucherView Of(Voucher voucher, VoucherIssuer? revealTo) => new(
        revealTo?.Unseal(voucher),
        voucher.UsedAt is null ? "issued" : "used",
        voucher.Merchant == Hex.ZeroAddress ? null : AddressUtil.Current.ConvertToChecksumAddress(voucher.Merchant),
        DateTimeOffset.FromUnixTimeSeconds(voucher.IssuedAt),
        voucher.UsedAt is { } used ? DateTimeOffset.FromUnixTimeSeconds(used) : null);
}

/// <summary>One on-chain redemption of a resident.</summary>
public sealed record ResidentRedemptionView(
    long RedemptionId, long RewardId, string Quantity, string Price, string Total, string TransactionHash, long BlockNumber,
    DateTimeOffset BlockTime, VoucherView? Voucher);

/// <summary>A page of a resident's redemptions, newest first; pass <c>nextBefore</c> as <c>before</c> for the next.</summary>
public sealed record ResidentRedemptionsPage(string Resident, IReadOnlyList<ResidentRedemptionView> Items, long? NextBefore);
