using System.Diagnostics.CodeAnalysis;
using CityToken.Api.TokenReadModel;

namespace CityToken.Api.Rewards;

/// <summary>
/// A resident named by an Ethereum address or a <c>did:ethr</c> on this chain: <c>did:ethr:0x…</c> or
/// <c>did:ethr:0x7a69:0x…</c> (the network part as the chain id in hex, or its decimal/name form is refused).
/// </summary>
public static class ResidentId
{
    /// <summary>Returns the checksummed address, or a rejection reason and message.</summary>
    public static bool TryParse(string? input, long chainId, [NotNullWhen(true)] out string? address,
        [NotNullWhen(false)] out string? reason, [NotNullWhen(false)] out string? detail)
    {
        address = null;
        var text = input?.Trim() ?? "";
        if (text.StartsWith("did:", StringComparison.OrdinalIgnoreCase))
        {
            if (!text.StartsWith("did:ethr:", StringComparison.Ordinal))
            {
                return Fail(RejectionReasons.InvalidResident, "Only did:ethr identifiers are supported.", out reason, out detail);
            }
            var parts = text["did:ethr:".Length..].Split(':');
            if (parts.Length == 2)
            {
                if (!IsThisNetwork(parts[0], chainId))
                {
                    return Fail(RejectionReasons.WrongNetwork,
                        $"The DID names network '{parts[0]}'; this city's chain is 0x{chainId:x} ({chainId}).", out reason, out detail);
                }
                text = parts[1];
            }
            else if (parts.Length == 1)
            {
                text = parts[0];
            }
            else
            {
                return Fail(RejectionReasons.InvalidResident, "Malformed did:ethr identifier.", out reason, out detail);
            }
        }
        if (!ResidentAddress.TryParse(text, out address, out var error))
        {
            return Fail(RejectionReasons.InvalidResident, error, out reason, out detail);
        }
        reason = null;
        detail = null;
        return true;
    }

    private static bool IsThisNetwork(string network, long chainId) =>
        network.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        && long.TryParse(network.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var id)
        && id == chainId;

    private static bool Fail(string code, string message, out string? reason, out string? detail)
    {
        reason = code;
        detail = message;
        return false;
    }
}
