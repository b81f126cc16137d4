using CityToken.Api.Rewards;

namespace CityToken.Api.Web;

/// <summary>
/// Token amounts as people read them on server-rendered pages (the browser's twin is /js/amounts.js): thousands
/// separators and the decimal mark of the culture, whole amounts without decimals, others with a fixed number of
/// decimals (truncated, never rounded up: a balance is never shown larger than it is), "&lt; 0.01" for a non-zero
/// amount too small to show, and "1 token" but "2 tokens". Not for machine-readable places (API, CSV, form values),
/// which keep <see cref="TokenAmount.FormatTokens"/>.
/// </summary>
public static class TokenDisplay
{
    /// <summary>The unit's name, singular and plural, in one place for the localization to come.</summary>
    public const string Singular = "token";

    /// <inheritdoc cref="Singular"/>
    public const string Plural = "tokens";

    /// <summary>Decimals shown for a fractional amount unless a page asks for another number.</summary>
    public const int DefaultDigits = 2;

    /// <summary>The amount alone ("1,234.50", "2", "&lt; 0.01"), for tables and figures with the unit in the heading.</summary>
    public static string Amount(BigInteger baseUnits, int digits = DefaultDigits, CultureInfo? culture = null) =>
        Shown(baseUnits, digits, culture).Text;

    /// <summary>The amount with its unit, singular when the amount shown is one ("1 token", "2.50 tokens").</summary>
    public static string WithUnit(BigInteger baseUnits, int digits = DefaultDigits, CultureInfo? culture = null)
    {
        var (text, one) = Shown(baseUnits, digits, culture);
        return text + " " + (one ? Singular : Plural);
    }

    private static (string Text, bool One) Shown(BigInteger baseUnits, int digits, CultureInfo? culture)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, TokenAmount.Decimals);
        var format = (culture ?? CultureInfo.CurrentCulture).NumberFormat;
        var sign = baseUnits.Sign < 0 ? format.NegativeSign : "";
        var step = BigInteger.Pow(10, digits);
        var shown = BigInteger.Abs(baseUnits) / BigInteger.Pow(10, TokenAmount.Decimals - digits);
        if (shown.IsZero && !baseUnits.IsZero)
        {
            // 1 base unit is not "0.00": say it is there, and below what the page shows.
            var smallest = digits == 0 ? Join(BigInteger.One, BigInteger.Zero, 0, format) : Join(BigInteger.Zero, BigInteger.One, digits, format);
            return (baseUnits.Sign < 0 ? "> " + sign + smallest : "< " + smallest, false);
        }
        var whole = BigInteger.DivRem(shown, step, out var fraction);
        return (sign + Join(whole, fraction, digits, format), sign.Length == 0 && shown == step);
    }

    /// <summary><see cref="Amount(BigInteger, int, CultureInfo?)"/> of base units stored as a decimal string.</summary>
    public static string Amount(string baseUnits, int digits = DefaultDigits) => Amount(BigInteger.Parse(baseUnits, CultureInfo.InvariantCulture), digits);

    /// <summary><see cref="WithUnit(BigInteger, int, CultureInfo?)"/> of base units stored as a decimal string.</summary>
    public static string WithUnit(string baseUnits, int digits = DefaultDigits) => WithUnit(BigInteger.Parse(baseUnits, CultureInfo.InvariantCulture), digits);

    /// <summary>
    /// <see cref="Amount(BigInteger, int, CultureInfo?)"/> of a whole-token decimal string as the API writes it ("905.22");
    /// "–" for none, and the text unchanged if it is not one (never an exception in a page).
    /// </summary>
    public static string AmountOfTokens(string? tokens) =>
        tokens is null ? "–" : TokenAmount.TryParseTokens(tokens, out var units) ? Amount(units) : tokens;

    private static string Join(BigInteger whole, BigInteger fraction, int digits, NumberFormatInfo format) =>
        whole.ToString("N0", format)
        + (fraction.IsZero ? "" : format.NumberDecimalSeparator + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'));
}
