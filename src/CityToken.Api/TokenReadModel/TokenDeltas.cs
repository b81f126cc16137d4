namespace CityToken.Api.TokenReadModel;

/// <summary>
/// What a set of transfers does to the token read model: the balance of every holder they touch (loaded once, changed
/// in memory), and supply and daily deltas; <see cref="WriteAsync"/> writes it all at once. The one write path of
/// <see cref="TokenProjection"/>: the ranges of a write transaction add their transfers (sign +1), a rollback takes the orphaned ones back
/// (sign -1), so both end in the same rows as a rebuild.
/// </summary>
internal sealed class TokenDeltas : IIndexTransactionState
{
    /// <summary>Current balance of every touched holder (zero when it has no row).</summary>
    private readonly Dictionary<string, BigInteger> _balances = new(StringComparer.Ordinal);

    /// <summary>Holders that had a row when loaded.</summary>
    private readonly HashSet<string> _existing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayDelta> _days = new(StringComparer.Ordinal);
    private BigInteger _minted;
    private BigInteger _burned;
    private bool _supplyTouched;
    private long _dayNumber = long.MinValue;
    private string _day = "";

    private sealed class DayDelta
    {
        public BigInteger Minted;
        public BigInteger Burned;
        public int Mints;
        public int Transfers;
    }

    /// <summary>
    /// Loads the balance of every holder in <paramref name="addresses"/> not loaded yet (the zero address is not a holder):
    /// on SQLite, one prepared primary-key lookup per holder (microseconds each, no IN-list to build and parse); on
    /// PostgreSQL one query for them all (a round trip costs more than the lookups).
    /// </summary>
    public async Task LoadAsync(CityTokenDb db, IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        var fresh = new List<string>();
        foreach (var address in addresses)
        {
            if (address != Hex.ZeroAddress && _balances.TryAdd(address, BigInteger.Zero))
            {
                fresh.Add(address);
            }
        }
        if (!db.Database.IsSqlite())
        {
            foreach (var (address, balance) in await PostgresBalances.LoadAsync(db, fresh.ToArray(), cancellationToken))
            {
                Loaded(address, balance);
            }
            return;
        }
        using var lookup = SqliteStatement.Prepare(db, "SELECT \"Balance\" FROM \"TokenBalances\" WHERE \"Address\" = @p0");
        foreach (var address in fresh)
        {
            lookup.Bind(1, address);
            if (lookup.QueryText() is { } balance)
            {
                Loaded(address, balance);
            }
        }
    }

    private void Loaded(string address, string balance)
    {
        _balances[address] = Uint256.Parse(balance);
        _existing.Add(address);
    }

    /// <summary>Adds (sign 1) or takes back (sign -1, rollback) one transfer of <paramref name="amount"/> at <paramref name="blockTime"/>.</summary>
    public void Add(string from, string to, BigInteger amount, long blockTime, int sign)
    {
        var value = amount * sign;
        var mint = from == Hex.ZeroAddress;
        var burn = to == Hex.ZeroAddress;
        if (!mint)
        {
            _balances[from] = _balances.GetValueOrDefault(from) - value;
        }
        if (!burn)
        {
            _balances[to] = _balances.GetValueOrDefault(to) + value;
        }
        var dayKey = DayOf(blockTime);
        if (!_days.TryGetValue(dayKey, out var day))
        {
            day = new DayDelta();
            _days[dayKey] = day;
        }
        day.Transfers += sign;
        _supplyTouched |= mint || burn;
        if (mint)
        {
            _minted += value;
            day.Minted += value;
            day.Mints += sign;
        }
        if (burn)
        {
            _burned += value;
            day.Burned += value;
        }
    }

    /// <summary>
    /// Writes the balances (on SQLite one prepared single-row <c>INSERT … ON CONFLICT … DO UPDATE</c> per touched holder,
    /// on PostgreSQL one statement for them all; holders back at zero lose their row: only holders have rows), supply and
    /// daily figures (a day left without transfers loses its row). Supply and days are tracked entities, saved by the indexer.
    /// </summary>
    public async Task WriteAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var upserts = _balances.Where(b => !b.Value.IsZero).ToArray();
        if (upserts.FirstOrDefault(b => b.Value.Sign < 0) is { Key: { } negative })
        {
            throw new InvalidOperationException($"Negative balance for {negative}.");
        }
        if (!db.Database.IsSqlite())
        {
            await PostgresBalances.UpsertAsync(db, upserts.Select(b => (b.Key, Uint256.Format(b.Value))).ToArray(), cancellationToken);
        }
        else
        {
            using var upsert = SqliteStatement.Prepare(db, UpsertSql);
            foreach (var (address, balance) in upserts)
            {
                upsert.Bind(1, address);
                upsert.Bind(2, Uint256.Format(balance));
                upsert.Execute();
            }
        }
        var emptied = _balances.Where(b => b.Value.IsZero && _existing.Contains(b.Key)).Select(b => b.Key).ToArray();
        foreach (var chunk in emptied.Chunk(500))
        {
            await db.Set<TokenBalance>().Where(b => chunk.Contains(b.Address)).ExecuteDeleteAsync(cancellationToken);
        }

        if (_supplyTouched)
        {
            var supply = await db.Set<TokenSupply>().FindAsync([1], cancellationToken);
            if (supply is null)
            {
                supply = new TokenSupply { TotalSupply = "0", Minted = "0", Burned = "0" };
                db.Add(supply);
            }
            supply.Minted = Uint256.Add(supply.Minted, _minted);
            supply.Burned = Uint256.Add(supply.Burned, _burned);
            supply.TotalSupply = Uint256.Add(supply.TotalSupply, _minted - _burned);
        }
        foreach (var (key, delta) in _days)
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
            if (stat.Transfers == 0)
            {
                // Only a rollback gets here: a rebuilt index has no row for a day without transfers either.
                db.Remove(stat);
            }
        }
    }

    /// <summary>Standard single-row UPSERT of a balance (SQLite and PostgreSQL): @p0 address, @p1 balance.</summary>
    private const string UpsertSql =
        "INSERT INTO \"TokenBalances\" (\"Address\", \"Balance\") VALUES (@p0, @p1) ON CONFLICT (\"Address\") DO UPDATE SET \"Balance\" = excluded.\"Balance\"";

    /// <summary>Day (yyyy-MM-dd, UTC) of a block time; transfers come in block order, so the last answer is nearly always right.</summary>
    private string DayOf(long unixSeconds)
    {
        var number = Math.DivRem(unixSeconds, 86_400, out var rest) - (rest < 0 ? 1 : 0);
        if (number != _dayNumber)
        {
            (_dayNumber, _day) = (number, DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return _day;
    }
}
