using System.Collections.Concurrent;
using CityToken.Contracts.BallotBox;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Contracts.CredentialRegistry;
using CityToken.Contracts.EthereumDIDRegistry;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Ballots;

/// <summary>The EIP-712 domain a contract reports (ERC-5267 eip712Domain()).</summary>
public sealed record Eip712DomainInfo(string Name, string Version, BigInteger ChainId, string VerifyingContract);

/// <summary>Reads of BallotBox, CredentialRegistry and the DID registry that decide whether a vote may be relayed.</summary>
public sealed class BallotChain(ChainGateway chain)
{
    // A deployed contract's EIP-712 domain never changes: read it once per address.
    private static readonly ConcurrentDictionary<string, Eip712DomainInfo> Domains = new(StringComparer.OrdinalIgnoreCase);

    public string BallotBoxAddress => chain.Manifest.AddressOf(ContractNames.BallotBox);

    private BallotBoxService Box => new(chain.Web3, BallotBoxAddress);

    private CredentialRegistryService Credentials => new(chain.Web3, chain.Manifest.AddressOf(ContractNames.CredentialRegistry));

    /// <summary>The ballot as stored on chain, or null when no ballot has this id.</summary>
    public async Task<Ballot?> GetBallotAsync(long ballotId)
    {
        var count = await Box.BallotCountQueryAsync();
        if (ballotId < 1 || ballotId > count)
        {
            return null;
        }
        return (await Box.GetBallotQueryAsync(ballotId)).ReturnValue1;
    }

    /// <summary>Time of the latest block (unix seconds): the clock the next transaction is judged by (give or take a second).</summary>
    public async Task<long> NowAsync()
    {
        var block = await chain.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        return (long)block.Timestamp.Value;
    }

    public async Task<Eip712DomainInfo> DomainAsync()
    {
        var address = BallotBoxAddress;
        if (Domains.TryGetValue(address, out var known))
        {
            return known;
        }
        var domain = await Box.Eip712DomainQueryAsync();
        // fields 0x0f: name, version, chainId, verifyingContract (no salt, no extensions), as OpenZeppelin's EIP712 reports.
        if (domain.Fields is not [0x0f])
        {
            throw new InvalidOperationException($"BallotBox at {address} reports EIP-712 fields 0x{Convert.ToHexString(domain.Fields ?? [])}, not name, version, chainId and verifyingContract.");
        }
        var info = new Eip712DomainInfo(domain.Name, domain.Version, domain.ChainId,
            Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(domain.VerifyingContract));
        Domains[address] = info;
        return info;
    }

    public Task<BigInteger> NonceOfAsync(string voter) => Box.NoncesQueryAsync(voter);

    public Task<bool> HasVotedAsync(long ballotId, byte[] personKey) => Box.HasVotedQueryAsync(ballotId, personKey);

    public Task<string> IdentityOwnerAsync(string identity) =>
        new EthereumDIDRegistryService(chain.Web3, chain.Manifest.AddressOf(ContractNames.EthereumDIDRegistry)).IdentityOwnerQueryAsync(identity);

    /// <summary>
    /// Whether <paramref name="voter"/> held a valid credential of the type at <paramref name="time"/>, its person key, and
    /// whether a registrar has revoked that credential since (BallotBox refuses those at vote time).
    /// </summary>
    public async Task<(bool Valid, byte[] PersonKey, bool RevokedByRegistrar)> CredentialAtAsync(string voter, byte[] credentialType, long time)
    {
        var answer = await Credentials.CredentialStandingAtQueryAsync(voter, credentialType, time);
        return (answer.Valid, answer.PersonKey, answer.RevokedByRegistrar);
    }

    /// <summary>The person key of the latest credential of the type ever issued to <paramref name="voter"/> (valid or not), or null.</summary>
    public async Task<byte[]?> LatestPersonKeyAsync(string voter, byte[] credentialType)
    {
        var registry = Credentials;
        var count = await registry.HistoryLengthQueryAsync(voter, credentialType);
        if (count.IsZero)
        {
            return null;
        }
        var id = await registry.HistoryAtQueryAsync(voter, credentialType, count - 1);
        return (await registry.GetCredentialQueryAsync(id)).ReturnValue1.PersonKey;
    }

    public Task<ResultsOutputDTO> ResultsAsync(long ballotId) => Box.ResultsQueryAsync(ballotId);
}
