namespace CityToken.Api.Chain;

public static class ChainServiceCollectionExtensions
{
    /// <summary>Chain options (validated at start), the manifest store and the gateway (its HTTP client: <see cref="ChainHttp"/>).</summary>
    public static IHostApplicationBuilder AddChain(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ChainOptions>(ChainOptions.Section)
            // With several endpoints, RpcUrl names the first (what error messages are scrubbed of, among others).
            .PostConfigure(options => options.RpcUrl = options.RpcUrls.Count > 0 ? options.RpcUrls[0] : options.RpcUrl);
        builder.Services.AddChainHttpClient(nameof(ChainGateway));
        builder.Services.AddSingleton<DeploymentManifestStore>();
        builder.Services.AddSingleton<ChainGateway>();
        builder.Services.AddSingleton<ContractSignatures>();
        builder.Services.AddSingleton<ChainActivity>();
        return builder;
    }
}
