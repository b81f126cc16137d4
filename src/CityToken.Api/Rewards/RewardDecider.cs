namespace CityToken.Api.Rewards;

/// <summary>
/// The reward rules of intake, with no database and no clock (the time is passed in): <see cref="Evaluate"/> says
/// what one submission earns under its program (program known and active, resident, quantity, time window,
/// backdating, the program's <see cref="RewardRule"/>), <see cref="Settle"/> then checks it against the resident's
/// daily and monthly caps (counted in the city's time zone) and the program's remaining budget, in submission order.
/// </summary>
public sealed class RewardDecider(TimeZoneInfo zone, long chainId, int maxClockSkewSeconds, int maxBackdateDays)
{
    /// <summary>The decider of a city's settings.</summary>
    public static RewardDecider From(RewardsOptions rewards, ChainOptions chain) =>
        new(rewards.FindZone(), chain.ChainId, rewards.MaxClockSkewSeconds, rewards.MaxBackdateDays);

    /// <summary>
    /// What <paramref name="submission"/> would earn before caps and budget: a decision with an amount, or rejected.
    /// <paramref name="program"/> is the program the submission names (null when there is none) and
    /// <paramref name="rule"/> its rule (read once per program by the caller).
    /// </summary>
    public RewardDecision Evaluate(ActionSubmission submission, RewardProgram? program, RewardRule? rule,
        ReservedRecipients.Snapshot reserved, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(submission.OccurredAt, zone);
        var decision = new RewardDecision(submission)
        {
            Resident = submission.Resident.Trim(),
            LocalDay = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LocalMonth = local.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        if (program is null || rule is null)
        {
            return decision.Reject(RejectionReasons.UnknownProgram, $"No program '{submission.Program}'.");
        }
        decision.Program = program;
        if (!program.Active)
        {
            return decision.Reject(RejectionReasons.ProgramInactive, $"Program '{program.Slug}' is paused.");
        }
        if (!ResidentId.TryParse(submission.Resident, chainId, out var address, out var reason, out var detail))
        {
            return decision.Reject(reason, detail);
        }
        decision.Resident = address;
        if (reserved.RefusalOf(address) is { } refusal)
        {
            return decision.Reject(RejectionReasons.InvalidResident, refusal);
        }

        if (!RewardRule.TryParseQuantity(submission.Quantity, out var quantity))
        {
            return decision.Reject(RejectionReasons.InvalidQuantity, $"Quantity '{submission.Quantity}' is not a number (write it like 2.5).");
        }
        var zeroAllowed = rule.Kind == RewardRule.BelowBaseline;
        if (quantity < 0 || (quantity == 0 && !zeroAllowed))
        {
            return decision.Reject(RejectionReasons.QuantityNotPositive, $"Quantity {quantity} must be {(zeroAllowed ? "zero or more" : "more than zero")}.");
        }
        if (quantity > program.MaxQuantity)
        {
            return decision.Reject(RejectionReasons.QuantityTooLarge, $"Quantity {quantity} exceeds the program's maximum of {program.MaxQuantity} per action.");
        }
        if (submission.OccurredAt > now.AddSeconds(maxClockSkewSeconds))
        {
            return decision.Reject(RejectionReasons.OccurredInFuture, $"occurredAt {submission.OccurredAt:O} is in the future (now {now:O}).");
        }
        if (submission.OccurredAt < now.AddDays(-maxBackdateDays))
        {
            return decision.Reject(RejectionReasons.OccurredTooLongAgo,
                $"occurredAt {submission.OccurredAt:O} is more than {maxBackdateDays} days ago (now {now:O}): actions are reported within {maxBackdateDays} days.");
        }
        if (submission.OccurredAt < program.StartsAt)
        {
            return decision.Reject(RejectionReasons.BeforeProgramStart, $"occurredAt {submission.OccurredAt:O} is before the program starts ({program.StartsAt:O}).");
        }
        if (program.EndsAt is { } end && submission.OccurredAt >= end)
        {
            return decision.Reject(RejectionReasons.AfterProgramEnd, $"occurredAt {submission.OccurredAt:O} is after the program ended ({end:O}).");
        }
        if (!rule.TryCompute(quantity, submission.Category, out var amount, out reason, out detail))
        {
            return decision.Reject(reason!, detail!);
        }
        if (amount.IsZero)
        {
            return decision.Reject(RejectionReasons.QuantityNotPositive, "The quantity is too small to earn anything.");
        }
        decision.Amount = amount;
        return decision;
    }

    /// <summary>
    /// Caps, then budget, for a decision <see cref="Evaluate"/> accepted (a rejected one is left as it is). When they
    /// take it, its amount counts in <paramref name="usage"/> and is reserved on its program (in memory: the caller
    /// writes the program), so the next decision of the same group sees both. Returns whether it was taken.
    /// </summary>
    public bool Settle(RewardDecision decision, CapUsage usage)
    {
        if (decision.Reason is not null)
        {
            return false;
        }
        var program = decision.Program!;
        var day = usage.Of(program.Id, decision.Resident, decision.LocalDay);
        var month = usage.Of(program.Id, decision.Resident, decision.LocalMonth);
        if (program.DailyCap is { } dailyCap && day + decision.Amount > dailyCap)
        {
            decision.Reject(RejectionReasons.DailyCapReached,
                $"The resident's daily cap of {TokenAmount.FormatTokens(dailyCap)} tokens for {decision.LocalDay} ({zone.Id}) would be exceeded; already {TokenAmount.FormatTokens(day)}.");
            return false;
        }
        if (program.MonthlyCap is { } monthlyCap && month + decision.Amount > monthlyCap)
        {
            decision.Reject(RejectionReasons.MonthlyCapReached,
                $"The resident's monthly cap of {TokenAmount.FormatTokens(monthlyCap)} tokens for {decision.LocalMonth} ({zone.Id}) would be exceeded; already {TokenAmount.FormatTokens(month)}.");
            return false;
        }
        if (program.Remaining < decision.Amount)
        {
            decision.Reject(RejectionReasons.BudgetExhausted,
                $"The program's remaining budget is {TokenAmount.FormatTokens(program.Remaining)} tokens; this action would earn {TokenAmount.FormatTokens(decision.Amount)}.");
            return false;
        }
        usage.Count(program.Id, decision.Resident, decision.LocalDay, decision.LocalMonth, decision.Amount);
        program.Reserved += decision.Amount;
        return true;
    }
}

/// <summary>What <see cref="RewardDecider"/> decided for one submission: an amount to reserve, or a rejection.</summary>
public sealed class RewardDecision(ActionSubmission submission)
{
    public ActionSubmission Submission { get; } = submission;

