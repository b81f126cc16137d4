namespace CityToken.Api.Rewards.Minting;

/// <summary>Why minting waits without sending anything.</summary>
public static class MintHoldKind
{
    /// <summary>The token is paused: every mint would revert with CivicTokenPaused.</summary>
    public const string Paused = "paused";

    /// <summary>The period's mint allowance cannot take even the oldest queued action: a mint would revert with CivicTokenMintCapExceeded.</summary>
    public const string CapExhausted = "cap-exhausted";
}

/// <summary>One look at the chain that found minting must wait.</summary>
/// <param name="Kind">A <see cref="MintHoldKind"/>.</param>
/// <param name="Detail">What the chain said, for staff.</param>
/// <param name="Since">When this hold began (the first check that found it).</param>
/// <param name="CheckedAt">The latest check that found it.</param>
/// <param name="Checks">Checks that found it since it began (each a batching run that sent nothing).</param>
public sealed record MintHoldState(string Kind, string Detail, DateTimeOffset Since, DateTimeOffset CheckedAt, long Checks);

/// <summary>
/// What the last batching run of this process found: minting held (token paused, mint cap exhausted) or free. Shown in
/// GET /health ("minting") and on the dashboard's overview; kept in memory, since every run checks the chain again.
/// </summary>
public sealed class MintHold(TimeProvider time)
{
    private volatile MintHoldState? _current;

    /// <summary>The hold found by the last run, or null when the last run could mint.</summary>
    public MintHoldState? Current => _current;

    /// <summary>The last run found <paramref name="kind"/>: starts a hold, or counts one more check of the same kind.</summary>
    public MintHoldState Held(string kind, string detail)
    {
        var now = time.GetUtcNow();
        var previous = _current;
        var next = previous is not null && previous.Kind == kind
            ? previous with { Detail = detail, CheckedAt = now, Checks = previous.Checks + 1 }
            : new MintHoldState(kind, detail, now, now, 1);
        _current = next;
        return next;
    }

    /// <summary>The last run found nothing in the way.</summary>
    public void Cleared() => _current = null;
}
