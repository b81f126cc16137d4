using CityToken.Api.Auth;
using CityToken.Api.Redemptions;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Indexing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityToken.Api.Redemptions;

public static class RedemptionsServiceCollectionExtensions
{
    /// <summary>Catalog projection, relayed redemptions, voucher issuing and the merchant role's policy.</summary>
    public static IHostApplicationBuilder AddRedemptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedemptionOptions>()
            .Bind(builder.Configuration.GetSection(RedemptionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IEventProjection, CatalogProjection>();
        builder.Services.TryAddSingleton<RelaySimulator>();
        // Voucher codes are sealed with Data Protection, whose key store AddDevices sets up under the data directory.
        builder.Services.AddSingleton<VoucherIssuer>();
        builder.Services.AddHostedService<VoucherIssuerService>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Merchant, policy => policy.RequireRole(StaffRoles.Merchant));
        return builder;
    }
}
