using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace CityToken.Api.Anchoring;

/// <summary>Body of POST /api/anchors.</summary>
public sealed record AnchorRequest(string? Hash, string? Label);

/// <summary>A submitted hash: <see cref="Replayed"/> when the hash was submitted before (the same record).</summary>
public sealed record AnchorAccepted(long Id, string Hash, string Status, string StatusUrl)
{
    [JsonIgnore]
    public bool Replayed { get; init; }
}

/// <summary>
/// A record's anchoring: pending (waiting for a tree, or its root's transaction not indexed yet) or anchored, with the
/// root, the proof (StandardMerkleTree, ["bytes32"]) and where the root's Anchored event sits.
/// </summary>
public sealed record AnchorView(
    long Id, string Hash, string? Label, string Status, DateTimeOffset SubmittedAt, string? Root, IReadOnlyList<string>? Proof,
    string? TxHash, long? BlockNumber, DateTimeOffset? BlockTime, string? Contract);

/// <summary>A record in the dashboard's list: pending, or anchored once its root is indexed.</summary>
public sealed record AnchorListItem(long Id, string Hash, string? Label, string SubmittedBy, DateTimeOffset SubmittedAt, string Status);

/// <summary>What RecordAnchor's verify(root, hash, proof) answers now for a record's proof (the block time when it holds).</summary>
public sealed record AnchorChainCheck(string Hash, string Root, bool OnChain, DateTimeOffset? BlockTime, string Contract);

/// <summary>
/// Hashes to anchor (POST /api/anchors, a file hashed on the way in) and their proofs; idempotent per hash. Trees are
/// formed and anchored by <see cref="AnchorBatcher"/>.
/// </summary>
public sealed class AnchorService(CityTokenDb db, ChainGateway chain, AnchorTreeCache trees, IOptions<AnchoringOptions> options, TimeProvider time)
{
    public const string Pending = "pending";
    public const string Anchored = "anchored";

