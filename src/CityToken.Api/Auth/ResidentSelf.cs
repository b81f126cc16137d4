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
            && CurrentCaller.From(context.User).IsResident(address))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
