namespace CityToken.Api.Grants;

public static class GrantsServiceCollectionExtensions
{
    /// <summary>The grant service (per request: it uses the request's database context).</summary>
    public static IHostApplicationBuilder AddGrants(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<GrantService>();
        return builder;
    }
}
