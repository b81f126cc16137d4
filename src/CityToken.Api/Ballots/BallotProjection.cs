using CityToken.Contracts.BallotBox.ContractDefinition;

namespace CityToken.Api.Ballots;

/// <summary>A ballot from BallotCreated / BallotCancelled. Tallies and turnout are counted from <see cref="VoteRecord"/>s.</summary>
public sealed class BallotRecord
{
    public long Id { get; set; }
    public required string CredentialType { get; set; }
    public required string MetadataHash { get; set; }
    public required string MetadataUri { get; set; }
    public int OptionCount { get; set; }

    /// <summary>Voting window [Start, End), Unix seconds.</summary>
    public long Start { get; set; }
    public long End { get; set; }

    /// <summary>Minimum turnout (votes), decimal string (uint256).</summary>
    public required string Quorum { get; set; }
    public long CreatedBlock { get; set; }
    public required string CreatedTransaction { get; set; }
    public long? CancelledBlock { get; set; }
}

/// <summary>One vote (VoteCast): one per (ballot, person key).</summary>
public sealed class VoteRecord : ChainEventRow
{
    public long BallotId { get; set; }
    public required string PersonKey { get; set; }
    public required string Voter { get; set; }
    public required string Signer { get; set; }
    public int Option { get; set; }
}

/// <summary>
/// Ballots (<see cref="BallotRecord"/>: created, then possibly cancelled) and votes (<see cref="VoteRecord"/>, appended)
/// from BallotBox events.
/// </summary>
public sealed class BallotProjection : AppendOnlyProjection<VoteRecord>
{
    public override IReadOnlyCollection<string> Contracts { get; } = [ContractNames.BallotBox];

    public override IReadOnlyCollection<EventDecoder> Events { get; } =
        [EventDecoder.For<BallotCreatedEventDTO>(), EventDecoder.For<BallotCancelledEventDTO>(), EventDecoder.For<VoteCastEventDTO>()];

    protected override VoteRecord? RowOf(IndexedLog log) =>
        log.TryGet<VoteCastEventDTO>(out var vote)
            ? new VoteRecord
            {
                BallotId = (long)vote.BallotId,
                PersonKey = Hex.Of(vote.PersonKey),
                Voter = Hex.Address(vote.Voter),
                Signer = Hex.Address(vote.Signer),
                Option = (int)vote.Option,
            }
            : null;

    public override async Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        if (log.TryGet<BallotCreatedEventDTO>(out var created))
        {
            db.Add(new BallotRecord
            {
                Id = (long)created.BallotId,
                CredentialType = Hex.Of(created.CredentialType),
                MetadataHash = Hex.Of(created.MetadataHash),
                MetadataUri = created.MetadataURI ?? "",
                OptionCount = created.OptionCount,
                Start = (long)created.Start,
                End = (long)created.End,
                Quorum = Uint256.Format(created.Quorum),
                CreatedBlock = log.BlockNumber,
                CreatedTransaction = log.TransactionHash,
            });
        }
        else if (log.TryGet<BallotCancelledEventDTO>(out var cancelled))
        {
            var ballot = await db.Set<BallotRecord>().FindAsync([(long)cancelled.BallotId], cancellationToken)
                ?? throw new InvalidOperationException($"BallotCancelled for unknown ballot {cancelled.BallotId}.");
            ballot.CancelledBlock = log.BlockNumber;
        }
        else
        {
            await base.ApplyAsync(batch, log, cancellationToken);
        }
    }

    /// <summary>Votes and ballots created above the fork go; cancellations above it are undone.</summary>
    public override async Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        await base.RollbackAsync(db, blockNumber, cancellationToken);
        await ProjectionRows.DeleteAboveAsync<BallotRecord>(db, b => b.CreatedBlock, blockNumber, cancellationToken);
        await ProjectionRows.ClearAboveAsync<BallotRecord>(db, b => b.CancelledBlock, blockNumber,
            u => u.SetProperty(b => b.CancelledBlock, (long?)null), cancellationToken);
    }

    public override async Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        await base.ResetAsync(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<BallotRecord>(db, cancellationToken);
    }
}

internal sealed class BallotRecordConfiguration : IEntityTypeConfiguration<BallotRecord>
{
    public void Configure(EntityTypeBuilder<BallotRecord> builder)
    {
        builder.ToTable("Ballots");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasIndex(b => b.CreatedBlock);
        builder.Property(b => b.CredentialType).HasMaxLength(66);
        builder.Property(b => b.MetadataHash).HasMaxLength(66);
        builder.Property(b => b.Quorum).HasMaxLength(78);
        builder.Property(b => b.CreatedTransaction).HasMaxLength(66);
    }
}

internal sealed class VoteRecordConfiguration : IEntityTypeConfiguration<VoteRecord>
{
    public void Configure(EntityTypeBuilder<VoteRecord> builder)
    {
        builder.ToTable("Votes");
        builder.HasKey(v => new { v.BallotId, v.PersonKey });
        builder.HasIndex(v => v.Voter);
        builder.HasIndex(v => v.BlockNumber);
        builder.Property(v => v.PersonKey).HasMaxLength(66);
        builder.Property(v => v.Voter).HasMaxLength(42);
        builder.Property(v => v.Signer).HasMaxLength(42);
        builder.MapChainEvent();
    }
}
