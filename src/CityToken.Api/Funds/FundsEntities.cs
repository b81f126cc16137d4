namespace CityToken.Api.Funds;

/// <summary>
/// Projection: one row per PublicFunds event (<see cref="FundsEventKinds"/>). A project's row carries its budget in
/// <see cref="Amount"/>, currency, department and metadata hash; a disbursement's rows carry the same id and, for the
/// proposal, payee, amount, category and document hash. Current state is folded from the rows on read.
/// </summary>
public sealed class FundsEvent : ChainEventRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public long ProjectId { get; set; }

    /// <summary>0 for a project's row.</summary>
    public long DisbursementId { get; set; }

    /// <summary>Minor units, decimal string: the budget (project) or the disbursement's amount.</summary>
    public required string Amount { get; set; }

    /// <summary>Who proposed or decided (0x + 64 hex digits): an account, left-padded, or a staff reference.</summary>
    public string? Actor { get; set; }

    /// <summary>Lower-case payee address; null for a project, a payroll or a decision.</summary>
    public string? Payee { get; set; }

    /// <summary>The contract's category number (0 works … 4 other); null but for a proposal.</summary>
    public int? Category { get; set; }

    /// <summary>Metadata hash (project), document hash or payroll root (proposal), 0x + 64 hex digits.</summary>
    public string? Hash { get; set; }

    /// <summary>ISO 4217 code (project).</summary>
    public string? Currency { get; set; }

    public string? Department { get; set; }
}

/// <summary>Values of <see cref="FundsEvent.Kind"/>.</summary>
public static class FundsEventKinds
{
    public const string Project = "project";
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}

/// <summary>
/// A staff write (create a project, propose, approve, reject) and who made it; its chain write is the outbox entry keyed
/// <c>funds:&lt;id&gt;</c>. A project's name and description live here (the chain has their hash).
/// </summary>
public sealed class FundsRequest
{
    public Guid Id { get; set; }

    /// <summary>"project", "propose", "approve" or "reject".</summary>
    public required string Kind { get; set; }

    public int? StaffKeyId { get; set; }
    public required string StaffName { get; set; }

    /// <summary>The staff member's on-chain reference (<see cref="FundsActors.Of"/>).</summary>
    public required string Actor { get; set; }

    /// <summary>The project a proposal pays from.</summary>
    public long? ProjectId { get; set; }

    /// <summary>The disbursement decided (approve, reject).</summary>
    public long? DisbursementId { get; set; }

    /// <summary>Minor units, decimal string (the budget, or the amount proposed or approved).</summary>
    public required string Amount { get; set; }

    /// <summary>A project's name; the payee's description for a proposal.</summary>
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The project's metadata hash or the proposal's document hash, as sent.</summary>
    public string? Hash { get; set; }

    public long CreatedAt { get; set; }

    public static string OutboxKey(Guid id) => $"funds:{id:D}";
}

/// <summary>
/// One worker's wage in a payroll proposal: the Merkle leaf's parts (worker reference, amount, salt) and the SHA-256 of
/// the receipt code given to the worker, so only its holder can find the wage.
/// </summary>
public sealed class FundsWage
{
    public long Id { get; set; }
    public Guid RequestId { get; set; }

    /// <summary>The leaf's place in the payroll's tree.</summary>
    public int LeafIndex { get; set; }

    public required string ReceiptHash { get; set; }
    public required string Worker { get; set; }
    public required string Amount { get; set; }
    public required string Salt { get; set; }
    public required string Root { get; set; }
}

internal sealed class FundsEventConfiguration : IEntityTypeConfiguration<FundsEvent>
{
    public void Configure(EntityTypeBuilder<FundsEvent> builder)
    {
        builder.ToTable("FundsEvents");
        builder.HasIndex(e => new { e.ProjectId, e.DisbursementId });
        builder.HasIndex(e => e.BlockNumber);
        builder.HasIndex(e => e.TransactionHash);
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.Amount).HasMaxLength(78);
        builder.Property(e => e.Actor).HasMaxLength(66);
        builder.Property(e => e.Payee).HasMaxLength(42);
        builder.Property(e => e.Hash).HasMaxLength(66);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Department).HasMaxLength(FundsLimits.Department);
        builder.MapChainEvent();
    }
}

internal sealed class FundsRequestConfiguration : IEntityTypeConfiguration<FundsRequest>
{
    public void Configure(EntityTypeBuilder<FundsRequest> builder)
    {
        builder.ToTable("FundsRequests");
        builder.HasIndex(r => r.Hash);
        builder.HasIndex(r => r.DisbursementId);
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.StaffName).HasMaxLength(200);
        builder.Property(r => r.Actor).HasMaxLength(66);
        builder.Property(r => r.Amount).HasMaxLength(78);
        builder.Property(r => r.Name).HasMaxLength(FundsLimits.Name);
        builder.Property(r => r.Description).HasMaxLength(FundsLimits.Description);
        builder.Property(r => r.Hash).HasMaxLength(66);
    }
}

internal sealed class FundsWageConfiguration : IEntityTypeConfiguration<FundsWage>
{
    public void Configure(EntityTypeBuilder<FundsWage> builder)
    {
        builder.ToTable("FundsWages");
        builder.HasIndex(w => w.ReceiptHash).IsUnique();
        builder.HasIndex(w => w.RequestId);
        builder.Property(w => w.ReceiptHash).HasMaxLength(64);
        builder.Property(w => w.Worker).HasMaxLength(66);
        builder.Property(w => w.Amount).HasMaxLength(78);
        builder.Property(w => w.Salt).HasMaxLength(66);
        builder.Property(w => w.Root).HasMaxLength(66);
    }
}

internal static class FundsLimits
{
    public const int Name = 200;
    public const int Description = 2000;
    public const int Department = 100;
    public const int Workers = 500;
}
