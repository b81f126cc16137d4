namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Runs a relay's exact call (eth_call from the outbox's own account, same target and calldata, at the latest block)
/// before it is staged, so the city never pays for a transaction the chain already says will revert.
/// </summary>
public sealed class RelaySimulator(IOutboxRpc rpc, TransactionOutbox outbox)
{
    /// <summary>Null when the call would succeed now; otherwise the decoded revert (e.g. <c>BallotBoxExpiredSignature(deadline=…)</c>).</summary>
    public async Task<string?> RevertOfAsync(string to, string data, CancellationToken cancellationToken)
    {
        var block = await rpc.GetBlockNumberAsync(cancellationToken);
        var revert = await rpc.CallForRevertDataAsync(new OutboxCall(outbox.Sender, to, data, BigInteger.Zero, null), block, cancellationToken);
        return revert is null ? null : RevertDecoder.Decode(revert);
    }

    /// <summary>
    /// A 409 problem naming the contract error the relay would revert with (<c>code</c> relayWouldRevert, <c>error</c> the decoded
    /// error, <c>errorName</c> its name), or null when the call would succeed.
    /// </summary>
    public async Task<Problem?> RefuseIfRevertsAsync(string to, string data, string what, CancellationToken cancellationToken)
    {
        var revert = await RevertOfAsync(to, data, cancellationToken);
        if (revert is null)
        {
            return null;
        }
        var name = revert.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? revert[..open] : revert;
        return Problem.Conflict("The relay would revert.", $"The chain would refuse {what}: {revert}. Nothing was sent.") with
        {
            Extensions = new Dictionary<string, object?> { ["code"] = "relayWouldRevert", ["error"] = revert, ["errorName"] = name },
        };
    }
}
