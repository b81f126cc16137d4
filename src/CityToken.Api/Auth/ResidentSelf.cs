using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CityToken.Api.Auth;

/// <summary>
/// Met by a signed-in resident whose address is the route's <c>{address}</c> (any case, checksummed or
/// not), or by a staff key holding one of <see cref="StaffRoles"/>.
/// </summary>
public sealed class ResidentSelfRequirement(params string[] staffRoles) : IAuthorizationRequirement
{
    public const string RouteValue = "address";

    public IReadOnlyList<string> StaffRoles { get; } = staffRoles;
}

internal sealed class ResidentSelfHandler : AuthorizationHandler<ResidentSelfRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ResidentSelfRequirement requirement)
    {
        if (requirement.StaffRoles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }
        else if (context.Resource is HttpContext http
            && http.GetRouteValue(ResidentSelfRequirement.RouteValue) is string address
            && ResidentAccess.IsSelf(context.User, address))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>For handlers whose resident address comes in the body (a vote's voter, a redemption's resident).</summary>
public static class ResidentAccess
{
    /// <summary>The signed-in resident's checksummed address, or null for staff and anonymous callers.</summary>
    public static string? Address(ClaimsPrincipal user) =>
        user.IsInRole(ResidentRoles.Resident) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>True when <paramref name="user"/> is the signed-in resident owning <paramref name="address"/> (case-insensitive).</summary>
    public static bool IsSelf(ClaimsPrincipal user, string? address) =>
        Address(user) is { } own && string.Equals(own, address?.Trim(), StringComparison.OrdinalIgnoreCase);
}
