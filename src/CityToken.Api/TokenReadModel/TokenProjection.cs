using System.Globalization;
using System.Numerics;
using CityToken.Api.Chain;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityToken.Api.TokenReadModel;

/// <summary>A holder's CivicToken balance (base units, decimal string); rows exist only for non-zero balances.</summary>
public sealed class TokenBalance
{
    public required string Address { get; set; }
    public required string Balance { get; set; }
}

/// <summary>One CivicToken Transfer log (mints come from, burns go to, the zero address).</summary>
public sealed class TokenTransfer
{
    public required string TransactionHash { get; set; }
    public int LogIndex { get; set; }
    public long BlockNumber { get; set; }

    /// <summary>Block time, Unix seconds.</summary>
    public long BlockTime { get; set; }
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

/// <summary>Balances, transfers, supply and daily figures from CivicToken's Transfer events.</summary>
public sealed class TokenProjection : IEventProjection
{
    public IReadOnlyCollection<string> Contracts { get; } = [ContractNames.CivicToken];

    /// <summary>
    /// Per-range state (begun in the batch by <see cref="PrepareAsync"/>, written by <see cref="CompleteAsync"/>):
    /// balances of every holder the range touches (loaded once), supply and daily deltas.
    /// </summary>
    private sealed class Piece
    {
        /// <summary>Current balance of every touched holder (zero when it has no row).</summary>
        public readonly Dictionary<string, BigInteger> Balances = new(StringComparer.Ordinal);

        /// <summary>Holders that had a row when the range began.</summary>
        public readonly HashSet<string> Existing = new(StringComparer.Ordinal);
        public BigInteger Minted;
        public BigInteger Burned;
        public bool SupplyTouched;
        public readonly Dictionary<string, DayDelta> Days = new(StringComparer.Ordinal);
        private long _dayNumber = long.MinValue;
        private string _day = "";

        /// <summary>Day of a block time; logs come in block order, so the last answer is nearly always right.</summary>
        public string DayOf(long unixSeconds)
        {
            var number = Math.DivRem(unixSeconds, 86_400, out var rest) - (rest < 0 ? 1 : 0);
            if (number != _dayNumber)
            {
                (_dayNumber, _day) = (number, Day(unixSeconds));
            }
            return _day;
        }
    }

    private sealed class DayDelta
    {
        public BigInteger Minted;
        public BigInteger Burned;
        public int Mints;
        public int Transfers;
    }

    /// <summary>Loads the balance of every address the range's transfers touch (500 per query, untracked).</summary>
    public async Task PrepareAsync(IndexBatch batch, IReadOnlyList<IndexedLog> logs, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        var piece = batch.Begin(new Piece());
        foreach (var log in logs)
        {
            if (log.TryGetTransfer(out var transfer))
            {
                piece.Balances[transfer.From] = BigInteger.Zero;
                piece.Balances[transfer.To] = BigInteger.Zero;
            }
        }
        piece.Balances.Remove(Hex.ZeroAddress);
        using (var lookup = SqliteStatement.TryPrepare(db, "SELECT \"Balance\" FROM \"TokenBalances\" WHERE \"Address\" = @p0"))
        {
            if (lookup is not null)
            {
                // SQLite: one prepared primary-key lookup per holder (microseconds each, no IN-list to build and parse).
                foreach (var address in piece.Balances.Keys.ToArray())
                {
                    lookup.Bind(1, address);
                    if (lookup.QueryText() is { } balance)
                    {
                        piece.Balances[address] = Uint256.Parse(balance);
                        piece.Existing.Add(address);
                    }
                }
                return;
            }
        }
        foreach (var chunk in piece.Balances.Keys.ToArray().Chunk(500))
        {
            var rows = await db.Set<TokenBalance>().AsNoTracking().Where(b => chunk.Contains(b.Address)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                piece.Balances[row.Address] = Uint256.Parse(row.Balance);
                piece.Existing.Add(row.Address);
            }
        }
    }

