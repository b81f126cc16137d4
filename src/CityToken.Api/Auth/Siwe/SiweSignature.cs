using System.Globalization;
using System.Numerics;

namespace CityToken.Api.Auth.Siwe;

/// <summary>
/// An EIP-191 (personal_sign) signature as 0x + r (32 bytes) + s (32 bytes) + v (1 byte), checked at the door the way
/// Ethereum checks transaction signatures: 1 ≤ r &lt; n, 1 ≤ s ≤ n/2 (EIP-2: the high-s twin of a signature is
/// refused, so one signing has one signature), v 27 or 28 (0 or 1 from wallets that omit the offset).
/// </summary>
public static class SiweSignature
{
    /// <summary>The order of secp256k1's group.</summary>
    private static readonly BigInteger N = BigInteger.Parse(
        "0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static readonly BigInteger HalfN = N / 2;

    /// <summary>
    /// The signature with v as 27 or 28 (what recovery expects), or null and why it is malformed.
    /// </summary>
    public static string? Normalize(string? signature, out string error)
    {
        error = "";
        if (signature is not { Length: 132 } || !signature.StartsWith("0x", StringComparison.Ordinal) || !signature.Skip(2).All(char.IsAsciiHexDigit))
        {
            error = "Required: the EIP-191 (personal_sign) signature, 0x followed by 130 hexadecimal digits.";
            return null;
        }
        var r = Word(signature.AsSpan(2, 64));
        var s = Word(signature.AsSpan(66, 64));
        var v = byte.Parse(signature.AsSpan(130, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (r.IsZero || r >= N)
        {
            error = "The signature's r is not between 1 and the curve order: it is no secp256k1 signature.";
            return null;
        }
        if (s.IsZero || s >= N)
        {
            error = "The signature's s is not between 1 and the curve order: it is no secp256k1 signature.";
            return null;
        }
        if (s > HalfN)
        {
            error = "The signature's s is in the upper half of the curve order (EIP-2): sign again with a standard wallet, which gives the low-s form.";
            return null;
        }
        if (v is not (0 or 1 or 27 or 28))
        {
            error = $"The signature's v is {v}; a personal_sign signature has v 27 or 28 (or 0 or 1).";
            return null;
        }
        return string.Concat(signature.AsSpan(0, 130), v < 27 ? (v + 27).ToString("x2", CultureInfo.InvariantCulture) : signature.AsSpan(130, 2));
    }

    private static BigInteger Word(ReadOnlySpan<char> hex) =>
        BigInteger.Parse(string.Concat("0", hex), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
