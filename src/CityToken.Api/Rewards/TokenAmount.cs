namespace CityToken.Api.Rewards;

/// <summary>
/// Token amounts. The token has 18 decimals; the service computes in base units (BigInteger) and stores
/// them as decimal strings of base units, which every database can hold exactly (PostgreSQL may map them to
/// numeric(78,0)). Programs are configured in whole tokens, written as decimal strings ("0.5").
/// </summary>
public static class TokenAmount
{
    public const int Decimals = 18;

    public static readonly BigInteger OneToken = BigInteger.Pow(10, Decimals);

    /// <summary>Parses a non-negative token amount such as "12" or "0.25" (at most 18 decimals) into base units.</summary>
    public static bool TryParseTokens(string? text, out BigInteger baseUnits)
    {
        baseUnits = BigInteger.Zero;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }
        var parts = text.Trim().Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts[0].All(char.IsAsciiDigit))
        {
            return false;
        }
        var fraction = parts.Length == 2 ? parts[1] : "";
        if ((parts.Length == 2 && fraction.Length == 0) || fraction.Length > Decimals || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }
        baseUnits = BigInteger.Parse(parts[0] + fraction.PadRight(Decimals, '0'), CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Base units as a token amount without trailing zeros ("1.5").</summary>
    public static string FormatTokens(BigInteger baseUnits)
    {
        var negative = baseUnits.Sign < 0;
        var digits = BigInteger.Abs(baseUnits).ToString(CultureInfo.InvariantCulture).PadLeft(Decimals + 1, '0');
        var whole = digits[..^Decimals];
        var fraction = digits[^Decimals..].TrimEnd('0');
        return (negative ? "-" : "") + whole + (fraction.Length > 0 ? "." + fraction : "");
    }

    /// <summary>
    /// tokens × quantity in base units, rounded down to a whole base unit. Both factors are exact decimals,
    /// so the product is computed exactly in BigInteger arithmetic.
    /// </summary>
    public static BigInteger Multiply(BigInteger tokenBaseUnits, decimal quantity)
    {
        var (mantissa, scale) = Exact(quantity);
        return tokenBaseUnits * mantissa / BigInteger.Pow(10, scale);
    }

    private static (BigInteger Mantissa, int Scale) Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return (value < 0 ? -mantissa : mantissa, scale);
    }
}
