using System.Collections.Concurrent;

namespace CityToken.Api.Rewards;

/// <summary>
/// Group commit: each caller queues its items, then whoever holds the <see cref="IntakeGate"/> decides everything
/// queued so far in one call of <c>decide</c> (one transaction for many concurrent requests, at most
/// <paramref name="maxGroupSize"/> items) and hands each caller its own outcomes, in order. When a group of several
/// requests fails, each request is decided again alone, so only the request at fault sees the exception
/// (retry layer 2 of <see cref="IntakeService"/>).
/// </summary>
internal sealed class GroupCommit<TItem, TOutcome>(IntakeGate gate, int maxGroupSize)
{
    private readonly ConcurrentQueue<Pending> _pending = new();

    /// <summary>
    /// The outcomes of <paramref name="items"/>, one each, decided with whatever else is queued.
    /// <paramref name="decide"/> must be the same function on every call: a caller may run another caller's items.
    /// </summary>
    public async Task<IReadOnlyList<TOutcome>> RunAsync(IReadOnlyList<TItem> items,
        Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TOutcome>>> decide, CancellationToken cancellationToken)
    {
        var pending = new Pending(items);
        _pending.Enqueue(pending);
        await gate.RunAsync(() => DrainAsync(pending, decide), cancellationToken);
        return await pending.Done.Task;
    }

    /// <summary>Decides groups until the caller's own items are decided (an earlier holder may have done it).</summary>
    private async Task<bool> DrainAsync(Pending own, Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TOutcome>>> decide)
    {
        while (!own.Done.Task.IsCompleted && _pending.TryPeek(out _))
        {
            var group = new List<Pending>();
            var size = 0;
            while (size < maxGroupSize && _pending.TryDequeue(out var next))
            {
                group.Add(next);
                size += next.Items.Count;
            }
            // Not the caller's token: one caller going away must not fail the others' decisions.
            await DecideGroupAsync(group, decide, CancellationToken.None);
        }
        return true;
    }

    private static async Task DecideGroupAsync(List<Pending> group,
        Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TOutcome>>> decide, CancellationToken cancellationToken)
    {
        try
        {
            var outcomes = await decide(group.SelectMany(p => p.Items).ToList(), cancellationToken);
            var offset = 0;
            foreach (var pending in group)
            {
                pending.Done.SetResult(outcomes.Skip(offset).Take(pending.Items.Count).ToList());
                offset += pending.Items.Count;
            }
        }
        catch (Exception) when (group.Count > 1)
        {
            // Retry layer 2: one request's items could not be written; decide each request alone, so only it fails.
            foreach (var pending in group)
            {
                try
                {
                    pending.Done.SetResult(await decide(pending.Items, cancellationToken));
                }
                catch (Exception ex)
                {
                    pending.Done.SetException(ex);
                }
            }
        }
        catch (Exception ex)
        {
            group[0].Done.SetException(ex);
        }
    }

    private sealed record Pending(IReadOnlyList<TItem> Items)
    {
        public TaskCompletionSource<IReadOnlyList<TOutcome>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
