namespace CityToken.Api.Funds;

public static class FundsServiceCollectionExtensions
{
    /// <summary>
    /// Transparent public funds (PublicFunds): the projection of its events, the staff writes (through the outbox) and the
    /// public reads. Per-request services: they use the request's database context.
    /// </summary>
    public static IHostApplicationBuilder AddFunds(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<FundsOptions>(FundsOptions.Section);
        services.AddHostedService<DemoFunds>();
        services.AddSingleton<IEventProjection, FundsProjection>();
        services.AddScoped<FundsLedger>();
        services.AddSingleton<FundsDecisionGate>();
        services.AddScoped<FundsService>();
        services.AddScoped<FundsQueries>();
        return builder;
    }
}
