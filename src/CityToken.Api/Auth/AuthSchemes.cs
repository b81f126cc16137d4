namespace CityToken.Api.Auth;

/// <summary>Names of the authentication schemes, claims, roles and policies the API uses.</summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: forwards to <see cref="ApiKey"/> when X-Api-Key is sent, else to <see cref="Resident"/>.</summary>
    public const string Default = "citytoken";

    /// <summary>Staff: the X-Api-Key header.</summary>
    public const string ApiKey = ApiKeyAuthenticationHandler.SchemeName;

    /// <summary>Residents: the session cookie issued by Sign-In with Ethereum.</summary>
    public const string Resident = "resident";

    /// <summary>The resident session cookie's name.</summary>
    public const string ResidentCookie = "citytoken.resident";
}

/// <summary>Claims beside the standard ones (Name, NameIdentifier, Role).</summary>
public static class CityTokenClaims
{
    /// <summary>The id of the staff API key that authenticated the request.</summary>
    public const string ApiKeyId = "citytoken:api_key_id";

    /// <summary>The key's security stamp when a dashboard session was made (see <see cref="ApiKey.SecurityStamp"/>).</summary>
    public const string ApiKeyStamp = "citytoken:api_key_stamp";
}

/// <summary>The role a signed-in resident holds (never a staff role).</summary>
public static class ResidentRoles
{
    public const string Resident = "resident";
}

/// <summary>Authorization policies beside the one-role policies named after each staff role.</summary>
public static class AuthPolicies
{
    /// <summary>Any staff key, whatever its roles.</summary>
    public const string Staff = "staff";

    /// <summary>A signed-in resident acting on the route's own <c>{address}</c>.</summary>
    public const string ResidentSelf = "resident-self";

    /// <summary>The route's own resident, or an admin or auditor key (reading a resident's private records).</summary>
    public const string ResidentSelfOrAdminOrAuditor = "resident-self-or-admin-or-auditor";

    /// <summary>Admin or auditor keys: reading audit trails and key lists.</summary>
    public const string AdminOrAuditor = "admin-or-auditor";

    /// <summary>Any signed-in resident or any staff key.</summary>
    public const string ResidentOrStaff = "resident-or-staff";
}
