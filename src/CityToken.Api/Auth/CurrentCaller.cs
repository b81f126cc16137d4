using System.Security.Claims;

namespace CityToken.Api.Auth;

/// <summary>
/// Who is calling, read once from the request's principal: a staff API key (or a dashboard session made with one),
/// with its roles, or a resident signed in with Ethereum, with their address. Feature services take this instead of a
/// <see cref="ClaimsPrincipal"/>; endpoints get it as a parameter (<see cref="BindAsync"/>), pages from <c>User</c>.
/// </summary>
public sealed record CurrentCaller
{
    /// <summary>The staff key's id (an API key or the key a dashboard session was made with); null for residents.</summary>
    public int? StaffKeyId { get; init; }

    /// <summary>The key's name, or the resident's address: who did it, for logs and audit.</summary>
    public string? Name { get; init; }

    public required IReadOnlySet<string> Roles { get; init; }

    /// <summary>The signed-in resident's checksummed address; null for staff keys and anonymous callers.</summary>
    public string? ResidentAddress { get; init; }

    /// <summary>Holds one of the city staff roles (<see cref="StaffRoles.All"/>; a merchant key is not staff).</summary>
    public bool IsStaff => StaffRoles.All.Any(Roles.Contains);

    /// <summary>A resident acting for themselves only: signed in as a resident and holding no staff role.</summary>
    public string? OwnAddress => IsStaff ? null : ResidentAddress;

    public bool IsIn(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    /// <summary>True when the caller is the resident owning <paramref name="address"/> (any case, checksummed or not).</summary>
    public bool IsResident(string? address) =>
        ResidentAddress is { } own && string.Equals(own, address?.Trim(), StringComparison.OrdinalIgnoreCase);

    public static CurrentCaller From(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CurrentCaller
        {
            StaffKeyId = int.TryParse(user.FindFirstValue(CityTokenClaims.ApiKeyId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
            Name = user.Identity?.Name,
            Roles = roles,
            ResidentAddress = roles.Contains(ResidentRoles.Resident) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null,
        };
    }

    /// <summary>Minimal API parameter binding: a handler declaring a <see cref="CurrentCaller"/> parameter gets the request's.</summary>
    public static ValueTask<CurrentCaller?> BindAsync(HttpContext context) => ValueTask.FromResult<CurrentCaller?>(From(context.User));
}
