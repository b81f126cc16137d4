using CityToken.Api.Audit;

namespace CityToken.Api.Auth;

/// <summary>A new staff key: a unique name (1-100 characters, not a reserved one such as bootstrap-admin) and one or more staff roles.</summary>
public sealed record StaffKeyRequest(string? Name, IReadOnlyList<string>? Roles);

/// <summary>A staff key without its secret. <c>bootstrap</c> marks the key managed by configuration (Auth:AdminApiKey).</summary>
public sealed record StaffKeyResponse(int Id, string Name, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    DateTimeOffset? RotatedAt, DateTimeOffset? RevokedAt, bool Bootstrap)
{
    public static StaffKeyResponse Of(ApiKey key) =>
        new(key.Id, key.Name, key.Roles, key.CreatedAt, key.RotatedAt, key.RevokedAt, key.Name == BootstrapAdminKey.KeyName);
}

/// <summary>A staff key with its secret, in the one answer that shows it (creation or rotation).</summary>
public sealed record StaffKeySecretResponse(int Id, string Name, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? RotatedAt, string Key);

public static class StaffKeysApi
{
    /// <summary>Staff API key management under /api/staff/keys (admin; auditors may list).</summary>
    public static RouteGroupBuilder MapStaffKeysApi(this RouteGroupBuilder staff)
    {
        var keys = staff.MapGroup("/keys");
        keys.MapPost("/", Create).RequireRoles(AccessRules.Admins)
            .WithName("CreateStaffKey").WithSummary("Creates a staff key scoped to roles; the key is in this answer only (admin).");
        keys.MapGet("/", List).RequireAuthorization(AuthPolicies.AdminOrAuditor)
            .WithName("ListStaffKeys").WithSummary("Every staff key with its roles and dates, never a secret (admin, auditor).");
        keys.MapPost("/{id:int}/rotate", Rotate).RequireRoles(AccessRules.Admins)
            .WithName("RotateStaffKey").WithSummary("Replaces a key's secret, shown once; the previous secret stops working at once (admin).");
        keys.MapDelete("/{id:int}", Revoke).RequireRoles(AccessRules.Admins)
            .WithName("RevokeStaffKey").WithSummary("Revokes a key for good (admin). The bootstrap key is managed by configuration instead.");
        return staff;
    }

    internal static async Task<Results<Created<StaffKeySecretResponse>, ValidationProblem, ProblemHttpResult>> Create(
        StaffKeyRequest request, CityTokenDb db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = ApiKeyNames.Validate(request.Name, out var nameError);
        if (nameError is not null)
        {
            errors["name"] = [nameError];
        }
        if (request.Roles is not { Count: > 0 } || request.Roles.Any(r => r is null || !StaffRoles.All.Contains(r)))
        {
            errors["roles"] = [$"One or more of: {string.Join(", ", StaffRoles.All)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The staff key is not valid.");
        }
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, ct))
        {
            return TypedResults.Problem($"A key named '{name}' exists already (revoked keys keep their name).",
                statusCode: StatusCodes.Status409Conflict, title: "The key name is taken.");
        }
        var secret = ApiKey.Generate();
        var key = new ApiKey
        {
            Name = name!,
            Roles = request.Roles!.Distinct().Order(StringComparer.Ordinal).ToList(),
            KeyHash = ApiKey.Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        Audit(http, key, before: null);
        return TypedResults.Created($"/api/staff/keys/{key.Id}",
            new StaffKeySecretResponse(key.Id, key.Name, key.Roles, key.CreatedAt, key.RotatedAt, secret));
    }

    /// <summary>The key to rotate or revoke, or why not: unknown (404), or the bootstrap key, which configuration manages (409).</summary>
    private static async Task<(ApiKey? Key, ProblemHttpResult? Refusal)> FindManagedAsync(CityTokenDb db, int id, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        return key is null ? (null, NotFound(id))
            : key.Name == BootstrapAdminKey.KeyName ? (null, BootstrapManagedByConfiguration())
            : (key, null);
    }

    internal static async Task<Ok<List<StaffKeyResponse>>> List(CityTokenDb db, CancellationToken ct)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
        return TypedResults.Ok(keys.Select(StaffKeyResponse.Of).ToList());
    }

    internal static async Task<Results<Ok<StaffKeySecretResponse>, ProblemHttpResult>> Rotate(
        int id, CityTokenDb db, StaffKeyCache cache, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (key, refusal) = await FindManagedAsync(db, id, ct);
        if (key is null)
        {
            return refusal!;
        }
        if (key.RevokedAt is not null)
        {
            return TypedResults.Problem($"Key {id} was revoked at {key.RevokedAt:O}; create a new key instead.",
                statusCode: StatusCodes.Status409Conflict, title: "The key is revoked.");
        }
        var before = StaffKeyResponse.Of(key);
        var secret = ApiKey.Generate();
        key.KeyHash = ApiKey.Hash(secret);
        key.RotatedAt = time.GetUtcNow();
        key.SecurityStamp = ApiKey.NewSecurityStamp();
        await db.SaveChangesAsync(ct);
        cache.Forget();
        Audit(http, key, before);
        return TypedResults.Ok(new StaffKeySecretResponse(key.Id, key.Name, key.Roles, key.CreatedAt, key.RotatedAt, secret));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        int id, CityTokenDb db, StaffKeyCache cache, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (key, refusal) = await FindManagedAsync(db, id, ct);
        if (key is null)
        {
            return refusal!;
        }
        if (key.RevokedAt is null)
        {
            var before = StaffKeyResponse.Of(key);
            key.RevokedAt = time.GetUtcNow();
            key.SecurityStamp = ApiKey.NewSecurityStamp();
            await db.SaveChangesAsync(ct);
            cache.Forget();
            Audit(http, key, before);
        }
        return TypedResults.NoContent();
    }

    private static void Audit(HttpContext http, ApiKey key, StaffKeyResponse? before)
    {
        if (http.Features.Get<StaffAuditFeature>() is { } audit)
        {
            audit.TargetId = key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (before is not null)
            {
                audit.Before(before);
            }
            audit.After(StaffKeyResponse.Of(key));
        }
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"No staff key {id}.", statusCode: StatusCodes.Status404NotFound, title: "Staff key not found.");

    private static ProblemHttpResult BootstrapManagedByConfiguration() =>
        TypedResults.Problem("The bootstrap admin key follows Auth:AdminApiKey: change or unset that setting and restart to rotate or revoke it.",
            statusCode: StatusCodes.Status409Conflict, title: "The bootstrap key is managed by configuration.");
}
