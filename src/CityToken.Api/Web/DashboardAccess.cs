using System.Reflection;
using System.Security.Claims;
using CityToken.Api.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CityToken.Api.Web;

/// <summary>
/// Who may open which dashboard page, mirroring the API's policies for the same data: a role sees a page when the API
/// lets it read what the page shows, and gets its forms when the API lets it make that write. Pages check reads with
/// a policy (<see cref="PolicyFor"/>); write handlers carry <see cref="HandlerRolesAttribute"/>, checked server-side by
/// <see cref="HandlerRolesPageFilter"/>, so a hidden button is never the only guard.
/// </summary>
public static class DashboardAccess
{
    /// <summary>City staff (not merchants): the overview.</summary>
    public static readonly string[] Staff = [.. StaffRoles.All];

    /// <summary>
    /// Programs and their audit, the action queue, mint batches and reconciliation, ballots, catalog, redemptions and
    /// vouchers: GET is admin / auditor.
    /// </summary>
    public static readonly string[] AdminOrAuditor = [StaffRoles.Admin, StaffRoles.Auditor];

    /// <summary>GET /api/credentials: admin, registrar, auditor.</summary>
    public static readonly string[] CredentialReaders = [StaffRoles.Admin, StaffRoles.Registrar, StaffRoles.Auditor];

    /// <summary>POST and DELETE /api/credentials: admin, registrar.</summary>
    public static readonly string[] CredentialWriters = [StaffRoles.Admin, StaffRoles.Registrar];

    /// <summary>POST /api/actions and /api/actions/bulk: admin, reporter.</summary>
    public static readonly string[] ActionReporters = [StaffRoles.Admin, StaffRoles.Reporter];

    /// <summary>Merchant keys accept vouchers (POST /api/vouchers/{code}/redeem).</summary>
    public static readonly string[] Merchants = [StaffRoles.Merchant];

    /// <summary>Every role set a page policy is made for (registered by <see cref="AddPolicies"/>).</summary>
    private static readonly string[][] PageRoleSets = [Staff, AdminOrAuditor, CredentialReaders, ActionReporters, Merchants];

    /// <summary>The staff-cookie policy that admits any of <paramref name="roles"/>.</summary>
    public static string PolicyFor(string[] roles) => "staff-session:" + string.Join(",", roles);

    public static bool Allows(this ClaimsPrincipal user, IEnumerable<string> roles) => roles.Any(user.IsInRole);

    internal static void AddPolicies(IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var roles in PageRoleSets)
        {
            authorization.AddPolicy(PolicyFor(roles), policy => policy.AddAuthenticationSchemes(StaffCookie.SchemeName).RequireRole(roles));
        }
    }
}

/// <summary>The roles that may run a page's write handler (any one of them); others get the Denied page (403).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HandlerRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Refuses a handler marked with <see cref="HandlerRolesAttribute"/> to a user holding none of its roles.</summary>
internal sealed class HandlerRolesPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<HandlerRolesAttribute>() is { } required
            && !context.HttpContext.User.Allows(required.Roles))
        {
            context.Result = new ForbidResult(StaffCookie.SchemeName);
            return Task.CompletedTask;
        }
        return next();
    }
}