    /// <summary>The program the submission names; null when it names none.</summary>
    public RewardProgram? Program { get; set; }

    /// <summary>The checksummed address once it parsed; until then the submitted text, trimmed.</summary>
    public required string Resident { get; set; }

    /// <summary>The local day (yyyy-MM-dd) and month (yyyy-MM) of occurredAt in the city's time zone: the caps' periods.</summary>
    public required string LocalDay { get; init; }

    public required string LocalMonth { get; init; }

    /// <summary>The reward in base units (zero while rejected before it was computed).</summary>
    public BigInteger Amount { get; set; }

    /// <summary>A <see cref="RejectionReasons"/> code, or null while accepted.</summary>
    public string? Reason { get; private set; }

    public string? Detail { get; private set; }

    public RewardDecision Reject(string reason, string detail)
    {
        Reason = reason;
        Detail = detail;
        return this;
    }
}

/// <summary>Amounts already counting against caps, per (program, resident, local day or local month).</summary>
public sealed class CapUsage
{
    private readonly Dictionary<(int, string, string), BigInteger> _sums = [];

    /// <summary>What counts for the resident in the period (a local day or a local month).</summary>
    public BigInteger Of(int programId, string resident, string period) => _sums.GetValueOrDefault((programId, resident, period));

    /// <summary>Counts an amount in its day and its month.</summary>
    public void Count(int programId, string resident, string localDay, string localMonth, BigInteger amount)
    {
        Add((programId, resident, localDay), amount);
        Add((programId, resident, localMonth), amount);
    }

    private void Add((int, string, string) key, BigInteger amount) => _sums[key] = _sums.GetValueOrDefault(key) + amount;
}
