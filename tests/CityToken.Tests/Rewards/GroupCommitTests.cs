using CityToken.Api.Rewards;

namespace CityToken.Tests.Rewards;

/// <summary>The group commit alone: requests queued while the gate is held are decided together, failures split.</summary>
public sealed class GroupCommitTests
{
    /// <summary>Tens each item; a negative item fails the whole call, as a row breaking a constraint fails its transaction.</summary>
    private sealed class Recorder
    {
        public List<int[]> Calls { get; } = [];

        public Task<IReadOnlyList<int>> Decide(IReadOnlyList<int> items, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add([.. items]);
            }
            return items.Any(i => i < 0)
                ? Task.FromException<IReadOnlyList<int>>(new InvalidOperationException("bad item"))
                : Task.FromResult<IReadOnlyList<int>>(items.Select(i => i * 10).ToList());
        }
    }

    /// <summary>
    /// Starts one request per item list while another holder keeps the gate, so they all queue up, then lets them run.
    /// </summary>
    private static async Task<Task<IReadOnlyList<int>>[]> QueuedBehindTheGate(Recorder recorder, int maxGroupSize, params int[][] requests)
    {
        using var gate = new IntakeGate();
        var commit = new GroupCommit<int, int>(gate, maxGroupSize);
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(() => release.Task, CancellationToken.None);
        var started = requests.Select(items => commit.RunAsync(items, recorder.Decide, CancellationToken.None)).ToArray();
        release.SetResult(true);
        await holder;
        await Task.WhenAll(started).ContinueWith(_ => { }, TaskScheduler.Default); // all done before the gate goes
        return started;
    }

    [Test]
    public async Task RequestsQueuedMeanwhileAreDecidedInOneCallAndEachGetsItsOwnOutcomes()
    {
        var recorder = new Recorder();
        var outcomes = await Task.WhenAll(await QueuedBehindTheGate(recorder, 100, [1, 2], [3], [4, 5, 6]));
        Assert.That(outcomes[0], Is.EqualTo(Expect.Items(10, 20)));
        Assert.That(outcomes[1], Is.EqualTo(Expect.Items(30)));
        Assert.That(outcomes[2], Is.EqualTo(Expect.Items(40, 50, 60)));
        Assert.That(recorder.Calls, Has.Count.EqualTo(1));
        Assert.That(recorder.Calls[0], Is.EqualTo(Expect.Items(1, 2, 3, 4, 5, 6)));
    }

    [Test]
    public async Task AGroupIsClosedAtTheMaximumSizeWithoutSplittingARequest()
    {
        var recorder = new Recorder();
        await Task.WhenAll(await QueuedBehindTheGate(recorder, 3, [1, 2], [3, 4], [5]));
        Assert.That(recorder.Calls, Is.EqualTo(Expect.Items(Expect.Items(1, 2, 3, 4), Expect.Items(5))));
    }

    [Test]
    public async Task WhenAGroupFailsEachRequestIsDecidedAloneAndOnlyTheFaultyOneFails()
    {
        var recorder = new Recorder();
        var requests = await QueuedBehindTheGate(recorder, 100, [1], [-2, 2], [3]);
        Assert.That(await requests[0], Is.EqualTo(Expect.Items(10)));
        Assert.ThrowsAsync<InvalidOperationException>(() => requests[1]);
        Assert.That(await requests[2], Is.EqualTo(Expect.Items(30)));
        Assert.That(recorder.Calls, Is.EqualTo(Expect.Items(Expect.Items(1, -2, 2, 3), Expect.Items(1), Expect.Items(-2, 2), Expect.Items(3))));
    }

    [Test]
    public void ARequestDecidedAloneThatFailsGetsItsException()
    {
        using var gate = new IntakeGate();
        var recorder = new Recorder();
        var commit = new GroupCommit<int, int>(gate, maxGroupSize: 100);
        Assert.ThrowsAsync<InvalidOperationException>(() => commit.RunAsync([-1], recorder.Decide, CancellationToken.None));
        Assert.That(recorder.Calls, Has.Count.EqualTo(1));
    }
}
