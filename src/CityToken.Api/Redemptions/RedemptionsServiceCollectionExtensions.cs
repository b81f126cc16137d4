using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityToken.Api.Redemptions;

public static class RedemptionsServiceCollectionExtensions
{
    /// <summary>
    /// The redemption domain in one place: the catalog (projection and service), relayed redemptions and vouchers
    /// (issuing and merchants). The services are per request: they use the request's database context. (Who may call
    /// them is declared on the endpoints, by role.)
    /// </summary>
    public static IHostApplicationBuilder AddRedemptions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<RedemptionOptions>(RedemptionOptions.Section);

        // Catalog: rewards as indexed, changes sent through the outbox.
        services.AddSingleton<IEventProjection, CatalogProjection>();
        services.AddSingleton<IEventProjection, RedemptionProjection>();
        services.AddScoped<CatalogService>();

        // Redemptions: typed data, checked relays (dry run first), the staff list.
        services.TryAddSingleton<RelaySimulator>();
        services.AddScoped<RedemptionService>();
        services.AddScoped<RedemptionRelay>();
        services.AddSingleton(RedemptionRelay.Relay);
        services.AddScoped<StaffRedemptionList>();

        // Vouchers: codes sealed with Data Protection, whose key store AddDevices sets up under the data directory.
        services.AddSingleton<VoucherIssuer>();
        services.AddHostedService<VoucherIssuerService>();
        services.AddScoped<VoucherService>();
        return builder;
    }
}
