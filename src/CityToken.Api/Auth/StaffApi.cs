using System.Security.Claims;

namespace CityToken.Api.Auth;

public static class StaffApi
{
    /// <summary>Endpoints about staff and their API keys under /api/staff.</summary>
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/staff").WithTags("Staff");
        group.MapGet("/me", GetMe).RequireAuthorization(AuthPolicies.Staff)
            .WithName("GetStaffMe")
            .WithSummary("Who the API key in X-Api-Key belongs to, and its roles.");
        group.MapStaffKeysApi();
        return routes;
    }

    internal static Ok<StaffMeResponse> GetMe(ClaimsPrincipal user) =>
        TypedResults.Ok(new StaffMeResponse(
            user.Identity?.Name ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray()));
}

/// <summary>The authenticated staff key's name and roles.</summary>
public sealed record StaffMeResponse(string Name, IReadOnlyList<string> Roles);
