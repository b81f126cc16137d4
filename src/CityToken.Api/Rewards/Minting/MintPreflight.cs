using System.Text.RegularExpressions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Rewards.Minting;

/// <summary>What the token allows now: whether it is paused, and what the current period may still mint.</summary>
public sealed record MintRoom(long Block, bool Paused, BigInteger RemainingAllowance);

/// <summary>
/// The batcher's look at the chain before it forms a batch, so that minting never pays for a revert it could
/// foresee: the token's pause flag and the period's remaining allowance (the outbox then runs the exact call before
/// signing it); and the reading of mint reverts: which pass by themselves, which name one recipient.
/// </summary>
public sealed partial class MintPreflight(ChainGateway chain, IOutboxRpc rpc)
{
    /// <summary>Reverts that pass by themselves (the admin unpauses, the next period opens, the cap is raised): wait, never fail.</summary>
    private static readonly string[] PassingReverts = ["CivicTokenMintCapExceeded", "CivicTokenPaused", "EnforcedPause"];

    /// <summary>Whether a decoded revert reason is one that passes by itself.</summary>
    public static bool IsPassing(string reason) => PassingReverts.Any(r => reason.StartsWith(r, StringComparison.Ordinal));

    /// <summary>The token's pause flag and remaining allowance, both read at the head block.</summary>
    public async Task<MintRoom> RoomAsync(CancellationToken cancellationToken)
    {
        var head = await rpc.GetBlockNumberAsync(cancellationToken);
        var at = new BlockParameter(new HexBigInteger(head));
        var token = chain.CivicToken;
        var paused = token.PausedQueryAsync(at);
        var remaining = token.RemainingMintAllowanceQueryAsync(at);
        return new MintRoom(head, await paused, await remaining);
    }

    /// <summary>
    /// Index of the batch's recipient a decoded revert names (CivicTokenZeroRecipient, CivicTokenZeroAmount,
    /// CivicTokenAmountTooLarge: the token reports the first bad reward), or null when the revert names none.
    /// </summary>
    public static int? RecipientIndexOf(string reason)
    {
        var match = RecipientError().Match(reason);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }

    [GeneratedRegex(@"^CivicToken(?:ZeroRecipient|ZeroAmount|AmountTooLarge)\(index=(\d{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex RecipientError();
}
