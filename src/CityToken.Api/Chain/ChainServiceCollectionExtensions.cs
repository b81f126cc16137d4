namespace CityToken.Api.Chain;

public static class ChainServiceCollectionExtensions
{
    /// <summary>Chain options (validated at start), the manifest store and the gateway.</summary>
    public static IHostApplicationBuilder AddChain(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ChainOptions>(ChainOptions.Section);
        builder.Services.AddHttpClient(nameof(ChainGateway));
        builder.Services.AddSingleton<DeploymentManifestStore>();
        builder.Services.AddSingleton<ChainGateway>();
        builder.Services.AddSingleton<ChainActivity>();
        return builder;
    }
}
