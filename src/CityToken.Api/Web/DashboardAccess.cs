using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CityToken.Api.Web;

/// <summary>
/// Who may open which dashboard page, by the API's own rules for the same data (<see cref="AccessRules"/>): a role sees a
/// page when the API lets it read what the page shows, and gets its forms when the API lets it make that write. Pages
/// check reads with a policy (<see cref="PolicyFor"/>); write handlers carry <see cref="HandlerRolesAttribute"/>,
/// checked server-side by <see cref="HandlerRolesPageFilter"/>, so a hidden button is never the only guard.
/// </summary>
public static class DashboardAccess
{
    /// <summary>Every role set a page policy can be made for: each named set of <see cref="AccessRules"/>.</summary>
    private static readonly string[][] PageRoleSets =
    [
        AccessRules.Staff, AccessRules.Admins, AccessRules.AdminOrAuditor, AccessRules.CredentialReaders, AccessRules.CredentialWriters,
        AccessRules.ActionReporters, AccessRules.Merchants, AccessRules.BallotAdmins, AccessRules.BallotReaders, AccessRules.CatalogManagers,
        AccessRules.CatalogReaders, AccessRules.AnchorWriters, AccessRules.FundsStaff,
    ];

    /// <summary>The staff-cookie policy that admits any of <paramref name="roles"/>.</summary>
    public static string PolicyFor(string[] roles) => "staff-session:" + string.Join(",", roles);

    public static bool Allows(this ClaimsPrincipal user, IEnumerable<string> roles) => roles.Any(user.IsInRole);

    internal static void AddPolicies(IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var roles in PageRoleSets.DistinctBy(PolicyFor))
        {
            authorization.AddPolicy(PolicyFor(roles), policy => policy.AddAuthenticationSchemes(StaffCookie.SchemeName).RequireRole(roles));
        }
    }
}

/// <summary>
/// The roles that may run a page's write handler (any one of them); others get the Denied page (403). Name the API's
/// rule, <c>[HandlerRoles(Rule = nameof(AccessRules.CredentialWriters))]</c>, rather than listing roles again.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HandlerRolesAttribute(params string[] roles) : Attribute
{
    /// <summary>A set of <see cref="AccessRules"/> by its field name; when set, it gives the roles.</summary>
    public string? Rule { get; init; }

    public IReadOnlyList<string> Roles => Rule is { } rule ? AccessRules.Named(rule) : roles;
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
