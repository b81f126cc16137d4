using CityToken.Api.Audit;
using CityToken.Api.Auth.Siwe;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace CityToken.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Staff API keys (X-Api-Key) or a resident session cookie (Sign-In with Ethereum), chosen per request by
    /// a policy scheme, for the API; the dashboard's staff cookie; one authorization policy per staff role, the
    /// resident and combined policies, and the dashboard's page policies.
    /// </summary>
    public static IHostApplicationBuilder AddStaffAuth(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AuthOptions>(AuthOptions.Section);
        builder.AddValidatedOptions<SiweOptions>(SiweOptions.Section);
        builder.Services.AddScoped<SiweVerifier>();

        builder.Services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "X-Api-Key or resident session", options =>
                // The header decides: a caller sending a key is judged by that key alone, even with a cookie.
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? AuthSchemes.ApiKey : AuthSchemes.Resident)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddCookie(AuthSchemes.Resident, options =>
            {
                options.Cookie.Name = AuthSchemes.ResidentCookie;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // The service serves plain http on loopback behind a proxy; over https the cookie is Secure.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = false;
                // An API answers 401/403 problem+json; it never redirects to a login page.
                options.Events.OnRedirectToLogin = context => AuthProblems.UnauthorizedAsync(context.HttpContext,
                    "Sign in with Ethereum (GET /api/auth/siwe/nonce, then POST /api/auth/siwe/verify), or send a staff key in X-Api-Key.");
                options.Events.OnRedirectToAccessDenied = context => AuthProblems.ForbiddenAsync(context.HttpContext);
                options.Events.OnRedirectToLogout = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                    return Task.CompletedTask;
                };
                options.Events.OnRedirectToReturnUrl = options.Events.OnRedirectToLogout;
            })
            .AddStaffCookie();

        builder.Services.AddSingleton<StaffKeyCache>();
        builder.Services.AddSingleton<IAuthorizationHandler, ResidentSelfHandler>();
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var role in StaffRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role));
        }
        authorization
            .AddPolicy(AuthPolicies.Staff, policy => policy.RequireRole(AccessRules.Staff))
            .AddPolicy(AuthPolicies.AdminOrAuditor, policy => policy.RequireRole(AccessRules.AdminOrAuditor))
            .AddPolicy(AuthPolicies.ResidentOrStaff, policy => policy.RequireRole([ResidentRoles.Resident, .. AccessRules.Staff]))
            .AddPolicy(AuthPolicies.ResidentSelf, policy => policy.RequireRole(ResidentRoles.Resident).AddRequirements(new ResidentSelfRequirement()))
            .AddPolicy(AuthPolicies.ResidentSelfOrAdminOrAuditor, policy => policy.RequireAuthenticatedUser()
                .AddRequirements(new ResidentSelfRequirement(AccessRules.AdminOrAuditor)));
        // Dashboard pages authenticate with the staff cookie only, so only they redirect to the sign-in page.
        authorization.AddPolicy(StaffCookie.StaffPolicy, policy => policy
            .AddAuthenticationSchemes(StaffCookie.SchemeName).RequireAuthenticatedUser());
        authorization.AddPolicy(StaffCookie.AdminPolicy, policy => policy
            .AddAuthenticationSchemes(StaffCookie.SchemeName).RequireRole(AccessRules.Admins));
        return builder;
    }

    /// <summary>Audits staff writes; goes right after UseAuthorization so refused requests never reach it.</summary>
    public static IApplicationBuilder UseStaffAudit(this IApplicationBuilder app) => app.UseMiddleware<StaffAuditMiddleware>();

    /// <summary>Maps /api/staff (keys), /api/auth (Sign-In with Ethereum, who am I) and /api/audit.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes) =>
        routes.MapStaffApi().MapResidentAuthApi().MapAuditApi();
}
