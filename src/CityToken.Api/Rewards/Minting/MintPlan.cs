using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Rewards.Minting;

/// <summary>A queued action as the batcher reads it.</summary>
public sealed record QueuedAction(long Id, string Resident, BigInteger Amount);

/// <summary>The content of one batch: recipients in order, the amount of each (summed over their actions), and the actions.</summary>
public sealed class MintPlan
{
    private readonly Dictionary<string, BigInteger> _sums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _actionsOf = new(StringComparer.Ordinal);

    public List<string> Recipients { get; } = [];

    public List<long> ActionIds { get; } = [];

    public BigInteger Total { get; private set; }

    /// <summary>Some action was left out only because the allowance could not take it.</summary>
    public bool Capped { get; private set; }

    /// <summary>
    /// Residents in order of their oldest queued action, up to <paramref name="maxRecipients"/>; every queued action of
    /// a chosen resident in the window rides along (one transfer pays for all of them), the others wait for the next
    /// batch. An action that would take the batch past <paramref name="allowance"/> (the period's remaining mint
    /// allowance) waits too, so a smaller batch that fits is formed rather than none. Null when nothing fits.
    /// </summary>
    public static MintPlan? Compose(IReadOnlyList<QueuedAction> queued, int maxRecipients, BigInteger allowance)
    {
        var plan = new MintPlan();
        foreach (var action in queued)
        {
            var known = plan._sums.ContainsKey(action.Resident);
            if (!known && plan.Recipients.Count == maxRecipients)
            {
                continue;
            }
            if (plan.Total + action.Amount > allowance)
            {
                plan.Capped = true;
                continue;
            }
            if (!known)
            {
                plan.Recipients.Add(action.Resident);
                plan._sums[action.Resident] = BigInteger.Zero;
                plan._actionsOf[action.Resident] = [];
            }
            plan._sums[action.Resident] += action.Amount;
            plan._actionsOf[action.Resident].Add(action.Id);
            plan.ActionIds.Add(action.Id);
            plan.Total += action.Amount;
        }
        return plan.ActionIds.Count == 0 ? null : plan;
    }

    /// <summary>The actions of <paramref name="recipient"/> in this plan.</summary>
    public IReadOnlyList<long> ActionIdsOf(string recipient) => _actionsOf[recipient];

    /// <summary>The <c>mintBatch</c> call of this plan under <paramref name="batchId"/>.</summary>
    public MintBatchFunction Call(string batchId) =>
        new() { BatchId = batchId.HexToByteArray(), Recipients = Recipients, Amounts = Recipients.Select(r => _sums[r]).ToList() };
}
