namespace CityToken.Api.TokenReadModel;

/// <summary>A holder's CivicToken balance (base units, decimal string); rows exist only for non-zero balances.</summary>
public sealed class TokenBalance
{
    public required string Address { get; set; }
    public required string Balance { get; set; }
}

/// <summary>One CivicToken Transfer log (mints come from, burns go to, the zero address).</summary>
public sealed class TokenTransfer : ChainEventRow
{
    public required string From { get; set; }
    public required string To { get; set; }
    public required string Amount { get; set; }
}

/// <summary>Token-wide totals (one row): supply = minted - burned.</summary>
public sealed class TokenSupply
{
    public int Id { get; set; } = 1;
    public required string TotalSupply { get; set; }
    public required string Minted { get; set; }
    public required string Burned { get; set; }
}

/// <summary>Per UTC day (block time): minted and burned base units, and counts of mints and transfers.</summary>
public sealed class TokenDailyStat
{
    /// <summary>yyyy-MM-dd (UTC).</summary>
    public required string Day { get; set; }
    public required string Minted { get; set; }
    public required string Burned { get; set; }
    public int Mints { get; set; }
    public int Transfers { get; set; }
}

internal sealed class TokenBalanceConfiguration : IEntityTypeConfiguration<TokenBalance>
{
    public void Configure(EntityTypeBuilder<TokenBalance> builder)
    {
        builder.ToTable("TokenBalances");
        builder.HasKey(b => b.Address);
        builder.Property(b => b.Address).HasMaxLength(42);
        builder.Property(b => b.Balance).HasMaxLength(78);
    }
}

internal sealed class TokenTransferConfiguration : IEntityTypeConfiguration<TokenTransfer>
{
    public void Configure(EntityTypeBuilder<TokenTransfer> builder)
    {
        builder.ToTable("TokenTransfers");
        // Keyed by place (one chain per index): rows are appended in key order, and a rollback deletes a key range.
        // No index on the tx hash: it is random, so every stored piece rewrote most of its pages; the few look-ups by
        // transaction go by block (RewardBatch and Redemption rows know theirs) and filter the hash in memory.
        builder.HasKey(t => new { t.BlockNumber, t.LogIndex });
        builder.HasIndex(t => new { t.From, t.BlockNumber, t.LogIndex });
        builder.HasIndex(t => new { t.To, t.BlockNumber, t.LogIndex });
        builder.MapChainEvent();
        builder.Property(t => t.From).HasMaxLength(42);
        builder.Property(t => t.To).HasMaxLength(42);
        builder.Property(t => t.Amount).HasMaxLength(78);
    }
}

internal sealed class TokenSupplyConfiguration : IEntityTypeConfiguration<TokenSupply>
{
    public void Configure(EntityTypeBuilder<TokenSupply> builder)
    {
        builder.ToTable("TokenSupply");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TotalSupply).HasMaxLength(78);
        builder.Property(s => s.Minted).HasMaxLength(78);
        builder.Property(s => s.Burned).HasMaxLength(78);
    }
}

internal sealed class TokenDailyStatConfiguration : IEntityTypeConfiguration<TokenDailyStat>
{
    public void Configure(EntityTypeBuilder<TokenDailyStat> builder)
    {
        builder.ToTable("TokenDailyStats");
        builder.HasKey(s => s.Day);
        builder.Property(s => s.Day).HasMaxLength(10);
        builder.Property(s => s.Minted).HasMaxLength(78);
        builder.Property(s => s.Burned).HasMaxLength(78);
    }
}
