namespace CityToken.Api.Chain;

/// <summary>
/// In-process news that the service's own transactions moved on chain (mined, confirmed, reverted). The indexer and
/// the mint follower look at once instead of at their next poll; the poll stays as the fallback, so a missed
/// notice costs one interval, never an update.
/// </summary>
public sealed class ChainActivity
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes at the next <see cref="Notify"/>. Read it before looking at the chain, then wait on it: news that
    /// arrives while looking is not lost.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits until <paramref name="next"/> (an earlier <see cref="Next"/>) completes or <paramref name="poll"/> passes.</summary>
    public static async Task WaitAsync(Task next, TimeSpan poll, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(poll, time, timeout.Token);
        await Task.WhenAny(next, delay);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
