using System.Text.RegularExpressions;

namespace CityToken.Api.Rewards;

/// <summary>
/// How a program turns an action's quantity into tokens. Token figures are decimal strings in whole tokens.
/// <list type="bullet">
/// <item><c>fixed</c>: <see cref="Amount"/> tokens per action, whatever the quantity.</item>
/// <item><c>per-unit</c>: quantity × <see cref="Rates"/>[category] (e.g. tokens per kg of plastic).</item>
/// <item><c>per-hour</c>: hours × <see cref="Rate"/>.</item>
/// <item><c>below-baseline</c>: (<see cref="Baseline"/> − quantity) × <see cref="Rate"/>, quantity being the
/// consumption measured (e.g. m³ of water in the period); nothing when consumption reaches the baseline.</item>
/// </list>
/// Amounts are rounded down to a whole base unit.
/// </summary>
public sealed partial record RewardRule
{
    public const string Fixed = "fixed";
    public const string PerUnit = "per-unit";
    public const string PerHour = "per-hour";
    public const string BelowBaseline = "below-baseline";

    public static readonly IReadOnlyList<string> Kinds = [Fixed, PerUnit, PerHour, BelowBaseline];

    /// <summary>fixed, per-unit, per-hour or below-baseline.</summary>
    public string Kind { get; init; } = "";

    /// <summary>fixed: tokens per action.</summary>
    public string? Amount { get; init; }

    /// <summary>per-unit: tokens per unit, by category (plastic, paper, glass, metal, organic, e-waste…).</summary>
    public Dictionary<string, string>? Rates { get; init; }

    /// <summary>per-hour and below-baseline: tokens per hour, or per unit saved below the baseline.</summary>
    public string? Rate { get; init; }

    /// <summary>below-baseline: the reference consumption, in units (e.g. 12 m³).</summary>
    public string? Baseline { get; init; }

    /// <summary>The unit of the quantity (kg, hour, m3, action); informative.</summary>
    public string? Unit { get; init; }

    /// <summary>Field errors (keys prefixed with <paramref name="prefix"/>), empty when the rule is valid.</summary>
    public Dictionary<string, string[]> Validate(string prefix)
    {
        var errors = new Dictionary<string, string[]>();
        void Positive(string field, string? tokens)
        {
            if (!TokenAmount.TryParseTokens(tokens, out var value) || value.IsZero)
            {
                errors[$"{prefix}.{field}"] = ["Must be a positive token amount such as \"0.5\" (at most 18 decimals)."];
            }
        }
        switch (Kind)
        {
            case Fixed:
                Positive("amount", Amount);
                break;
            case PerUnit:
                if (Rates is null || Rates.Count == 0)
                {
                    errors[$"{prefix}.rates"] = ["A per-unit rule needs a rate table: { \"plastic\": \"0.5\", … }."];
                }
                foreach (var (category, rate) in Rates ?? [])
                {
                    if (!CategoryPattern().IsMatch(category))
                    {
                        errors[$"{prefix}.rates.{category}"] = ["Categories are lower-case words (a-z, 0-9, '-'), at most 50 characters."];
                    }
                    Positive($"rates.{category}", rate);
                }
                break;
            case PerHour:
                Positive("rate", Rate);
                break;
            case BelowBaseline:
                Positive("rate", Rate);
                if (!TryParseQuantity(Baseline, out var baseline) || baseline <= 0)
                {
                    errors[$"{prefix}.baseline"] = ["Must be a positive number of units."];
                }
                break;
            default:
                errors[$"{prefix}.kind"] = [$"Must be one of: {string.Join(", ", Kinds)}."];
                break;
        }
        return errors;
    }

    /// <summary>The reward in base units, or a rejection reason. The rule must be valid.</summary>
    public bool TryCompute(decimal quantity, string? category, out BigInteger amount, out string? reason, out string? detail)
    {
        amount = BigInteger.Zero;
        reason = null;
        detail = null;
        switch (Kind)
        {
            case Fixed:
                amount = Tokens(Amount);
                return true;
            case PerUnit:
                var key = category?.Trim().ToLowerInvariant();
                if (key is null || Rates is null || !Rates.TryGetValue(key, out var rate))
                {
                    reason = RejectionReasons.UnknownCategory;
                    detail = $"Category '{category}' has no rate; known: {string.Join(", ", Rates?.Keys.AsEnumerable() ?? [])}.";
                    return false;
                }
                amount = TokenAmount.Multiply(Tokens(rate), quantity);
                return true;
            case PerHour:
                amount = TokenAmount.Multiply(Tokens(Rate), quantity);
                return true;
            case BelowBaseline:
                if (!TryParseQuantity(Baseline, out var baseline))
                {
                    throw new InvalidOperationException("Invalid baseline.");
                }
                if (quantity >= baseline)
                {
                    reason = RejectionReasons.NoSaving;
                    detail = $"Consumption {quantity} is not below the baseline {baseline}.";
                    return false;
                }
                amount = TokenAmount.Multiply(Tokens(Rate), baseline - quantity);
                return true;
            default:
                throw new InvalidOperationException($"Unknown rule kind '{Kind}'.");
        }
    }

    /// <summary>Parses a quantity written with a dot ("2.5"), no exponent, no thousands separator.</summary>
    public static bool TryParseQuantity(string? text, out decimal quantity) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quantity);

    private static BigInteger Tokens(string? tokens) =>
        TokenAmount.TryParseTokens(tokens, out var value) ? value : throw new InvalidOperationException("Invalid rule amount.");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex CategoryPattern();
}
