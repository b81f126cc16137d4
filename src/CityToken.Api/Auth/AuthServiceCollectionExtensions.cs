using Microsoft.AspNetCore.Authentication;

namespace CityToken.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Staff API-key authentication and one authorization policy per staff role.</summary>
    public static IHostApplicationBuilder AddStaffAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var role in StaffRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role));
        }
        return builder;
    }
}
