using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CityToken.Api.Chain.Outbox;

/// <summary>Lifecycle of an outbox entry.</summary>
public enum OutboxStatus
{
    /// <summary>Accepted; not yet signed (no nonce).</summary>
    Queued,

    /// <summary>Signed with a nonce and stored; not yet accepted by the node.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "A lifecycle state, not a type name.")]
    Signed,

    /// <summary>Accepted by the node; waiting to be mined.</summary>
    Broadcast,

    /// <summary>Mined successfully; waiting for the confirmation depth.</summary>
    Mined,

    /// <summary>Mined and buried under the confirmation depth. Final.</summary>
    Confirmed,

    /// <summary>The call reverted (before signing, at gas estimation or simulation, or mined with status 0); <c>Error</c> has the decoded reason. Final.</summary>
    Reverted,

    /// <summary>Given up with a reason (e.g. gas estimation kept failing). Final.</summary>
    Failed,
}

/// <summary>Lifecycle of one signed transaction (attempt) of an entry; replacements share the entry's nonce.</summary>
public enum OutboxAttemptStatus
{
    /// <summary>Signed and stored, not yet accepted by the node.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "A lifecycle state, not a type name.")]
    Signed,

    /// <summary>Accepted by the node.</summary>
    Broadcast,

    /// <summary>This attempt is the one that was mined.</summary>
    Mined,

    /// <summary>Superseded: another transaction with the same nonce was mined (or a fee bump replaced it).</summary>
    Replaced,
}

/// <summary>One signed transaction of an entry, stored (raw bytes and hash) before it is broadcast.</summary>
public sealed class OutboxAttempt
{
    // EF Core reads and writes the field directly (its backing-field convention).
    private OutboxAttemptStatus _status;

    public long Id { get; set; }

    public long EntryId { get; set; }

    /// <summary>1 for the first signature, 2… for fee-bumped replacements.</summary>
    public int Number { get; set; }

    public long Nonce { get; set; }

    public required string TxHash { get; set; }

    public required string RawTransaction { get; set; }

    public long GasLimit { get; set; }

    /// <summary>Wei, decimal string.</summary>
    public required string MaxFeePerGas { get; set; }

    /// <summary>Wei, decimal string.</summary>
    public required string MaxPriorityFeePerGas { get; set; }

    /// <summary>Init-only: after creation only the methods below (called by <see cref="OutboxEntry"/>'s transitions and the outbox's phases) change it.</summary>
    public OutboxAttemptStatus Status { get => _status; init => _status = value; }

    public DateTimeOffset SignedAt { get; set; }

    public DateTimeOffset? BroadcastAt { get; set; }

    /// <summary>Head block when the node accepted it (for the stuck-by-blocks rule).</summary>
    public long? BroadcastBlock { get; set; }

    public string? LastError { get; set; }

    /// <summary>The node accepted it (or already had it): the stuck rules count from <paramref name="at"/> and <paramref name="headBlock"/>.</summary>
    public void MarkBroadcast(DateTimeOffset at, long headBlock)
    {
        BroadcastAt = at;
        BroadcastBlock = headBlock;
        _status = OutboxAttemptStatus.Broadcast;
    }

    /// <summary>This attempt is the one the chain took.</summary>
    public void MarkMined() => _status = OutboxAttemptStatus.Mined;

    /// <summary>Superseded (another attempt was mined, or a replacement was signed before this one reached the node).</summary>
    public void MarkReplaced() => _status = OutboxAttemptStatus.Replaced;

    /// <summary>Superseded, with the reason.</summary>
    public void MarkReplaced(string reason)
    {
        _status = OutboxAttemptStatus.Replaced;
        LastError = reason;
    }

    /// <summary>Its block left the chain: tracked as broadcast again, and the same bytes get their chance before any fee bump.</summary>
    public void ReturnToBroadcast(string reason, DateTimeOffset now, long headBlock)
    {
        _status = OutboxAttemptStatus.Broadcast;
        LastError = reason;
        BroadcastAt = now;
        BroadcastBlock = headBlock;
    }
}

/// <summary>The outbox's own nonce record for a signing account.</summary>
public sealed class OutboxAccount
{
    public required string Address { get; set; }

    /// <summary>Next nonce to assign; reconciled with the node's pending count.</summary>
    public long NextNonce { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Reconciled with the node's pending count: a count ahead of the record (another sender) moves it on.</summary>
    public void Reconcile(long pending, DateTimeOffset now)
    {
        NextNonce = Math.Max(NextNonce, pending);
        UpdatedAt = now;
    }

    /// <summary>Takes the next nonce for a signature.</summary>
    public long TakeNonce(DateTimeOffset now)
    {
        UpdatedAt = now;
        return NextNonce++;
    }
}

internal sealed class OutboxEntryConfiguration : IEntityTypeConfiguration<OutboxEntry>
{
    public void Configure(EntityTypeBuilder<OutboxEntry> entry)
    {
        entry.ToTable("OutboxEntries");
        entry.HasIndex(e => e.IdempotencyKey).IsUnique();
        entry.HasIndex(e => new { e.Status, e.Id });
        entry.Property(e => e.IdempotencyKey).HasMaxLength(200);
        entry.Property(e => e.RequestHash).HasMaxLength(64);
        entry.Property(e => e.Purpose).HasMaxLength(500);
        entry.Property(e => e.Sender).HasMaxLength(42);
        entry.Property(e => e.To).HasMaxLength(42);
        entry.Property(e => e.Value).HasMaxLength(80);
        entry.Property(e => e.TxHash).HasMaxLength(66);
        entry.Property(e => e.BlockHash).HasMaxLength(66);
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        entry.HasMany(e => e.Attempts).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> attempt)
    {
        attempt.ToTable("OutboxAttempts");
        attempt.HasIndex(a => a.TxHash).IsUnique();
        attempt.HasIndex(a => new { a.EntryId, a.Number }).IsUnique();
        attempt.Property(a => a.TxHash).HasMaxLength(66);
        attempt.Property(a => a.MaxFeePerGas).HasMaxLength(80);
        attempt.Property(a => a.MaxPriorityFeePerGas).HasMaxLength(80);
        attempt.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class OutboxAccountConfiguration : IEntityTypeConfiguration<OutboxAccount>
{
    public void Configure(EntityTypeBuilder<OutboxAccount> account)
    {
        account.ToTable("OutboxAccounts");
        account.HasKey(a => a.Address);
        account.Property(a => a.Address).HasMaxLength(42);
        // Optimistic check on every nonce assignment: a second writer that slipped past the lease cannot reuse a nonce.
        account.Property(a => a.NextNonce).IsConcurrencyToken();
    }
}