    /// <summary>The largest file <see cref="SubmitFileAsync"/> hashes (Anchoring:MaxUploadBytes); the endpoint bounds the body to it.</summary>
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task<Outcome<AnchorAccepted>> SubmitAsync(AnchorRequest body, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryParseHash(body.Hash, out var hash))
        {
            errors["hash"] = ["Required: 0x and 64 hex digits (a 32-byte hash, e.g. the document's SHA-256)."];
        }
        if (LabelError(body.Label) is { } labelError)
        {
            errors["label"] = [labelError];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The hash cannot be anchored.");
        }
        return await StoreAsync(hash, body.Label?.Trim(), "api", caller, cancellationToken);
    }

    /// <summary>SHA-256 of <paramref name="file"/>, read as a stream (the file is never kept), submitted as a hash.</summary>
    public async Task<Outcome<AnchorAccepted>> SubmitFileAsync(Stream file, string? label, CurrentCaller caller, CancellationToken cancellationToken)
    {
        if (LabelError(label) is { } labelError)
        {
            return Problem.Invalid("label", labelError, "The file cannot be anchored.");
        }
        string hash;
        try
        {
            hash = Hex.Of(await SHA256.HashDataAsync(file, cancellationToken));
        }
        catch (BadHttpRequestException ex) when (RequestBodyLimit.IsTooLarge(ex))
        {
            return new Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large.",
                $"A file hashed here holds at most {MaxUploadBytes} bytes (Anchoring:MaxUploadBytes); hash larger files yourself and send the hash.");
        }
        return await StoreAsync(hash, label?.Trim(), "file", caller, cancellationToken);
    }

    public async Task<Outcome<AnchorView>> GetAsync(string hashText, CancellationToken cancellationToken)
    {
        if (!TryParseHash(hashText, out var hash))
        {
            return Problem.Invalid("hash", "A record hash is 0x and 64 hex digits.", "The hash is not valid.");
        }
        var record = await db.Set<AnchorRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Hash == hash, cancellationToken);
        if (record is null)
        {
            return Problem.NotFound("Unknown hash.", $"No record with hash {hash} was submitted for anchoring here.");
        }
        if (record.TreeId is not { } treeId)
        {
            return View(record, null, null, null);
        }
        var tree = await db.Set<AnchorTree>().AsNoTracking().SingleAsync(t => t.Id == treeId, cancellationToken);
        var built = await trees.GetAsync(tree.Root,
            () => db.Set<AnchorRecord>().AsNoTracking().Where(r => r.TreeId == treeId).Select(r => r.Hash).ToListAsync(cancellationToken));
        var proof = built.ProofOf(hash);
        var anchored = await db.Set<AnchoredRoot>().AsNoTracking().SingleOrDefaultAsync(a => a.Root == tree.Root, cancellationToken);
        return View(record, tree.Root, proof, anchored);
    }

    /// <summary>
    /// Asks the contract (eth_call of verify) whether the record's proof leads to an anchored root: the public page's
    /// check on chain (its content policy lets it reach this service only). 409 while the record is in no tree yet.
    /// </summary>
    public async Task<Outcome<AnchorChainCheck>> CheckOnChainAsync(string hashText, CancellationToken cancellationToken)
    {
        var view = await GetAsync(hashText, cancellationToken);
        if (!view.Succeeded)
        {
            return view.Problem;
        }
        if (view.Value is not { Root: { } root, Proof: { } proof, Contract: { } contract })
        {
            return Problem.Conflict("Not in a tree yet.", "The record waits for the next anchoring run; ask again after it.");
        }
        try
        {
            var answer = await new CityToken.Contracts.RecordAnchor.RecordAnchorService(chain.Web3, contract)
                .VerifyQueryAsync(Hex.Bytes(root), Hex.Bytes(view.Value.Hash), proof.Select(Hex.Bytes).ToList());
            return new AnchorChainCheck(view.Value.Hash, root, answer.Ok, answer.Ok ? DateTimeOffset.FromUnixTimeSeconds((long)answer.Timestamp) : null, contract);
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            return Problem.Unavailable("The chain is unavailable.", ex.Message);
        }
    }

    /// <summary>The latest <paramref name="count"/> records, newest first, with their status.</summary>
    public async Task<IReadOnlyList<AnchorListItem>> LatestAsync(int count, CancellationToken cancellationToken) =>
        await (
            from record in db.Set<AnchorRecord>().AsNoTracking()
            join tree in db.Set<AnchorTree>() on record.TreeId equals tree.Id into trees
            from tree in trees.DefaultIfEmpty()
            join root in db.Set<AnchoredRoot>() on tree.Root equals root.Root into roots
            from root in roots.DefaultIfEmpty()
            orderby record.Id descending
            select new AnchorListItem(record.Id, record.Hash, record.Label, record.SubmittedBy, record.SubmittedAt, root == null ? Pending : Anchored))
            .Take(count).ToListAsync(cancellationToken);

    private AnchorView View(AnchorRecord record, string? root, IReadOnlyList<string>? proof, AnchoredRoot? anchored) => new(
        record.Id, record.Hash, record.Label, anchored is null ? Pending : Anchored, record.SubmittedAt, root, proof,
        anchored?.TransactionHash, anchored?.BlockNumber, anchored is null ? null : DateTimeOffset.FromUnixTimeSeconds(anchored.BlockTime),
        ContractAddress.TryGet(chain, ContractNames.RecordAnchor, out var contract, out _) ? contract : null);

    private async Task<Outcome<AnchorAccepted>> StoreAsync(string hash, string? label, string source, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var existing = await db.Set<AnchorRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Hash == hash, cancellationToken);
        if (existing is not null)
        {
            return Accepted(existing, replayed: true);
        }
        var record = new AnchorRecord
        {
            Hash = hash,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Source = source,
            SubmittedBy = caller.Name ?? "",
            SubmittedAt = time.GetUtcNow(),
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same hash stored by a concurrent request: answer as for a repeat.
            db.Entry(record).State = EntityState.Detached;
            var winner = await db.Set<AnchorRecord>().AsNoTracking().SingleAsync(r => r.Hash == hash, cancellationToken);
            return Accepted(winner, replayed: true);
        }
        return Accepted(record, replayed: false);
    }

    private static AnchorAccepted Accepted(AnchorRecord record, bool replayed) =>
        new(record.Id, record.Hash, Pending, $"/api/anchors/{record.Hash}") { Replayed = replayed };

    private string? LabelError(string? label) =>
        label is null ? null
        : label.Trim().Length > options.Value.MaxLabelLength ? $"At most {options.Value.MaxLabelLength} characters."
        : label.Any(char.IsControl) ? "No control characters."
        : null;

    /// <summary>A 32-byte hash as 0x and 64 hex digits (either case); normalized to lower case.</summary>
    public static bool TryParseHash(string? text, out string hash)
    {
        hash = "";
        if (text is not { Length: 66 } || !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.AsSpan(2).ContainsAnyExcept(HexDigits))
        {
            return false;
        }
        hash = text.ToLowerInvariant();
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
