using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Chain;

/// <summary>Where the chain is and where its deployment manifest lives (section "Chain").</summary>
public sealed class ChainOptions : IValidatableObject
{
    public const string Section = "Chain";

    /// <summary>
    /// JSON-RPC endpoint of the chain (a local Hardhat node or any EVM chain); when <see cref="RpcUrls"/> is set, the
    /// first of them.
    /// </summary>
    [Required, Url]
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>
    /// Several JSON-RPC endpoints of the same chain (Chain:RpcUrls:0, :1…), in order of preference: a request goes on to
    /// the next when one cannot be reached, answers 5xx or does not answer within <see cref="RequestTimeoutSeconds"/>.
    /// Empty: <see cref="RpcUrl"/> alone.
    /// </summary>
    public List<string> RpcUrls { get; set; } = [];

    /// <summary>The endpoints in order of preference: <see cref="RpcUrls"/>, or <see cref="RpcUrl"/> alone.</summary>
    public IReadOnlyList<Uri> Endpoints => RpcUrls.Count > 0 ? [.. RpcUrls.Select(u => new Uri(u))] : [new Uri(RpcUrl)];

    /// <summary>
    /// Which transactions the outbox signs: <see cref="ChainTransactionType.Auto"/> (EIP-1559 type 2 when the latest block
    /// has a base fee, legacy type 0 with EIP-155 replay protection when it has none), or always one of them (a chain
    /// that reports a base fee but accepts only legacy transactions).
    /// </summary>
    [EnumDataType(typeof(ChainTransactionType))]
    public ChainTransactionType TransactionType { get; set; } = ChainTransactionType.Auto;

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

    /// <summary>The chain's name as residents' wallets show it when they add it (EIP-3085 <c>chainName</c>).</summary>
    [Required, StringLength(64, MinimumLength = 1)]
    public string Name { get; set; } = "CityToken local chain";

    /// <summary>
    /// The JSON-RPC URL residents' wallets should use to reach the chain (EIP-3085 <c>rpcUrls</c>): a public node, not
    /// the service's own endpoint, which may carry a provider's API key. Empty: the portal cannot offer to add the chain.
    /// </summary>
    public string PublicRpcUrl { get; set; } = "";

    /// <summary>Symbol of the chain's native currency (EIP-3085 <c>nativeCurrency.symbol</c>, 2–6 characters).</summary>
    [Required, StringLength(6, MinimumLength = 2)]
    public string CurrencySymbol { get; set; } = "ETH";

    /// <summary>Name of the chain's native currency (EIP-3085 <c>nativeCurrency.name</c>).</summary>
    [Required, StringLength(64, MinimumLength = 1)]
    public string CurrencyName { get; set; } = "Ether";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (url, index) in RpcUrls.Select((u, i) => (u, i)))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                // The value is not repeated: an RPC URL may carry a provider's API key.
                yield return new ValidationResult($"Chain:RpcUrls:{index} is not an absolute http(s) URL.", [nameof(RpcUrls)]);
            }
        }

        if (PublicRpcUrl.Length > 0
            && (!Uri.TryCreate(PublicRpcUrl, UriKind.Absolute, out var publicUri) || (publicUri.Scheme != Uri.UriSchemeHttp && publicUri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("Chain:PublicRpcUrl is not an absolute http(s) URL.", [nameof(PublicRpcUrl)]);
        }
    }
}

/// <summary>The kind of transaction the outbox signs (<see cref="ChainOptions.TransactionType"/>).</summary>
public enum ChainTransactionType
{
    /// <summary>EIP-1559 when the latest block has a base fee, else legacy.</summary>
    Auto,

    /// <summary>Always EIP-1559 (type 2).</summary>
    Eip1559,

    /// <summary>Always legacy (type 0, EIP-155).</summary>
    Legacy,
}
