namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Runs a queued entry's call before anything is signed: an estimate does, and a caller's own gas limit skips only
/// the estimate, not the check (an <c>eth_call</c> with that limit), so a call that would revert now is never paid for.
/// </summary>
public sealed partial class OutboxPreflight(IOutboxRpc rpc, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxPreflight> logger)
{
    private OutboxOptions Options => options.Value;

    /// <summary>The gas limit to sign with, or null when the entry ended (reverted / failed) or waits for a retry.</summary>
    public async Task<long?> GasLimitAsync(OutboxCycle cycle, OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            if (entry.RequestedGasLimit is { } requested)
            {
                var revert = await rpc.CallForRevertDataAsync(entry.CallWith(requested), await cycle.HeadAsync(cancellationToken), cancellationToken);
                if (revert is null)
                {
                    return requested;
                }
                await RevertedAsync(cycle, entry, revert, cancellationToken);
                return null;
            }
            var estimate = await rpc.EstimateGasAsync(entry.CallWith(gas: null), cancellationToken);
            return (long)(estimate * (100 + Options.GasLimitMarginPercent) / 100);
        }
        catch (OutboxRpcException ex) when (ex.RevertData is not null || ex.Kind == OutboxRpcRejection.Reverted)
        {
            await RevertedAsync(cycle, entry, ex.RevertData, cancellationToken);
            return null;
        }
        catch (OutboxRpcException ex)
        {
            entry.RecordPreflightFailure($"gas estimation failed: {ex.Message}", Options.MaxPreflightFailures, time.GetUtcNow());
            await cycle.Db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }

    private async Task RevertedAsync(OutboxCycle cycle, OutboxEntry entry, string? revertData, CancellationToken cancellationToken)
    {
        entry.MarkReverted(RevertDecoder.Decode(revertData), time.GetUtcNow());
        await cycle.Db.SaveChangesAsync(cancellationToken);
        LogRevertedAtEstimate(logger, entry.Id, entry.Error!);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: reverted before signing (gas estimation or simulation); nothing sent: {Reason}")]
    private static partial void LogRevertedAtEstimate(ILogger logger, long id, string reason);
}
