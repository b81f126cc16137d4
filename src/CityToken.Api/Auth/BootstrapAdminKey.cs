namespace CityToken.Api.Auth;

/// <summary>Stores the hash of the configured bootstrap admin key, replacing an earlier one.</summary>
public static class BootstrapAdminKey
{
    public const string KeyName = "bootstrap-admin";

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var key = services.GetRequiredService<IOptions<AuthOptions>>().Value.AdminApiKey;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var existing = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == KeyName, cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (string.IsNullOrEmpty(key))
        {
            if (existing is { RevokedAt: null })
            {
                existing.RevokedAt = now;
                existing.SecurityStamp = ApiKey.NewSecurityStamp();
            }
        }
        else if (existing is null)
        {
            db.ApiKeys.Add(new ApiKey { Name = KeyName, Roles = [StaffRoles.Admin], KeyHash = ApiKey.Hash(key), CreatedAt = now });
        }
        else if (existing.KeyHash != ApiKey.Hash(key) || existing.RevokedAt is not null)
        {
            existing.KeyHash = ApiKey.Hash(key);
            existing.CreatedAt = now;
            existing.RevokedAt = null;
            existing.SecurityStamp = ApiKey.NewSecurityStamp();
        }
        if (existing is not null && !existing.Roles.SequenceEqual([StaffRoles.Admin]))
        {
            existing.Roles = [StaffRoles.Admin];
            existing.SecurityStamp = ApiKey.NewSecurityStamp();
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
