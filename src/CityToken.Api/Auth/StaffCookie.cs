using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CityToken.Api.Auth;

/// <summary>
/// The dashboard's staff session: an API key exchanged at /admin/login for an HttpOnly, SameSite=Strict cookie
/// carrying the key's name and roles. Only the dashboard's pages use this scheme; API routes stay on X-Api-Key and
/// answer 401/403 problem+json, never a redirect.
/// </summary>
public static class StaffCookie
{
    public const string SchemeName = "staff";
    public const string CookieName = "citytoken.staff";

    /// <summary>Any signed-in staff member (dashboard pages).</summary>
    public const string StaffPolicy = "staff-session";

    /// <summary>A signed-in staff member holding the admin role (admin-only dashboard pages).</summary>
    public const string AdminPolicy = "staff-session-admin";

    public const string LoginPath = "/admin/login";
    public const string DeniedPath = "/admin/denied";

    internal static AuthenticationBuilder AddStaffCookie(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(SchemeName, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure when the request was HTTPS; the service itself listens on loopback HTTP behind a proxy.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = LoginPath;
            options.LogoutPath = "/admin/logout";
            options.AccessDeniedPath = DeniedPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = RejectStaleKeyAsync;
        });

    /// <summary>
    /// The session's principal: the key's claims and its security stamp, so that rotating or revoking the key (or a new
    /// Auth:AdminApiKey for the bootstrap key) ends every session made with the old secret.
    /// </summary>
    public static ClaimsPrincipal PrincipalOf(ApiKey key)
    {
        var claims = StaffKeyLookup.ClaimsOf(key);
        claims.Add(new Claim(CityTokenClaims.ApiKeyStamp, key.SecurityStamp));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    /// <summary>
    /// A session ends as soon as its API key is revoked, rotated or replaced, not when the cookie expires. Asked of the
    /// database on every request (not of <see cref="StaffKeyCache"/>), so the change is seen at once on every instance.
    /// </summary>
    private static async Task RejectStaleKeyAsync(CookieValidatePrincipalContext context)
    {
        var claim = context.Principal?.FindFirst(StaffKeyLookup.KeyIdClaim)?.Value;
        var stamp = context.Principal?.FindFirst(CityTokenClaims.ApiKeyStamp)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<CityTokenDb>();
        var active = stamp is not null
            && int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && await db.ApiKeys.AnyAsync(k => k.Id == id && k.RevokedAt == null && k.SecurityStamp == stamp, context.HttpContext.RequestAborted);
        if (!active)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
        }
    }
}
