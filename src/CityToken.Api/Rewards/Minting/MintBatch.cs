namespace CityToken.Api.Rewards.Minting;

/// <summary>Where a mint batch stands.</summary>
public static class MintBatchStatus
{
    /// <summary>Stored with its outbox entry; not yet accepted by the node.</summary>
    public const string Pending = "pending";

    /// <summary>The node accepted the transaction.</summary>
    public const string Submitted = "submitted";

    /// <summary>Minted on chain and confirmed. Final.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>Not minted (reverted for a passing reason, or the outbox gave up); its actions went back to the queue. Final.</summary>
    public const string Requeued = "requeued";

    /// <summary>Reverted for a reason retrying cannot fix; its actions failed with that reason. Final.</summary>
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> Unfinished = [Pending, Submitted];
}

/// <summary>
/// One <c>mintBatch</c> call: the queued actions it carries (amounts summed per resident), its one-time batch id
/// and the outbox entry that sends it. Stored in the same transaction as the entry and the actions' move to
/// <c>batched</c>, so a crash can never leave actions in a batch that is not going to be sent.
/// </summary>
public sealed class MintBatch
{
    public long Id { get; set; }

    /// <summary>bytes32 hex: this database's prefix and a sequence number (see <see cref="MintingState"/>).</summary>
    public required string BatchId { get; set; }

    public long OutboxEntryId { get; set; }

    public required string Status { get; set; }

    public int ActionCount { get; set; }

    public int RecipientCount { get; set; }

    /// <summary>Sum of the batch's amounts, base units.</summary>
    public BigInteger Total { get; set; }

    public string? TxHash { get; set; }

    public long? BlockNumber { get; set; }

    /// <summary>Why the batch was requeued or failed (decoded revert reason).</summary>
    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// Batch numbering of this database. Batch ids are <c>prefix · sequence</c>: the sequence keeps consecutive
/// batches in one storage slot of the token's bitmap (cheap), and the random prefix, drawn once per database,
/// keeps a new database on an old chain (or a test minting its own batches) from reusing an id already minted.
/// </summary>
public sealed class MintingState
{
    public int Id { get; set; }

    /// <summary>64-bit random prefix, 16 hex digits.</summary>
    public required string BatchIdPrefix { get; set; }

    public long NextSequence { get; set; }

    /// <summary>bytes32 hex of <paramref name="sequence"/> under this database's prefix.</summary>
    public string BatchIdOf(long sequence) =>
        "0x" + new string('0', 32) + BatchIdPrefix + sequence.ToString("x16", CultureInfo.InvariantCulture);
}

internal sealed class MintBatchConfiguration : IEntityTypeConfiguration<MintBatch>
{
    public void Configure(EntityTypeBuilder<MintBatch> batch)
    {
        batch.ToTable("MintBatches");
        batch.HasIndex(b => b.BatchId).IsUnique();
        batch.HasIndex(b => new { b.Status, b.Id });
        batch.HasIndex(b => b.OutboxEntryId).IsUnique();
        batch.Property(b => b.BatchId).HasMaxLength(66);
        batch.Property(b => b.Status).HasMaxLength(16);
        batch.Property(b => b.TxHash).HasMaxLength(66);
        batch.Property(b => b.Reason).HasMaxLength(500);
        batch.HasOne<OutboxEntry>().WithMany().HasForeignKey(b => b.OutboxEntryId);
    }
}

internal sealed class MintingStateConfiguration : IEntityTypeConfiguration<MintingState>
{
    public void Configure(EntityTypeBuilder<MintingState> state)
    {
        state.ToTable("MintingState");
        state.Property(s => s.Id).ValueGeneratedNever();
        state.Property(s => s.BatchIdPrefix).HasMaxLength(16);
    }
}
