using System.Security.Cryptography;
using CityToken.Contracts.RecordAnchor;
using CityToken.Contracts.RecordAnchor.ContractDefinition;

namespace CityToken.Api.Anchoring;

/// <summary>
/// One anchoring run: extends the audit hash chain and queues its head as a record, releases the records of a tree whose
/// anchor transaction reverted or failed, then turns the pending records (oldest first, up to
/// <see cref="AnchoringOptions.MaxRecordsPerTree"/>) into one tree and stages <c>anchor(root, count)</c> through the outbox.
/// The tree, its records' assignment and the outbox entry are stored in one transaction under a database lock shared by
/// every instance: a crash before the commit leaves the records pending, after it the entry is sent once. Before staging,
/// the root is looked up on chain (<c>isAnchored</c>): an anchored root is recorded without a transaction, so the city
/// never pays for RecordAnchorAlreadyAnchored.
/// </summary>
public sealed partial class AnchorBatcher(
    IServiceScopeFactory scopes, TransactionOutbox outbox, IOptions<AnchoringOptions> options, TimeProvider time, ILogger<AnchorBatcher> logger)
{
    /// <summary>The advisory lock key of anchoring runs ("CTanchr").</summary>
    private const long LockKey = 0x4354_616E_6368_72;

    /// <summary>Runs once; returns the tree formed, or null when nothing was pending.</summary>
    public async Task<AnchorTree?> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var chain = scope.ServiceProvider.GetRequiredService<ChainGateway>();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DatabaseMutex.LockForTransactionAsync(db, LockKey, cancellationToken);

        var head = await AuditChain.ExtendAsync(db, now.AddSeconds(-settings.AuditSettleSeconds), settings.MaxRecordsPerTree, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (head is not null && !await db.Set<AnchorRecord>().AnyAsync(r => r.Hash == head.Hash, cancellationToken))
        {
            db.Add(new AnchorRecord
            {
                Hash = head.Hash, Label = $"audit chain head, link {head.Sequence}", Source = "audit", SubmittedBy = "anchoring", SubmittedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        await ReleaseUnsentAsync(db, cancellationToken);

        var pending = await db.Set<AnchorRecord>().Where(r => r.TreeId == null).OrderBy(r => r.Id)
            .Take(settings.MaxRecordsPerTree).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        var tree = MerkleTree.Of(pending.Select(r => r.Hash).ToList());
        var address = chain.Manifest.AddressOf(ContractNames.RecordAnchor);
        var row = new AnchorTree { Root = tree.Root, Count = tree.Count, CreatedAt = now };
        if (await new RecordAnchorService(chain.Web3, address).IsAnchoredQueryAsync(Hex.Bytes(tree.Root)))
        {
            LogAlreadyAnchored(logger, tree.Root);
        }
        else
        {
            var call = new AnchorFunction { Root = Hex.Bytes(tree.Root), Count = tree.Count };
            // Random suffix: a tree released after a revert may form again with the same root and must get a fresh entry.
            var key = $"anchor:{tree.Root}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
            row.Entry = (await outbox.StageCallAsync(db, address, call, key, $"anchor {tree.Count} record hash(es), root {tree.Root}", cancellationToken)).Entry;
        }
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var record in pending)
        {
            record.TreeId = row.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Wake();
        LogTreeFormed(logger, row.Id, tree.Count, tree.Root);
        return row;
    }

    /// <summary>A tree whose transaction reverted or failed, and whose root the indexer has not seen, goes back to pending.</summary>
    private static async Task ReleaseUnsentAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var dead = await db.Set<AnchorTree>()
            .Where(t => t.Entry != null && (t.Entry.Status == OutboxStatus.Reverted || t.Entry.Status == OutboxStatus.Failed))
            .Where(t => !db.Set<AnchoredRoot>().Any(a => a.Root == t.Root))
            .Select(t => t.Id).ToListAsync(cancellationToken);
        if (dead.Count == 0)
        {
            return;
        }
        await db.Set<AnchorRecord>().Where(r => r.TreeId != null && dead.Contains(r.TreeId.Value))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.TreeId, (long?)null), cancellationToken);
        await db.Set<AnchorTree>().Where(t => dead.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Anchor tree {TreeId}: {Count} record(s), root {Root}, staged.")]
    private static partial void LogTreeFormed(ILogger logger, long treeId, int count, string root);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Root {Root} is already anchored on chain: recorded without a transaction.")]
    private static partial void LogAlreadyAnchored(ILogger logger, string root);
}
