namespace CityToken.Api.Ballots;

/// <summary>
/// A ballot as indexed. Status: pending (before start), active, ended, cancelled. <see cref="Final"/> is true once
/// the window has closed (or the ballot was cancelled). Tallies are per option index.
/// </summary>
public sealed record BallotResponse(
    long Id, string CredentialType, string MetadataHash, string MetadataUri, DateTimeOffset Start, DateTimeOffset End,
    int OptionCount, IReadOnlyList<BallotOptionTally> Options, int Turnout, string Quorum, bool QuorumReached, string Status, bool Final,
    string CreatedTransaction, long CreatedBlock, string? Title = null, string? Description = null);

/// <summary>Votes for one option; <see cref="Label"/> from the ballot's off-chain text when this service created it.</summary>
public sealed record BallotOptionTally(int Option, int Votes, string? Label = null);

/// <summary>A page of ballots, newest first.</summary>
public sealed record BallotPage(IReadOnlyList<BallotResponse> Items, string? NextCursor);

/// <summary>Ballots as indexed (window, options, tallies, turnout, quorum, status): the public reads and the dashboard's lists.</summary>
public sealed class BallotQueries(CityTokenDb db, TimeProvider time)
{
    /// <summary>Ballots newest first, <paramref name="limit"/> (1 to 200, default 50) at a time, before <paramref name="cursor"/>.</summary>
    public async Task<Outcome<BallotPage>> ListAsync(string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var size = limit ?? 50;
        if (size is < 1 or > 200)
        {
            return Problem.Invalid("limit", "Must be between 1 and 200.");
        }
        long? before = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return Problem.Invalid("cursor", "Not a cursor returned by this endpoint.");
            }
            before = id;
        }
        var query = db.Set<BallotRecord>().AsNoTracking();
        if (before is { } b)
        {
            query = query.Where(x => x.Id < b);
        }
        var ballots = await query.OrderByDescending(x => x.Id).Take(size + 1).ToListAsync(cancellationToken);
        var more = ballots.Count > size;
        ballots = ballots.Take(size).ToList();
        var ids = ballots.Select(x => x.Id).ToList();
        var counts = await db.Set<VoteRecord>().Where(v => ids.Contains(v.BallotId))
            .GroupBy(v => new { v.BallotId, v.Option }).Select(g => new { g.Key.BallotId, g.Key.Option, Votes = g.Count() })
            .ToListAsync(cancellationToken);
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        var texts = await BallotText.LoadAsync(db, ballots.Select(x => x.MetadataHash), cancellationToken);
        var items = ballots.Select(x => Describe(x, counts.Where(c => c.BallotId == x.Id).ToDictionary(c => c.Option, c => c.Votes), now,
            texts.GetValueOrDefault(x.MetadataHash))).ToList();
        return new BallotPage(items, more ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    public async Task<Outcome<BallotResponse>> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var ballotId) || ballotId < 1)
        {
            return Problem.Invalid("id", "A ballot id is a positive integer.", "The ballot id is not valid.");
        }
        var ballot = await db.Set<BallotRecord>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == ballotId, cancellationToken);
        if (ballot is null)
        {
            return Problem.NotFound("Unknown ballot.", $"No ballot {ballotId} has been indexed.");
        }
        var counts = await db.Set<VoteRecord>().Where(v => v.BallotId == ballotId).GroupBy(v => v.Option)
            .Select(g => new { Option = g.Key, Votes = g.Count() }).ToDictionaryAsync(g => g.Option, g => g.Votes, cancellationToken);
        var texts = await BallotText.LoadAsync(db, [ballot.MetadataHash], cancellationToken);
        return Describe(ballot, counts, await ChainClock.NowAsync(db, time, cancellationToken), texts.GetValueOrDefault(ballot.MetadataHash));
    }

    /// <summary>The columns of GET /api/ballots/results/export: one row per ballot and option.</summary>
    public static readonly IReadOnlyList<CsvColumn<(BallotResponse Ballot, BallotOptionTally Option)>> ResultColumns =
    [
        new("ballotId", r => CsvText.Number(r.Ballot.Id)),
        new("title", r => r.Ballot.Title),
        new("credentialType", r => r.Ballot.CredentialType),
        new("start", r => CsvText.Time(r.Ballot.Start)),
        new("end", r => CsvText.Time(r.Ballot.End)),
        new("status", r => r.Ballot.Status),
        new("final", r => r.Ballot.Final ? "true" : "false"),
        new("option", r => CsvText.Number(r.Option.Option)),
        new("label", r => r.Option.Label),
        new("votes", r => CsvText.Number(r.Option.Votes)),
        new("turnout", r => CsvText.Number(r.Ballot.Turnout)),
        new("quorum", r => r.Ballot.Quorum),
        new("quorumReached", r => r.Ballot.QuorumReached ? "true" : "false"),
    ];

    /// <summary>
    /// Every ballot's results as indexed, newest ballot first, one row per option. The ballots are streamed; the vote
    /// counts (one per ballot and option) and the ballots' texts are read first, so no query runs while one streams.
    /// </summary>
    public async Task<CsvExport<(BallotResponse Ballot, BallotOptionTally Option)>> ExportResultsAsync(CancellationToken cancellationToken)
    {
        var counts = (await db.Set<VoteRecord>().GroupBy(v => new { v.BallotId, v.Option })
                .Select(g => new { g.Key.BallotId, g.Key.Option, Votes = g.Count() }).ToListAsync(cancellationToken))
            .GroupBy(c => c.BallotId).ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Option, c => c.Votes));
        var hashes = await db.Set<BallotRecord>().AsNoTracking().Select(b => b.MetadataHash).Distinct().ToListAsync(cancellationToken);
        var texts = await BallotText.LoadAsync(db, hashes, cancellationToken);
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        return new("ballot-results", ResultColumns, Rows());

        async IAsyncEnumerable<(BallotResponse, BallotOptionTally)> Rows()
        {
            await foreach (var ballot in db.Set<BallotRecord>().AsNoTracking().OrderByDescending(b => b.Id).AsAsyncEnumerable())
            {
                var described = Describe(ballot, counts.GetValueOrDefault(ballot.Id) ?? [], now, texts.GetValueOrDefault(ballot.MetadataHash));
                foreach (var option in described.Options)
                {
                    yield return (described, option);
                }
            }
        }
    }

    private static BallotResponse Describe(BallotRecord ballot, IReadOnlyDictionary<int, int> counts, long now, BallotText? text)
    {
        var options = Enumerable.Range(0, ballot.OptionCount)
            .Select(o => new BallotOptionTally(o, counts.GetValueOrDefault(o), text is not null && o < text.Options.Count ? text.Options[o] : null)).ToList();
        var turnout = counts.Values.Sum();
        var status = ballot.CancelledBlock is not null ? "cancelled" : now < ballot.Start ? "pending" : now < ballot.End ? "active" : "ended";
        return new BallotResponse(ballot.Id, ballot.CredentialType, ballot.MetadataHash, ballot.MetadataUri,
            ChainClock.ToTime(ballot.Start), ChainClock.ToTime(ballot.End), ballot.OptionCount, options, turnout, ballot.Quorum,
            new BigInteger(turnout) >= Uint256.Parse(ballot.Quorum), status, status is "ended" or "cancelled",
            ballot.CreatedTransaction, ballot.CreatedBlock, text?.Title, text?.Description);
    }
}
