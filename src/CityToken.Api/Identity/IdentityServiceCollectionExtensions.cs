namespace CityToken.Api.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>The identity projection (for the event indexer) and the DID resolver.</summary>
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DidRegistryProjection>();
        builder.Services.AddSingleton<IEventProjection>(services => services.GetRequiredService<DidRegistryProjection>());
        builder.Services.AddScoped<DidResolver>();
        return builder;
    }
}
