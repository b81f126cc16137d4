using System.Diagnostics.CodeAnalysis;

namespace CityToken.Api.Ethereum;

/// <summary>
/// A wallet's 65-byte secp256k1 signature, 0x + r (32 bytes) + s (32 bytes) + v (1 byte), checked before any recovery
/// is tried, the way Ethereum checks transaction signatures and OpenZeppelin's ECDSA checks on chain:
/// 1 ≤ r &lt; n, 1 ≤ s ≤ n/2 (EIP-2: the high-s twin of a signature is refused, so one signing has one signature),
/// v 27 or 28 (0 or 1 too where the caller normalises). A malformed signature is the client's 400, never a 500.
/// </summary>
public static class EcdsaSignature
{
    /// <summary>The order of secp256k1's group.</summary>
    public static readonly BigInteger CurveOrder = BigInteger.Parse(
        "0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static readonly BigInteger HalfN = CurveOrder / 2;

    /// <summary>What is wrong with <paramref name="signature"/>, or null when it is well-formed.</summary>
    /// <param name="acceptRecoveryIdAsV">Whether v may be 0 or 1 (wallets that omit the offset 27).</param>
    public static string? Defect([NotNullWhen(false)] string? signature, bool acceptRecoveryIdAsV)
    {
        if (signature is not { Length: 132 } || !signature.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || !signature.Skip(2).All(char.IsAsciiHexDigit))
        {
            return "0x followed by 130 hexadecimal digits (r, s, v).";
        }
        var r = Word(signature.AsSpan(2, 64));
        var s = Word(signature.AsSpan(66, 64));
        var v = byte.Parse(signature.AsSpan(130, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (r.IsZero || r >= CurveOrder)
        {
            return "The signature's r is not between 1 and the curve order: it is no secp256k1 signature.";
        }
        if (s.IsZero || s >= CurveOrder)
        {
            return "The signature's s is not between 1 and the curve order: it is no secp256k1 signature.";
        }
        if (s > HalfN)
        {
            return "The signature's s is in the upper half of the curve order (EIP-2): sign again with a standard wallet, which gives the low-s form.";
        }
        if (v is not (27 or 28) && !(acceptRecoveryIdAsV && v is 0 or 1))
        {
            return $"The signature's v is {v}; it must be 27 or 28{(acceptRecoveryIdAsV ? " (or 0 or 1)" : "")}.";
        }
        return null;
    }

    /// <summary>A well-formed signature with v written as 27 or 28 (what recovery expects).</summary>
    public static string WithOffsetV(string signature)
    {
        var v = byte.Parse(signature.AsSpan(130, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return v >= 27 ? signature : string.Concat(signature.AsSpan(0, 130), (v + 27).ToString("x2", CultureInfo.InvariantCulture));
    }

    private static BigInteger Word(ReadOnlySpan<char> hex) =>
        BigInteger.Parse(string.Concat("0", hex), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
