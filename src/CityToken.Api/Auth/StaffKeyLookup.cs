using System.Security.Claims;

namespace CityToken.Api.Auth;

/// <summary>
/// Finds the active staff key for a presented secret and turns it into claims. The X-Api-Key scheme and the
/// dashboard's cookie sign-in share it, so both see the same name and roles for one key.
/// </summary>
public static class StaffKeyLookup
{
    /// <summary>Claim holding the key's row id, so a cookie session ends when its key is revoked.</summary>
    public const string KeyIdClaim = CityTokenClaims.ApiKeyId;

    public static Task<ApiKey?> FindActiveAsync(CityTokenDb db, string presentedKey, CancellationToken cancellationToken) =>
        FindActiveByHashAsync(db, ApiKey.Hash(presentedKey), cancellationToken);

    /// <summary>The active key stored under <paramref name="hash"/> (see <see cref="ApiKey.Hash"/>), read from the database.</summary>
    public static Task<ApiKey?> FindActiveByHashAsync(CityTokenDb db, string hash, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);

    /// <summary>Name = the key's name, one Role claim per role of the key, and the key's id.</summary>
    public static List<Claim> ClaimsOf(ApiKey key)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, key.Name),
            new(KeyIdClaim, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(RolesOf(key).Select(role => new Claim(ClaimTypes.Role, role)));
        return claims;
    }

    /// <summary>The roles the key is scoped to.</summary>
    public static IEnumerable<string> RolesOf(ApiKey key) => key.Roles;
}
