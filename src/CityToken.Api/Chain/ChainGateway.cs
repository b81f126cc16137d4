using CityToken.Contracts.CivicToken;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CityToken.Api.Chain;

/// <summary>
/// The service's read access to the chain: one JSON-RPC client (bounded request time, fail-over across the configured
/// endpoints: <see cref="ChainHttp"/>), and typed
/// contract services (generated bindings) at the addresses of the current deployment manifest.
/// </summary>
public sealed class ChainGateway
{
    private readonly DeploymentManifestStore _manifests;

    public ChainGateway(IOptions<ChainOptions> options, DeploymentManifestStore manifests, IHttpClientFactory httpClients)
    {
        _manifests = manifests;
        // Time limits, retries of reads and fail-over across the endpoints are the client's (ChainHttp).
        Web3 = new Web3(new RpcClient(options.Value.Endpoints[0], httpClients.CreateClient(nameof(ChainGateway))));
        ExpectedChainId = options.Value.ChainId;
    }

    /// <summary>Nethereum entry point for reads and calls that bindings do not cover.</summary>
    public IWeb3 Web3 { get; }

    /// <summary>Chain id the service is configured for.</summary>
    public long ExpectedChainId { get; }

    /// <summary>The manifest of the deployment the service works with.</summary>
    public DeploymentManifest Manifest => _manifests.Current;

    /// <summary>The reward token at its manifest address.</summary>
    public CivicTokenService CivicToken => new(Web3, Manifest.AddressOf(ContractNames.CivicToken));

    /// <summary>Checks that the node answers, is the expected chain, and holds every manifest contract.</summary>
    public async Task<ChainStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var manifest = _manifests.Current;
        var chainId = (long)(await Web3.Eth.ChainId.SendRequestAsync()).Value;
        var blockNumber = (long)(await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        if (chainId != ExpectedChainId)
        {
            return new ChainStatus(chainId, blockNumber, manifest,
                $"The node at the RPC URL is chain {chainId}, but the service is configured for chain {ExpectedChainId}.");
        }
        foreach (var (name, contract) in manifest.Contracts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = await Web3.Eth.GetCode.SendRequestAsync(contract.Address);
            if (string.IsNullOrEmpty(code) || code == "0x")
            {
                return new ChainStatus(chainId, blockNumber, manifest,
                    $"{name} has no code at {contract.Address} on chain {chainId}: the chain was reset since the deployment; redeploy (./scripts/start.sh does).");
            }
        }
        return new ChainStatus(chainId, blockNumber, manifest, Problem: null);
    }

    /// <summary>The ETH <paramref name="address"/> holds at the latest block (the signing account's gas money, for health and metrics).</summary>
    public async Task<decimal> EthBalanceAsync(string address) =>
        Nethereum.Util.UnitConversion.Convert.FromWei((await Web3.Eth.GetBalance.SendRequestAsync(address)).Value);

    /// <summary>Hash of block <paramref name="number"/>, or null when the chain has no such block yet.</summary>
    public async Task<string?> GetBlockHashAsync(long number)
    {
        var block = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new BlockParameter(new HexBigInteger(new BigInteger(number))));
        return block?.BlockHash;
    }
}

/// <summary>What a probe of the chain found; <see cref="Problem"/> is null when all is well.</summary>
public sealed record ChainStatus(long ChainId, long BlockNumber, DeploymentManifest Manifest, string? Problem);
