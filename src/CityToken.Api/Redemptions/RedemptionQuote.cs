using CityToken.Contracts.CivicToken;
using CityToken.Contracts.RewardCatalog;

namespace CityToken.Api.Redemptions;

/// <summary>What a redemption would cost and the permit that pays for it, read from the chain (not the index) at request time.</summary>
public sealed record RedemptionQuote(
    PermitDomain Domain, string Catalog, long RewardId, BigInteger Quantity, BigInteger Price, BigInteger Cost, BigInteger Nonce, BigInteger Balance,
    PermitDomain CatalogDomain, BigInteger CatalogNonce)
{
    public PermitMessage Permit(string resident, long deadline) => new(resident, Catalog, Cost, Nonce, deadline);

    /// <summary>The resident's choice (reward, quantity, current price) that RewardCatalog checks beside the permit, same deadline.</summary>
    public RedemptionMessage Choice(string resident, long deadline) => new(resident, RewardId, Quantity, Price, CatalogNonce, deadline);

    /// <summary>
    /// Reads the reward, the token's EIP-712 domain and the resident's permit nonce and balance; returns a problem when the
    /// reward is unknown (404), inactive or sold out (409), or the deployment is missing or on another chain (503).
    /// </summary>
    public static async Task<Outcome<RedemptionQuote>> LoadAsync(
        ChainGateway chain, string resident, long rewardId, BigInteger quantity)
    {
        if (!ContractAddress.TryGet(chain, ContractNames.RewardCatalog, out var catalogAddress, out var noDeployment)
            || !ContractAddress.TryGet(chain, ContractNames.CivicToken, out var tokenAddress, out noDeployment))
        {
            return noDeployment;
        }
        var catalog = new RewardCatalogService(chain.Web3, catalogAddress);
        var token = new CivicTokenService(chain.Web3, tokenAddress);
        if (rewardId < 1 || rewardId > (long)await catalog.RewardCountQueryAsync())
        {
            return Problem.NotFound("Unknown reward.", $"There is no reward {rewardId}.");
        }
        var reward = (await catalog.GetRewardQueryAsync(rewardId)).ReturnValue1;
        if (!reward.Active)
        {
            return Problem.Conflict("Reward inactive.", $"Reward {rewardId} is not active; it cannot be redeemed now.");
        }
        if (reward.Stock != ulong.MaxValue && quantity > reward.Stock)
        {
            return Problem.Conflict("Sold out.", $"Reward {rewardId} has {reward.Stock} unit(s) left; {quantity} requested.");
        }
        var domain = await token.Eip712DomainQueryAsync();
        if ((long)domain.ChainId != chain.ExpectedChainId)
        {
            return Problem.Unavailable("Wrong chain.", $"The token reports chain {domain.ChainId}; the service is configured for chain {chain.ExpectedChainId}.");
        }
        var permitDomain = new PermitDomain(domain.Name, domain.Version, (long)domain.ChainId,
            Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(domain.VerifyingContract));
        var catalogDomain = await catalog.Eip712DomainQueryAsync();
        var choiceDomain = new PermitDomain(catalogDomain.Name, catalogDomain.Version, (long)catalogDomain.ChainId,
            Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(catalogDomain.VerifyingContract));
        var catalogNonce = await catalog.NoncesQueryAsync(resident);
        var nonce = await token.NoncesQueryAsync(resident);
        var balance = await token.BalanceOfQueryAsync(resident);
        var checksummedCatalog = Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(catalogAddress);
        return new RedemptionQuote(permitDomain, checksummedCatalog, rewardId, quantity, reward.Price, reward.Price * quantity, nonce, balance,
            choiceDomain, catalogNonce);
    }
}
