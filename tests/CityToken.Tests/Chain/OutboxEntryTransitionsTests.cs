using CityToken.Api.Chain.Outbox;

namespace CityToken.Tests.Chain;

/// <summary>The outbox entry's state machine on its own: legal moves, illegal moves, and what each move records.</summary>
public sealed class OutboxEntryTransitionsTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddMinutes(5);
    private static readonly OutboxReceipt Receipt = new("0xaa", BlockNumber: 7, BlockHash: "0xb7", Succeeded: true, GasUsed: 21_000);

    private static readonly OutboxStatus[] Final = [OutboxStatus.Confirmed, OutboxStatus.Reverted, OutboxStatus.Failed];
    private static readonly OutboxStatus[] InFlight = [OutboxStatus.Signed, OutboxStatus.Broadcast];

    private static OutboxEntry Entry(OutboxStatus status, string? error = "earlier problem", params OutboxAttempt[] attempts) => new()
    {
        Id = 42, IdempotencyKey = "k", RequestHash = "00", Purpose = "test", Sender = "0x1", To = "0x2", Data = "0x", Value = "5",
        Status = status, Error = error, CreatedAt = Created, UpdatedAt = Created, Nonce = status == OutboxStatus.Queued ? null : 3,
        TxHash = status == OutboxStatus.Queued ? null : "0xaa", Attempts = [.. attempts],
    };

    private static OutboxAttempt Attempt(int number, OutboxAttemptStatus status, string hash = "0xaa") => new()
    {
        Number = number, Nonce = 3, TxHash = hash, RawTransaction = "0x00", GasLimit = 21_000, MaxFeePerGas = "2", MaxPriorityFeePerGas = "1",
        Status = status, SignedAt = Created,
    };

    [Test]
    public void TheTableAllowsExactlyTheOutboxsMoves()
    {
        const OutboxStatus Queued = OutboxStatus.Queued, Signed = OutboxStatus.Signed, Broadcast = OutboxStatus.Broadcast, Mined = OutboxStatus.Mined;
        var legal = new Dictionary<(OutboxStatus, OutboxMove), OutboxStatus>
        {
            [(Queued, OutboxMove.PreflightFailure)] = Queued,
            [(Queued, OutboxMove.Fail)] = OutboxStatus.Failed,
            [(Queued, OutboxMove.RevertBeforeSigning)] = OutboxStatus.Reverted,
            [(Queued, OutboxMove.Sign)] = Signed,
            [(Mined, OutboxMove.Deepen)] = Mined,
            [(Mined, OutboxMove.Confirm)] = OutboxStatus.Confirmed,
            [(Mined, OutboxMove.Reorganise)] = Broadcast,
            [(OutboxStatus.Confirmed, OutboxMove.Forget)] = Broadcast,
            [(OutboxStatus.Reverted, OutboxMove.Forget)] = Broadcast,
        };
        foreach (var from in InFlight)
        {
            legal[(from, OutboxMove.Broadcast)] = Broadcast;
            legal[(from, OutboxMove.Replace)] = from;
            legal[(from, OutboxMove.Problem)] = from;
            legal[(from, OutboxMove.Mine)] = Mined;
            legal[(from, OutboxMove.RevertMined)] = OutboxStatus.Reverted;
            legal[(from, OutboxMove.Requeue)] = Queued;
        }
        foreach (var from in Enum.GetValues<OutboxStatus>())
        {
            foreach (var move in Enum.GetValues<OutboxMove>())
            {
                Assert.That(OutboxEntry.After(from, move), Is.EqualTo(legal.TryGetValue((from, move), out var to) ? to : (OutboxStatus?)null), $"{move} from {from}");
            }
        }
        foreach (var final in Final)
        {
            // Final, except when the chain forgot the mined transaction (a node restarted from older state).
            Assert.That(Enum.GetValues<OutboxMove>().Where(m => m != OutboxMove.Forget).Select(m => OutboxEntry.After(final, m)), Has.All.Null, $"{final} is final");
        }
    }

    [Test]
    public void AConfirmedEntryTheChainForgotGoesBackToBroadcastWithItsNonceAndAttempt()
    {
        var mined = Attempt(1, OutboxAttemptStatus.Mined);
        var entry = Entry(OutboxStatus.Confirmed, null, mined);
        entry.BlockNumber = 7;
        entry.BlockHash = "0xb7";
        entry.Confirmations = 2;

        entry.MarkForgotten(headBlock: 5, Later);

        Assert.That((entry.Status, entry.Nonce, entry.BlockNumber, entry.Confirmations), Is.EqualTo((OutboxStatus.Broadcast, (long?)3, (long?)null, 0L)),
            "the nonce stays the entry's: the same bytes are sent again");
        Assert.That(entry.Error, Is.EqualTo("tx 0xaa was mined in block 7 (0xb7), which the chain no longer has; sending the same bytes again"));
        Assert.That((mined.Status, mined.BroadcastBlock), Is.EqualTo((OutboxAttemptStatus.Broadcast, (long?)5)));
        Assert.Throws<InvalidOperationException>(() => Entry(OutboxStatus.Reverted).MarkForgotten(5, Later), "reverted before signing: nothing was mined");
        Assert.Throws<InvalidOperationException>(() => Entry(OutboxStatus.Failed).MarkForgotten(5, Later));
    }

    [Test]
    public void SigningAQueuedEntryRecordsNonceHashAndClearsTheError()
    {
        var entry = Entry(OutboxStatus.Queued);

        entry.MarkSigned(3, "0xaa", Later);

        Assert.That((entry.Status, entry.Nonce, entry.TxHash, entry.Error, entry.UpdatedAt), Is.EqualTo((OutboxStatus.Signed, 3L, "0xaa", (string?)null, Later)));
    }

    [Test]
    public void OnlyAQueuedEntryIsSigned()
    {
        foreach (var status in Enum.GetValues<OutboxStatus>().Where(s => s != OutboxStatus.Queued))
        {
            var entry = Entry(status);
            Assert.Throws<InvalidOperationException>(() => entry.MarkSigned(4, "0xbb", Later), status.ToString());
            Assert.That((entry.Status, entry.Nonce, entry.Error, entry.UpdatedAt), Is.EqualTo((status, (long?)3, "earlier problem", Created)), "nothing changed");
        }
    }

    [Test]
    public void PreflightFailuresKeepTheEntryQueuedUntilTheLimitThenFailIt()
    {
        var entry = Entry(OutboxStatus.Queued, error: null);

        entry.RecordPreflightFailure("gas estimation failed: 1", maxFailures: 2, Later);
        Assert.That((entry.Status, entry.Error, entry.PreflightFailures, entry.UpdatedAt), Is.EqualTo((OutboxStatus.Queued, "gas estimation failed: 1", 1, Later)));

        entry.RecordPreflightFailure("gas estimation failed: 2", maxFailures: 2, Later.AddSeconds(1));
        Assert.That((entry.Status, entry.Error, entry.PreflightFailures), Is.EqualTo((OutboxStatus.Failed, "gas estimation failed: 2", 2)));
        Assert.Throws<InvalidOperationException>(() => entry.RecordPreflightFailure("again", 2, Later), "Failed is final");
        Assert.That(entry.PreflightFailures, Is.EqualTo(2), "an illegal move changes nothing");
    }

    [Test]
    public void AQueuedEntryRevertsOrFailsBeforeSigning()
    {
        var reverted = Entry(OutboxStatus.Queued);
        reverted.MarkReverted("CivicTokenMintCapExceeded(requested=5, remaining=1, cap=2)", Later);
        Assert.That((reverted.Status, reverted.Error, reverted.UpdatedAt), Is.EqualTo((OutboxStatus.Reverted, "CivicTokenMintCapExceeded(requested=5, remaining=1, cap=2)", Later)));

        var failed = Entry(OutboxStatus.Queued);
        failed.MarkFailed("given up", Later);
        Assert.That((failed.Status, failed.Error), Is.EqualTo((OutboxStatus.Failed, "given up")));
    }

    [Test]
    public void BroadcastMovesASignedEntryAndKeepsABroadcastOne()
    {
        foreach (var status in InFlight)
        {
            var attempt = Attempt(1, OutboxAttemptStatus.Signed);
            var entry = Entry(status, "broadcast rejected: timeout", attempt);

            entry.MarkBroadcast(attempt, Later, headBlock: 9);

            Assert.That((entry.Status, entry.Error, entry.UpdatedAt), Is.EqualTo((OutboxStatus.Broadcast, (string?)null, Later)), status.ToString());
            Assert.That((attempt.Status, attempt.BroadcastAt, attempt.BroadcastBlock), Is.EqualTo((OutboxAttemptStatus.Broadcast, (DateTimeOffset?)Later, (long?)9)));
        }
        foreach (var status in Enum.GetValues<OutboxStatus>().Except(InFlight))
        {
            var attempt = Attempt(1, OutboxAttemptStatus.Signed);
            Assert.Throws<InvalidOperationException>(() => Entry(status, null, attempt).MarkBroadcast(attempt, Later, 9), status.ToString());
            Assert.That(attempt.Status, Is.EqualTo(OutboxAttemptStatus.Signed), "the attempt did not move either");
        }
    }

    [Test]
    public void AMinedAttemptWinsAndTheOthersAreReplaced()
    {
        var first = Attempt(1, OutboxAttemptStatus.Broadcast, "0x01");
        var second = Attempt(2, OutboxAttemptStatus.Broadcast, "0x02");
        var entry = Entry(OutboxStatus.Broadcast, "stuck: …", first, second);

        entry.MarkMined(first, Receipt, confirmations: 2, Later);

        Assert.That((entry.Status, entry.Error, entry.TxHash, entry.BlockNumber, entry.BlockHash, entry.GasUsed, entry.Confirmations),
            Is.EqualTo((OutboxStatus.Mined, (string?)null, "0x01", (long?)7, "0xb7", (long?)21_000, 2L)));
        Assert.That((first.Status, second.Status), Is.EqualTo((OutboxAttemptStatus.Mined, OutboxAttemptStatus.Replaced)));
    }

    [Test]
    public void AMinedRevertKeepsTheReceiptAndTheReason()
    {
        var attempt = Attempt(1, OutboxAttemptStatus.Signed);
        var entry = Entry(OutboxStatus.Signed, null, attempt);

        entry.MarkReverted(attempt, Receipt with { Succeeded = false }, confirmations: 1, "CivicTokenPaused()", Later);

        Assert.That((entry.Status, entry.Error, entry.BlockNumber, entry.Confirmations, attempt.Status),
            Is.EqualTo((OutboxStatus.Reverted, "CivicTokenPaused()", (long?)7, 1L, OutboxAttemptStatus.Mined)));
        Assert.Throws<InvalidOperationException>(() => entry.MarkMined(attempt, Receipt, 1, Later), "Reverted is final");
    }

    [Test]
    public void ConfirmationsAccumulateUntilTheDepth()
    {
        var entry = Entry(OutboxStatus.Mined, null, Attempt(1, OutboxAttemptStatus.Mined));

        Assert.That(entry.RecordConfirmations(Receipt, confirmations: 2, depth: 3, Later), Is.False);
        Assert.That((entry.Status, entry.Confirmations, entry.BlockNumber, entry.UpdatedAt), Is.EqualTo((OutboxStatus.Mined, 2L, (long?)7, Later)));

        Assert.That(entry.RecordConfirmations(Receipt, confirmations: 3, depth: 3, Later), Is.True);
        Assert.That(entry.Status, Is.EqualTo(OutboxStatus.Confirmed));
        Assert.Throws<InvalidOperationException>(() => entry.RecordConfirmations(Receipt, 4, 3, Later), "Confirmed is final");
        Assert.Throws<InvalidOperationException>(() => Entry(OutboxStatus.Broadcast).RecordConfirmations(Receipt, 4, 3, Later), "only a mined entry is confirmed");
    }

    [Test]
    public void AReorgTakesAMinedEntryBackToBroadcast()
    {
        var mined = Attempt(1, OutboxAttemptStatus.Mined);
        var replaced = Attempt(2, OutboxAttemptStatus.Replaced, "0x02");
        var entry = Entry(OutboxStatus.Mined, null, mined, replaced);
        entry.BlockNumber = 7;
        entry.BlockHash = "0xb7";
        entry.GasUsed = 21_000;
        entry.Confirmations = 1;

        entry.MarkReorganised(headBlock: 8, Later);

        Assert.That((entry.Status, entry.BlockNumber, entry.BlockHash, entry.GasUsed, entry.Confirmations, entry.UpdatedAt),
            Is.EqualTo((OutboxStatus.Broadcast, (long?)null, (string?)null, (long?)null, 0L, Later)));
        Assert.That(entry.Error, Is.EqualTo("tx 0xaa was mined in block 7 (0xb7), which a reorg removed from the chain; waiting for it to be mined again"));
        Assert.That((mined.Status, mined.BroadcastAt, mined.BroadcastBlock, mined.LastError),
            Is.EqualTo((OutboxAttemptStatus.Broadcast, (DateTimeOffset?)Later, (long?)8, "was mined in block 7 (0xb7), which a reorg removed from the chain")));
        Assert.That(replaced.Status, Is.EqualTo(OutboxAttemptStatus.Replaced), "only the mined attempt is tracked again");
        Assert.Throws<InvalidOperationException>(() => Entry(OutboxStatus.Confirmed).MarkReorganised(8, Later), "a confirmed entry stays confirmed");
    }

    [Test]
    public void ANonceTakenByAnotherTransactionRequeuesTheEntry()
    {
        foreach (var status in InFlight)
        {
            var attempt = Attempt(1, OutboxAttemptStatus.Broadcast);
            var entry = Entry(status, null, attempt);

            entry.Requeue("nonce 3 was used by a transaction the outbox did not sign for this entry", Later);

            Assert.That((entry.Status, entry.Nonce, entry.TxHash), Is.EqualTo((OutboxStatus.Queued, (long?)null, (string?)null)), status.ToString());
            Assert.That(entry.Error, Is.EqualTo("nonce 3 was used by a transaction the outbox did not sign for this entry; it will be signed again with a new nonce"));
            Assert.That((attempt.Status, attempt.LastError), Is.EqualTo((OutboxAttemptStatus.Replaced, "nonce 3 was used by a transaction the outbox did not sign for this entry")));
        }
        Assert.Throws<InvalidOperationException>(() => Entry(OutboxStatus.Mined).Requeue("no", Later), "a mined entry keeps its nonce");
    }

    [Test]
    public void ProblemsAndReplacementsKeepTheStatus()
    {
        var entry = Entry(OutboxStatus.Broadcast, null, Attempt(1, OutboxAttemptStatus.Broadcast));

        entry.RecordProblem("broadcast rejected: nonce too high", Later);
        Assert.That((entry.Status, entry.Error, entry.UpdatedAt), Is.EqualTo((OutboxStatus.Broadcast, "broadcast rejected: nonce too high", Later)));

        entry.MarkReplacementSigned("0x02", "stuck: replaced by attempt 2", Later.AddSeconds(1));
        Assert.That((entry.Status, entry.TxHash, entry.Error), Is.EqualTo((OutboxStatus.Broadcast, "0x02", "stuck: replaced by attempt 2")));

        foreach (var status in Final)
        {
            Assert.Throws<InvalidOperationException>(() => Entry(status).RecordProblem("late", Later), status.ToString());
        }
    }

    [Test]
    public void AttemptsAreNumberedAndTheLatestIsTheHighest()
    {
        var entry = Entry(OutboxStatus.Queued);
        Assert.That(entry.NextAttemptNumber(), Is.EqualTo(1));

        entry.Attempts.AddRange([Attempt(2, OutboxAttemptStatus.Broadcast, "0x02"), Attempt(1, OutboxAttemptStatus.Replaced, "0x01")]);

        Assert.That((entry.NextAttemptNumber(), entry.LatestAttempt().TxHash), Is.EqualTo((3, "0x02")));
        Assert.That(entry.CallWith(gas: 50_000), Is.EqualTo(new OutboxCall("0x1", "0x2", "0x", 5, 50_000)));
    }
}
