using CityToken.Api.TokenReadModel;

namespace CityToken.Api.Redemptions;

/// <summary>How the redemption services read what a caller sends (resident, reward, quantity, deadline), each error under its field.</summary>
internal static class RedemptionInput
{
    public static string? Address(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (!ResidentAddress.TryParse(value, out var address, out var error))
        {
            errors[field] = [error];
            return null;
        }
        return address;
    }

    public static long? RewardId(string? value, Dictionary<string, string[]> errors)
    {
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            errors["rewardId"] = ["Required: a reward id (a positive integer)."];
            return null;
        }
        return id;
    }

    public static BigInteger? Quantity(string? value, Dictionary<string, string[]> errors)
    {
        if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var units) || units == 0)
        {
            errors["quantity"] = ["Required: a whole number of units, at least 1."];
            return null;
        }
        return units;
    }

    /// <summary>A permit whose deadline falls within the margin would be mined expired (a revert the city pays for).</summary>
    public static Problem DeadlineProblem(long now, RedemptionOptions options) => Problem.Invalid(
        "deadline",
        $"The permit's deadline must be more than {options.MinDeadlineMarginSeconds} s after now ({now}, chain time): it has expired or is about to.",
        "The permit has expired.");
}
