using CityToken.Api.Chain.Signing;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The outbox's nonce record for the signer's account (<see cref="OutboxAccount"/>): reconciled with the node's pending
/// count when a cycle asks for it (at start, after taking the lease over, after the node said "nonce too high").
/// Reconciliation and nonce assignment never interleave: both run only inside a cycle, and
/// <see cref="OutboxProcessor"/> runs one cycle at a time (its lock is the nonce lock).
/// </summary>
public sealed partial class OutboxNonces(IOutboxRpc rpc, ServiceSigner signer, OutboxForgotten forgotten, TimeProvider time, ILogger<OutboxNonces> logger)
{
    private volatile bool _reconciled;

    /// <summary>The account whose nonces these are.</summary>
    public string Address => signer.Address;

    /// <summary>Whether the next cycle must reconcile first.</summary>
    public bool NeedsReconcile => !_reconciled;

    /// <summary>Makes the next cycle reconcile the nonce record with the node first.</summary>
    public void RequestReconcile() => _reconciled = false;

    /// <summary>Checks the node's chain and moves the record on when the node's pending count is ahead of it.</summary>
    public async Task ReconcileAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var chainId = await rpc.GetChainIdAsync(cancellationToken);
        if (chainId != signer.ChainId)
        {
            throw new OutboxRpcException($"The node is chain {chainId}, but the signer signs for chain {signer.ChainId}.", 0, null);
        }
        var pending = await rpc.GetTransactionCountAsync(signer.Address, pending: true, cancellationToken);
        var account = await AccountAsync(db, pending, cancellationToken);
        if (pending > account.NextNonce)
        {
            LogNonceAhead(logger, signer.Address, pending, account.NextNonce);
        }
        else if (pending < account.NextNonce)
        {
            // Our signed transactions with nonces from `pending` on have not reached the node (or it lost them):
            // the broadcast step re-sends their stored bytes in nonce order.
            LogNonceBehind(logger, signer.Address, pending, account.NextNonce);
        }
        // Some may even have been mined and confirmed before the node forgot them (it restarted from older state).
        await forgotten.ReturnAsync(db, signer.Address, cancellationToken);
        account.Reconcile(pending, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        _reconciled = true;
    }

    private async Task<OutboxAccount> AccountAsync(CityTokenDb db, long initialNonce, CancellationToken cancellationToken)
    {
        var account = await db.Set<OutboxAccount>().FindAsync([signer.Address], cancellationToken);
        if (account is null)
        {
            account = new OutboxAccount { Address = signer.Address, NextNonce = initialNonce, UpdatedAt = time.GetUtcNow() };
            db.Set<OutboxAccount>().Add(account);
        }
        return account;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: the node's pending nonce for {Address} is {Pending}, ahead of the outbox's record {Recorded}: another sender used this account; continuing from {Pending}.")]
    private static partial void LogNonceAhead(ILogger logger, string address, long pending, long recorded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: the node's pending nonce for {Address} is {Pending}, behind the outbox's record {Recorded}: stored transactions will be re-sent.")]
    private static partial void LogNonceBehind(ILogger logger, string address, long pending, long recorded);
}
