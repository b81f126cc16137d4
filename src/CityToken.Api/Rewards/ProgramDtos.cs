using System.Text.RegularExpressions;

namespace CityToken.Api.Rewards;

/// <summary>
/// A program's settings as admins write them. Token figures (caps, budget, rule amounts) are decimal strings in
/// whole tokens ("0.5"); caps are optional (no cap when absent).
/// </summary>
public sealed partial record ProgramSettings
{
    /// <summary>URL name, lower-case (a-z, 0-9, '-'); fixed once created.</summary>
    public string? Slug { get; init; }
    public string? Name { get; init; }

    /// <summary>waste-sorting, tax-on-time, poll-answered, volunteering, water-saving, or another lower-case word.</summary>
    public string? ActionType { get; init; }
    public RewardRule? Rule { get; init; }

    /// <summary>Largest quantity one action may report; larger ones are rejected as absurd.</summary>
    public string? MaxQuantity { get; init; }
    public string? DailyCap { get; init; }
    public string? MonthlyCap { get; init; }
    public string? Budget { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Default true; false pauses the program (actions are rejected as program-inactive).</summary>
    public bool? Active { get; init; }

    public static ProgramSettings Of(RewardProgram program) => new()
    {
        Slug = program.Slug,
        Name = program.Name,
        ActionType = program.ActionType,
        Rule = program.Rule,
        MaxQuantity = program.MaxQuantity.ToString(CultureInfo.InvariantCulture),
        DailyCap = program.DailyCap is { } d ? TokenAmount.FormatTokens(d) : null,
        MonthlyCap = program.MonthlyCap is { } m ? TokenAmount.FormatTokens(m) : null,
        Budget = TokenAmount.FormatTokens(program.Budget),
        StartsAt = program.StartsAt,
        EndsAt = program.EndsAt,
        Active = program.Active,
    };

    public string ToJson() => JsonSerializer.Serialize(this, RewardsJson.Options);

    /// <summary>Validates every field; on success writes the settings onto <paramref name="program"/>.</summary>
    public Dictionary<string, string[]> ApplyTo(RewardProgram program)
    {
        var errors = new Dictionary<string, string[]>();
        if (Slug is null || !SlugPattern().IsMatch(Slug))
        {
            errors["slug"] = ["Required: lower-case letters, digits and '-', 2 to 64 characters."];
        }
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors["name"] = ["Required, at most 200 characters."];
        }
        if (ActionType is null || !ActionTypePattern().IsMatch(ActionType))
        {
            errors["actionType"] = ["Required: a lower-case word such as waste-sorting, tax-on-time, poll-answered, volunteering, water-saving."];
        }
        if (Rule is null)
        {
            errors["rule"] = ["Required: { kind: fixed | per-unit | per-hour | below-baseline, … }."];
        }
        else
        {
            foreach (var (field, messages) in Rule.Validate("rule"))
            {
                errors[field] = messages;
            }
        }
        if (!RewardRule.TryParseQuantity(MaxQuantity, out var maxQuantity) || maxQuantity <= 0)
        {
            errors["maxQuantity"] = ["Required: the largest quantity one action may report, a positive number."];
        }
        var dailyCap = OptionalTokens("dailyCap", DailyCap, errors);
        var monthlyCap = OptionalTokens("monthlyCap", MonthlyCap, errors);
        if (!TokenAmount.TryParseTokens(Budget, out var budget))
        {
            errors["budget"] = ["Required: the program's total budget in tokens, e.g. \"100000\"."];
        }
        else if (budget < program.Reserved + program.Confirmed)
        {
            errors["budget"] = [$"Cannot be below what is already reserved or minted ({TokenAmount.FormatTokens(program.Reserved + program.Confirmed)} tokens)."];
        }
        if (StartsAt is null)
        {
            errors["startsAt"] = ["Required: when actions start to count (ISO 8601 with offset)."];
        }
        if (EndsAt is { } end && StartsAt is { } start && end <= start)
        {
            errors["endsAt"] = ["Must be after startsAt."];
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        program.Slug = Slug!;
        program.Name = Name!.Trim();
        program.ActionType = ActionType!;
        program.Rule = Rule! with { Rates = Rule.Rates?.ToDictionary(r => r.Key, r => r.Value) };
        program.MaxQuantity = maxQuantity;
        program.DailyCap = dailyCap;
        program.MonthlyCap = monthlyCap;
        program.Budget = budget;
        program.StartsAt = StartsAt!.Value;
        program.EndsAt = EndsAt;
        program.Active = Active ?? true;
        return errors;
    }

    private static System.Numerics.BigInteger? OptionalTokens(string field, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (!TokenAmount.TryParseTokens(text, out var value) || value.IsZero)
        {
            errors[field] = ["A positive token amount such as \"20\", or absent for no cap."];
            return null;
        }
        return value;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,49}$")]
    private static partial Regex ActionTypePattern();
}

/// <summary>
/// A program as listed: its settings, and its budget in tokens: reserved (accepted actions awaiting their
/// mint), confirmed (minted) and remaining = budget − reserved − confirmed.
/// </summary>
public sealed record ProgramResponse(
    string Slug, string Name, string ActionType, RewardRule Rule, string MaxQuantity, string? DailyCap, string? MonthlyCap,
    string Budget, string Reserved, string Confirmed, string Remaining, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, bool Active)
{
    public static ProgramResponse Of(RewardProgram p) => new(
        p.Slug, p.Name, p.ActionType, p.Rule, p.MaxQuantity.ToString(CultureInfo.InvariantCulture),
        p.DailyCap is { } d ? TokenAmount.FormatTokens(d) : null, p.MonthlyCap is { } m ? TokenAmount.FormatTokens(m) : null,
        TokenAmount.FormatTokens(p.Budget), TokenAmount.FormatTokens(p.Reserved), TokenAmount.FormatTokens(p.Confirmed),
        TokenAmount.FormatTokens(p.Remaining), p.StartsAt, p.EndsAt, p.Active);
}

/// <summary>One audited change: who (API key name), when, what, settings before and after (JSON).</summary>
public sealed record ProgramAuditEntry(long Id, string Actor, DateTimeOffset At, string Change, JsonElement? Before, JsonElement After);
