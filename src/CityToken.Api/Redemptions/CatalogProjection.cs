using CityToken.Contracts.RewardCatalog.ContractDefinition;

namespace CityToken.Api.Redemptions;

/// <summary>
/// Keeps <see cref="CatalogReward"/> (current terms and stock of every reward) from RewardCatalog events, and a
/// snapshot per event in <see cref="CatalogRewardChange"/> so a rollback restores the state before the fork.
/// </summary>
public sealed class CatalogProjection : IEventProjection
{
    public IReadOnlyCollection<string> Contracts { get; } = [ContractNames.RewardCatalog];

    public IReadOnlyCollection<EventDecoder> Events { get; } =
    [
        EventDecoder.For<RewardAddedEventDTO>(), EventDecoder.For<RewardUpdatedEventDTO>(), EventDecoder.For<RewardActivatedEventDTO>(),
        EventDecoder.For<RewardDeactivatedEventDTO>(), EventDecoder.For<RedeemedEventDTO>(),
    ];

    public async Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        var rewards = db.Set<CatalogReward>();
        CatalogReward? reward;
        string name;
        if (log.TryGet<RewardAddedEventDTO>(out var added))
        {
            reward = new CatalogReward
            {
                RewardId = (long)added.RewardId,
                Price = Uint256.Format(added.Price),
                Stock = added.Stock.ToString(CultureInfo.InvariantCulture),
                Merchant = MerchantOf(added.Merchant),
                Active = true,
                Uri = Cut(added.Uri),
                AddedBlock = log.BlockNumber,
            };
            rewards.Add(reward);
            name = "RewardAdded";
        }
        else if (log.TryGet<RewardUpdatedEventDTO>(out var updated))
        {
            reward = await rewards.FindAsync([(long)updated.RewardId], cancellationToken);
            if (reward is null)
            {
                return;
            }
            reward.Price = Uint256.Format(updated.Price);
            reward.Stock = updated.Stock.ToString(CultureInfo.InvariantCulture);
            reward.Merchant = MerchantOf(updated.Merchant);
            reward.Uri = Cut(updated.Uri);
            name = "RewardUpdated";
        }
        else if (ActivationOf(log) is (var id, var activated))
        {
            reward = await rewards.FindAsync([(long)id], cancellationToken);
            if (reward is null)
            {
                return;
            }
            reward.Active = activated;
            name = activated ? "RewardActivated" : "RewardDeactivated";
        }
        else if (log.TryGet<RedeemedEventDTO>(out var redeemed))
        {
            reward = await rewards.FindAsync([(long)redeemed.RewardId], cancellationToken);
            if (reward is null)
            {
                return;
            }
            if (reward.Stock != CatalogReward.UnlimitedStock)
            {
                // The contract checked quantity <= stock, so this never goes below zero.
                var left = ulong.Parse(reward.Stock, CultureInfo.InvariantCulture) - (ulong)redeemed.Quantity;
                reward.Stock = left.ToString(CultureInfo.InvariantCulture);
            }
            name = "Redeemed";
        }
        else
        {
            return;
        }
        reward.UpdatedBlock = log.BlockNumber;
        db.Set<CatalogRewardChange>().Add(new CatalogRewardChange
        {
            RewardId = reward.RewardId,
            BlockNumber = log.BlockNumber,
            LogIndex = log.LogIndex,
            Event = name,
            Price = reward.Price,
            Stock = reward.Stock,
            Merchant = reward.Merchant,
            Active = reward.Active,
            Uri = reward.Uri,
        });
    }

    /// <summary>RewardActivated or RewardDeactivated: the reward and whether it is active now; null for other events.</summary>
    private static (System.Numerics.BigInteger RewardId, bool Active)? ActivationOf(IndexedLog log) =>
        log.TryGet<RewardActivatedEventDTO>(out var on) ? (on.RewardId, true)
        : log.TryGet<RewardDeactivatedEventDTO>(out var off) ? (off.RewardId, false)
        : null;

    public async Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        var changes = db.Set<CatalogRewardChange>();
        var affected = await changes.Where(c => c.BlockNumber > blockNumber).Select(c => c.RewardId).Distinct().ToListAsync(cancellationToken);
        await ProjectionRows.DeleteAboveAsync<CatalogRewardChange>(db, c => c.BlockNumber, blockNumber, cancellationToken);
        foreach (var rewardId in affected)
        {
            var last = await changes.AsNoTracking().Where(c => c.RewardId == rewardId)
                .OrderByDescending(c => c.BlockNumber).ThenByDescending(c => c.LogIndex).FirstOrDefaultAsync(cancellationToken);
            var state = db.Set<CatalogReward>().Where(r => r.RewardId == rewardId);
            if (last is null)
            {
                // Added above the fork: its first change went with it.
                await state.ExecuteDeleteAsync(cancellationToken);
                continue;
            }
            await state.ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Price, last.Price)
                .SetProperty(r => r.Stock, last.Stock)
                .SetProperty(r => r.Merchant, last.Merchant)
                .SetProperty(r => r.Active, last.Active)
                .SetProperty(r => r.Uri, last.Uri)
                .SetProperty(r => r.UpdatedBlock, last.BlockNumber), cancellationToken);
        }
    }

    public async Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        await ProjectionRows.DeleteAllAsync<CatalogRewardChange>(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<CatalogReward>(db, cancellationToken);
    }

    private static string? MerchantOf(string merchant)
    {
        var address = Hex.Address(merchant);
        return address == Hex.ZeroAddress ? null : address;
    }

    private static string Cut(string uri) => uri.Length > CatalogLimits.Uri ? uri[..CatalogLimits.Uri] : uri;
}
