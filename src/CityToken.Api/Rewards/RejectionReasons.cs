namespace CityToken.Api.Rewards;

/// <summary>Why an action was rejected: stable codes recorded on the action (with a readable detail).</summary>
public static class RejectionReasons
{
    public const string UnknownProgram = "unknown-program";
    public const string ProgramInactive = "program-inactive";
    public const string InvalidResident = "invalid-resident";
    public const string WrongNetwork = "wrong-network";
    public const string InvalidQuantity = "invalid-quantity";
    public const string QuantityNotPositive = "quantity-not-positive";
    public const string QuantityTooLarge = "quantity-too-large";
    public const string UnknownCategory = "unknown-category";
    public const string NoSaving = "no-saving";
    public const string OccurredInFuture = "occurred-in-future";
    public const string OccurredTooLongAgo = "occurred-too-long-ago";
    public const string BeforeProgramStart = "before-program-start";
    public const string AfterProgramEnd = "after-program-end";
    public const string DailyCapReached = "daily-cap-reached";
    public const string MonthlyCapReached = "monthly-cap-reached";
    public const string BudgetExhausted = "budget-exhausted";

    /// <summary>Failed after intake: the mint batch carrying the action reverted for a reason retrying cannot fix.</summary>
    public const string MintReverted = "mint-reverted";
}

/// <summary>An action's lifecycle: accepted → queued → batched → submitted → confirmed, or rejected / failed.</summary>
public static class ActionStatus
{
    public const string Accepted = "accepted";
    public const string Queued = "queued";
    public const string Batched = "batched";
    public const string Submitted = "submitted";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Accepted, Queued, Batched, Submitted, Confirmed, Rejected, Failed };

    /// <summary>Statuses whose amount holds a budget reservation and counts against the resident's caps.</summary>
    public static readonly IReadOnlyList<string> Reserving = [Accepted, Queued, Batched, Submitted];

    /// <summary>Statuses that count against the resident's caps.</summary>
    public static readonly IReadOnlyList<string> Counting = [Accepted, Queued, Batched, Submitted, Confirmed];
}