    public async Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        if (!log.TryGetTransfer(out var transfer))
        {
            if (log.Log is { } raw && EventTopic.Matches<TransferEventDTO>(raw))
            {
                throw new InvalidOperationException($"Malformed Transfer log {log.TransactionHash}#{log.LogIndex}.");
            }
            return;
        }
        var row = new TokenTransfer
        {
            TransactionHash = log.TransactionHash,
            LogIndex = log.LogIndex,
            BlockNumber = log.BlockNumber,
            BlockTime = log.BlockTime.ToUnixTimeSeconds(),
            From = transfer.From,
            To = transfer.To,
            Amount = Uint256.Format(transfer.Value),
        };
        await batch.Rows.InsertAsync(row, cancellationToken);
        var piece = batch.Current<Piece>();
        var mint = transfer.From == Hex.ZeroAddress;
        var burn = transfer.To == Hex.ZeroAddress;
        if (!mint)
        {
            piece.Balances[transfer.From] = piece.Balances.GetValueOrDefault(transfer.From) - transfer.Value;
        }
        if (!burn)
        {
            piece.Balances[transfer.To] = piece.Balances.GetValueOrDefault(transfer.To) + transfer.Value;
        }
        var dayKey = piece.DayOf(row.BlockTime);
        if (!piece.Days.TryGetValue(dayKey, out var day))
        {
            day = new DayDelta();
            piece.Days[dayKey] = day;
        }
        day.Transfers++;
        piece.SupplyTouched |= mint || burn;
        if (mint)
        {
            piece.Minted += transfer.Value;
            day.Minted += transfer.Value;
            day.Mints++;
        }
        if (burn)
        {
            piece.Burned += transfer.Value;
            day.Burned += transfer.Value;
        }
    }

    /// <summary>
    /// Writes the range's balances (one multi-row UPSERT per 499 touched holders, standard
    /// <c>INSERT … ON CONFLICT … DO UPDATE</c> as on PostgreSQL; holders back at zero lose their row), supply and daily figures.
    /// </summary>
    public async Task CompleteAsync(IndexBatch batch, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        var piece = batch.Current<Piece>();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The token projection writes inside the indexer's transaction.");
        var upserts = piece.Balances.Where(b => !b.Value.IsZero).ToArray();
        if (upserts.Any(b => b.Value.Sign < 0))
        {
            throw new InvalidOperationException($"Negative balance for {upserts.First(b => b.Value.Sign < 0).Key}.");
        }
        using (var upsert = SqliteStatement.TryPrepare(db, UpsertSql(rows: 1)))
        {
            // SQLite: one prepared single-row UPSERT per holder; other providers: multi-row statements below.
            foreach (var (address, balance) in upsert is null ? [] : upserts)
            {
                upsert!.Bind(1, address);
                upsert.Bind(2, Uint256.Format(balance));
                upsert.Execute();
            }
        }
        foreach (var chunk in SqliteStatement.IsSqlite(db) ? [] : upserts.Chunk(RowInserter.MaxParameters / 2))
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            for (var i = 0; i < chunk.Length; i++)
            {
                AddParameter(command, $"@p{2 * i}", chunk[i].Key);
                AddParameter(command, $"@p{2 * i + 1}", Uint256.Format(chunk[i].Value));
            }
            command.CommandText = UpsertSql(chunk.Length);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var emptied = piece.Balances.Where(b => b.Value.IsZero && piece.Existing.Contains(b.Key)).Select(b => b.Key).ToArray();
        foreach (var chunk in emptied.Chunk(500))
        {
            await db.Set<TokenBalance>().Where(b => chunk.Contains(b.Address)).ExecuteDeleteAsync(cancellationToken);
        }

        if (piece.SupplyTouched)
        {
            var supply = await db.Set<TokenSupply>().FindAsync([1], cancellationToken);
            if (supply is null)
            {
                supply = new TokenSupply { TotalSupply = "0", Minted = "0", Burned = "0" };
                db.Add(supply);
            }
            supply.Minted = Uint256.Add(supply.Minted, piece.Minted);
            supply.Burned = Uint256.Add(supply.Burned, piece.Burned);
            supply.TotalSupply = Uint256.Add(supply.TotalSupply, piece.Minted - piece.Burned);
        }
        foreach (var (key, delta) in piece.Days)
        {
            var stat = await db.Set<TokenDailyStat>().FindAsync([key], cancellationToken);
            if (stat is null)
            {
                stat = new TokenDailyStat { Day = key, Minted = "0", Burned = "0" };
                db.Add(stat);
            }
            stat.Minted = Uint256.Add(stat.Minted, delta.Minted);
            stat.Burned = Uint256.Add(stat.Burned, delta.Burned);
            stat.Mints += delta.Mints;
            stat.Transfers += delta.Transfers;
        }
    }

