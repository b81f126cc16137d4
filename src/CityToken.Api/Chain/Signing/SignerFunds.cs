namespace CityToken.Api.Chain.Signing;

/// <summary>
/// The signing account's ETH (it pays for every transaction the service sends) against <see cref="ChainOptions.MinSignerBalanceEth"/>:
/// <see cref="Eth"/> null when the chain did not answer. One reading for readiness (<c>/health/ready</c>) and the dashboard's overview.
/// </summary>
public sealed record SignerFunds(string Account, decimal? Eth, decimal Minimum)
{
    /// <summary>Known and below the minimum: top it up before transactions stall.</summary>
    public bool Low => Eth is { } eth && eth < Minimum;

    /// <summary>The balance to six decimals, or "unknown".</summary>
    public string EthText => Eth?.ToString("0.######", CultureInfo.InvariantCulture) ?? "unknown";

    public string MinimumText => Minimum.ToString(CultureInfo.InvariantCulture);

    /// <summary>One sentence for an operator: the balance, and what to do when it is low or unknown.</summary>
    public string Describe() => Eth is null
        ? "The signing account's balance is unknown: the chain does not answer."
        : Low
            ? $"The signing account {Account} holds {EthText} ETH, below Chain:MinSignerBalanceEth ({MinimumText}): top it up before transactions stall."
            : $"The signing account {Account} holds {EthText} ETH.";
}

/// <summary>Reads <see cref="SignerFunds"/> from the chain.</summary>
public sealed class SignerBalance(ChainGateway chain, ServiceSigner signer, IOptions<ChainOptions> options)
{
    public async Task<SignerFunds> ReadAsync()
    {
        decimal? eth;
        try
        {
            eth = await chain.EthBalanceAsync(signer.Address);
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            eth = null;
        }
        return new SignerFunds(signer.Address, eth, options.Value.MinSignerBalanceEth);
    }
}
