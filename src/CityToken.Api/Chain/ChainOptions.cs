using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Chain;

/// <summary>Where the chain is and where its deployment manifest lives (section "Chain").</summary>
public sealed class ChainOptions
{
    public const string Section = "Chain";

    /// <summary>JSON-RPC endpoint of the chain (a local Hardhat node or any EVM chain).</summary>
    [Required, Url]
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>Chain id the service expects; the manifest is <c>{DeploymentsDirectory}/{ChainId}.json</c>.</summary>
    [Range(1, long.MaxValue)]
    public long ChainId { get; set; } = 31337;

    /// <summary>Folder holding deployment manifests; relative paths are resolved against the content root.</summary>
    [Required]
    public string DeploymentsDirectory { get; set; } = "deployments";

    /// <summary>Upper bound for one JSON-RPC request, so a hung node never hangs a request.</summary>
    [Range(1, 120)]
    public int RequestTimeoutSeconds { get; set; } = 5;

    /// <summary>How long start-up waits for the chain before starting without checking the database's chain.</summary>
    [Range(0, 600)]
    public int StartupWaitSeconds { get; set; } = 20;

    /// <summary>
    /// Below this balance (in ETH) the signing account may soon be unable to pay for gas: readiness reports
    /// <c>Degraded</c> (the instance still serves; the operator must top the account up).
    /// </summary>
    [Range(0, 1_000_000)]
    public decimal MinSignerBalanceEth { get; set; } = 0.05m;
}
