using System.Security.Cryptography;
using CityToken.Api.Credentials;
using CityToken.Contracts.BallotBox.ContractDefinition;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Ballots;

/// <summary>Body of POST /api/ballots. Times ISO 8601; quorum = minimum number of votes (0: none).</summary>
public sealed record CreateBallotRequest(
    string? Title, string? Description, IReadOnlyList<string?>? Options, string? Start, string? End, JsonElement? Quorum, string? CredentialType);

/// <summary>A ballot creation request: its transaction and, once indexed, the ballot id.</summary>
public sealed record BallotRequestView(
    long Id, string Status, long? BallotId, string? BallotUrl, string MetadataHash, string MetadataUrl, DateTimeOffset Start, DateTimeOffset End,
    int OptionCount, string Quorum, string CredentialType, ChainStepView Transaction, string RequestedBy, DateTimeOffset RequestedAt, string StatusUrl);

/// <summary>
/// Ballot creation by admins (the text stored off chain, createBallot staged through the outbox) and the ballots'
/// off-chain text; used by the ballot admin API and the dashboard's ballots page.
/// </summary>
public sealed class BallotAdminService(
    CityTokenDb db, TransactionOutbox outbox, ChainGateway chain, BallotChain ballots, CredentialTypes types,
    IOptions<ChainOptions> chainOptions, TimeProvider time)
{
    private const int MaxTitle = 200;
    private const int MaxDescription = 5_000;
    private const int MaxLabel = 200;

    public async Task<Outcome<BallotRequestView>> CreateAsync(CreateBallotRequest body, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var title = body.Title?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitle)
        {
            errors["title"] = [$"Required: 1 to {MaxTitle} characters."];
        }
        var description = body.Description?.Trim() ?? "";
        if (description.Length > MaxDescription)
        {
            errors["description"] = [$"At most {MaxDescription} characters."];
        }
        var options = body.Options?.Select(o => o?.Trim() ?? "").ToList() ?? [];
        if (options.Count < 2 || options.Count > 32)
        {
            errors["options"] = ["Required: 2 to 32 option labels."];
        }
        else if (options.Any(o => o.Length is 0 or > MaxLabel))
        {
            errors["options"] = [$"Every option label has 1 to {MaxLabel} characters."];
        }
        else if (options.Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            errors["options"] = ["Option labels must differ."];
        }
        if (!types.IsKnown(body.CredentialType))
        {
            errors["credentialType"] = [$"Required, one of: {string.Join(", ", types.Names)}."];
        }
        if (!TryParseQuorum(body.Quorum, out var quorum))
        {
            errors["quorum"] = ["Required: a whole number of votes, 0 or more (0: no quorum)."];
        }
        var startOk = TryParseTime(body.Start, out var start);
        var endOk = TryParseTime(body.End, out var end);
        if (!startOk)
        {
            errors["start"] = ["Required: an ISO 8601 date-time."];
        }
        if (!endOk)
        {
            errors["end"] = ["Required: an ISO 8601 date-time."];
        }
        else if (startOk && end <= start)
        {
            errors["end"] = ["Must be after start."];
        }
        long now;
        try
        {
            now = await ballots.NowAsync();
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            return Problem.Unavailable("The chain is unavailable.", ChainErrors.Describe(ex, chainOptions.Value.RpcUrl));
        }
        if (startOk && start.ToUnixTimeSeconds() <= now)
        {
            errors["start"] = [$"Must be in the future (the chain's time is {DateTimeOffset.FromUnixTimeSeconds(now):O}); eligibility is frozen at the start."];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The ballot is not valid.");
        }

        if (!ContractAddress.TryGet(chain, ContractNames.BallotBox, out var ballotBox, out var noDeployment))
        {
            return noDeployment;
        }
        var text = new BallotText(title, description, options, body.CredentialType!);
        var json = text.ToJson();
        var hash = BallotText.HashOf(json);
        if (await db.Set<BallotMetadata>().FindAsync([hash], cancellationToken) is null)
        {
            db.Add(new BallotMetadata { Hash = hash, Json = json, CreatedAt = time.GetUtcNow() });
        }
        var call = new CreateBallotFunction
        {
            MetadataHash = hash.HexToByteArray(),
            MetadataURI = "",
            OptionCount = (byte)options.Count,
            Start = (ulong)start.ToUnixTimeSeconds(),
            End = (ulong)end.ToUnixTimeSeconds(),
            Quorum = quorum,
            CredentialType = CredentialTypes.HashBytesOf(body.CredentialType!),
        };
        var requestKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var staged = await outbox.StageCallAsync(db, ballotBox, call, "ballot-create:" + requestKey,
            $"create ballot \"{(title.Length > 80 ? title[..80] + "…" : title)}\" ({options.Count} options)", cancellationToken);
        var request = new BallotRequest
        {
            RequestKey = requestKey,
            MetadataHash = hash,
            CredentialType = body.CredentialType!,
            Start = start.ToUnixTimeSeconds(),
            End = end.ToUnixTimeSeconds(),
            OptionCount = options.Count,
            Quorum = quorum.ToString(CultureInfo.InvariantCulture),
            RequestedBy = caller.Name ?? "",
            RequestedAt = time.GetUtcNow(),
            Entry = staged.Entry,
        };
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        return Describe(request, staged.Entry, null);
    }

    /// <summary>A ballot creation request: transaction status and, once indexed, the ballot id.</summary>
    public async Task<Outcome<BallotRequestView>> GetRequestAsync(string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var requestId))
        {
            return Problem.BadRequest("The id is not valid.", "A ballot request id is a positive integer.");
        }
        var row = await (
            from request in db.Set<BallotRequest>().AsNoTracking()
            join entry in db.Set<OutboxEntry>() on request.EntryId equals entry.Id
            join ballot in db.Set<BallotRecord>() on entry.TxHash equals ballot.CreatedTransaction into found
            from ballot in found.DefaultIfEmpty()
            where request.Id == requestId
            select new { request, entry, ballotId = ballot == null ? (long?)null : ballot.Id }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Problem.NotFound("Unknown ballot request.", $"There is no ballot request {requestId}.");
        }
        return Describe(row.request, row.entry, row.ballotId);
    }

    /// <summary>A ballot's off-chain text, byte for byte as hashed.</summary>
    public async Task<Outcome<string>> MetadataJsonAsync(string hash, CancellationToken cancellationToken)
    {
        var key = hash.ToLowerInvariant();
        var row = await db.Set<BallotMetadata>().AsNoTracking().SingleOrDefaultAsync(m => m.Hash == key, cancellationToken);
        if (row is null)
        {
            return Problem.NotFound("Unknown ballot text.", $"No ballot text with hash {hash} is stored here.");
        }
        return row.Json;
    }

    private static BallotRequestView Describe(BallotRequest request, OutboxEntry entry, long? ballotId) => new(
        request.Id,
        ballotId is null ? ChainStepView.StatusOf(entry.Status) : "created",
        ballotId,
        ballotId is null ? null : $"/api/ballots/{ballotId}",
        request.MetadataHash,
        $"/api/ballots/metadata/{request.MetadataHash}",
        DateTimeOffset.FromUnixTimeSeconds(request.Start),
        DateTimeOffset.FromUnixTimeSeconds(request.End),
        request.OptionCount,
        request.Quorum,
        request.CredentialType,
        ChainStepView.From(entry),
        request.RequestedBy,
        request.RequestedAt,
        $"/api/ballots/requests/{request.Id}");

    private static bool TryParseTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time)
        && time.ToUnixTimeSeconds() > 0;

    private static bool TryParseQuorum(JsonElement? value, out BigInteger quorum) =>
        JsonBody.TryReadWholeNumber(value, maxDigits: 20, out quorum);
}
