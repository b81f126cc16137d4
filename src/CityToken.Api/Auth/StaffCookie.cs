using System.Globalization;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

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
            options.Events.OnValidatePrincipal = RejectRevokedKeyAsync;
        });

    /// <summary>A session ends as soon as its API key is revoked (or rotated away), not when the cookie expires.</summary>
    private static async Task RejectRevokedKeyAsync(CookieValidatePrincipalContext context)
    {
        var claim = context.Principal?.FindFirst(StaffKeyLookup.KeyIdClaim)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<CityTokenDb>();
        var active = int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && await db.ApiKeys.AnyAsync(k => k.Id == id && k.RevokedAt == null, context.HttpContext.RequestAborted);
        if (!active)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
        }
    }
}
