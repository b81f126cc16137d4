using System.Diagnostics.CodeAnalysis;
using Nethereum.Util;

namespace CityToken.Api.TokenReadModel;

/// <summary>Parses an Ethereum address given by a caller.</summary>
public static class ResidentAddress
{
    /// <summary>
    /// Accepts 0x followed by 40 hex digits, in one case or with a valid EIP-55 checksum; returns the
    /// checksummed form or an error message for the caller.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out string? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(input) || !AddressUtil.Current.IsValidEthereumAddressHexFormat(input))
        {
            error = "Must be an Ethereum address: 0x followed by 40 hexadecimal digits.";
            return false;
        }
        var hex = input[2..];
        var oneCase = !hex.Any(char.IsUpper) || !hex.Any(char.IsLower);
        if (!oneCase && !AddressUtil.Current.IsChecksumAddress(input))
        {
            error = "The address has mixed case but an invalid EIP-55 checksum (a typo?).";
            return false;
        }
        address = AddressUtil.Current.ConvertToChecksumAddress(input);
        error = null;
        return true;
    }
}
