namespace CityToken.Api.TokenReadModel;

public static class TokenReadModelServiceCollectionExtensions
{
    /// <summary>The token read model: its projection (balances, history, supply, daily figures) and the token's metadata.</summary>
    public static IHostApplicationBuilder AddTokenReadModel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TokenMetadata>();
        builder.Services.AddSingleton<IEventProjection, TokenProjection>();
        return builder;
    }
}
