using Microsoft.AspNetCore.Authentication;

namespace CityToken.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Staff API-key authentication (the default scheme, for the API), the dashboard's staff cookie, one
    /// authorization policy per staff role and the dashboard's page policies.
    /// </summary>
    public static IHostApplicationBuilder AddStaffAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddStaffCookie();
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var role in StaffRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role));
        }
        // Dashboard pages authenticate with the staff cookie only, so only they redirect to the sign-in page.
        authorization.AddPolicy(StaffCookie.StaffPolicy, policy => policy
            .AddAuthenticationSchemes(StaffCookie.SchemeName).RequireAuthenticatedUser());
        authorization.AddPolicy(StaffCookie.AdminPolicy, policy => policy
            .AddAuthenticationSchemes(StaffCookie.SchemeName).RequireRole(StaffRoles.Admin));
        return builder;
    }
}
