namespace CityToken.Api.Indexing;

/// <summary>
/// The columns every event-row projection writes about where its event sits on the chain (same names and types in
/// each row's table). Rows derive from it so <see cref="AppendOnlyProjection{TRow}"/> fills and rolls them back in one
/// place; the base class is not an entity of its own (no table, no hierarchy).
/// </summary>
public abstract class ChainEventRow
{
    public string TransactionHash { get; set; } = "";
    public long BlockNumber { get; set; }
    public int LogIndex { get; set; }

    /// <summary>Block time, Unix seconds.</summary>
    public long BlockTime { get; set; }

    /// <summary>Copies where <paramref name="log"/> sits (transaction, block, log index, block time).</summary>
    public void PlaceAt(IndexedLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        TransactionHash = log.TransactionHash;
        BlockNumber = log.BlockNumber;
        LogIndex = log.LogIndex;
        BlockTime = log.BlockTime.ToUnixTimeSeconds();
    }
}

/// <summary>Mapping of the <see cref="ChainEventRow"/> columns, shared by the rows' configurations.</summary>
public static class ChainEventRowMapping
{
    /// <summary>The transaction hash is 0x and 64 hex digits.</summary>
    public static EntityTypeBuilder<TRow> MapChainEvent<TRow>(this EntityTypeBuilder<TRow> builder) where TRow : ChainEventRow
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(r => r.TransactionHash).HasMaxLength(66);
        return builder;
    }
}