    /// <summary>Standard multi-row UPSERT of balances (SQLite and PostgreSQL): parameters @p0, @p1, … address and balance per row.</summary>
    private static string UpsertSql(int rows) =>
        "INSERT INTO \"TokenBalances\" (\"Address\", \"Balance\") VALUES "
        + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(@p{2 * i}, @p{2 * i + 1})"))
        + " ON CONFLICT (\"Address\") DO UPDATE SET \"Balance\" = excluded.\"Balance\"";

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Day(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        var orphaned = await db.Set<TokenTransfer>().AsNoTracking()
            .Where(t => t.BlockNumber > blockNumber)
            .OrderByDescending(t => t.BlockNumber).ThenByDescending(t => t.LogIndex)
            .ToListAsync(cancellationToken);
        foreach (var transfer in orphaned)
        {
            await ApplyDeltasAsync(db, transfer, sign: BigInteger.MinusOne, cancellationToken);
        }
        await db.Set<TokenTransfer>().Where(t => t.BlockNumber > blockNumber).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        await db.Set<TokenTransfer>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<TokenBalance>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<TokenSupply>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<TokenDailyStat>().ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Adds (sign 1) or removes (sign -1, rollback) one transfer's effect on balances, supply and the day's figures.</summary>
    private static async Task ApplyDeltasAsync(CityTokenDb db, TokenTransfer transfer, BigInteger sign, CancellationToken cancellationToken)
    {
        var amount = Uint256.Parse(transfer.Amount) * sign;
        var mint = transfer.From == Hex.ZeroAddress;
        var burn = transfer.To == Hex.ZeroAddress;
        if (!mint)
        {
            await AddToBalanceAsync(db, transfer.From, -amount, cancellationToken);
        }
        if (!burn)
        {
            await AddToBalanceAsync(db, transfer.To, amount, cancellationToken);
        }
        if (mint || burn)
        {
            var supply = await db.Set<TokenSupply>().FindAsync([1], cancellationToken);
            if (supply is null)
            {
                supply = new TokenSupply { TotalSupply = "0", Minted = "0", Burned = "0" };
                db.Add(supply);
            }
            if (mint)
            {
                supply.Minted = Uint256.Add(supply.Minted, amount);
                supply.TotalSupply = Uint256.Add(supply.TotalSupply, amount);
            }
            if (burn)
            {
                supply.Burned = Uint256.Add(supply.Burned, amount);
                supply.TotalSupply = Uint256.Add(supply.TotalSupply, -amount);
            }
        }
        var day = Day(transfer.BlockTime);
        var stat = await db.Set<TokenDailyStat>().FindAsync([day], cancellationToken);
        if (stat is null)
        {
            stat = new TokenDailyStat { Day = day, Minted = "0", Burned = "0" };
            db.Add(stat);
        }
        else
        {
            Revive(db, stat);
        }
        var count = (int)sign;
        stat.Transfers += count;
        if (mint)
        {
            stat.Minted = Uint256.Add(stat.Minted, amount);
            stat.Mints += count;
        }
        if (burn)
        {
            stat.Burned = Uint256.Add(stat.Burned, amount);
        }
        if (stat.Transfers == 0)
        {
            db.Remove(stat);
        }
    }

    private static async Task AddToBalanceAsync(CityTokenDb db, string address, BigInteger delta, CancellationToken cancellationToken)
    {
        var balance = await db.Set<TokenBalance>().FindAsync([address], cancellationToken);
        if (balance is null)
        {
            balance = new TokenBalance { Address = address, Balance = "0" };
            db.Add(balance);
        }
        else
        {
            Revive(db, balance);
        }
        balance.Balance = Uint256.Add(balance.Balance, delta);
        if (balance.Balance == "0")
        {
            // Only holders have rows, so a rebuilt index and a rolled-back one hold the same rows.
            db.Remove(balance);
        }
    }

    /// <summary>A row removed earlier in this unit of work (its value reached zero) is in use again.</summary>
    private static void Revive<T>(CityTokenDb db, T entity) where T : class
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Deleted)
        {
            entry.State = EntityState.Modified;
        }
    }
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
        builder.Property(t => t.TransactionHash).HasMaxLength(66);
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
        builder.HasKey(s => s.Id);
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
