using System.Security.Claims;
using CityToken.Api.TokenReadModel;

namespace CityToken.Api.Credentials;

/// <summary>
/// A signed-in resident (Sign-In with Ethereum): role "resident", NameIdentifier = their checksummed address.
/// Residents see only what concerns their own address.
/// </summary>
public static class ResidentPrincipal
{
    public const string Role = Auth.ResidentRoles.Resident;

    /// <summary>The resident's address (checksummed) when <paramref name="user"/> is a resident and not staff; else null.</summary>
    public static string? AddressOf(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Role) || Auth.StaffRoles.All.Any(user.IsInRole))
        {
            return null;
        }
        return ResidentAddress.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var address, out _) ? address : null;
    }
}
