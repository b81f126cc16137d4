using System.Collections.Concurrent;

namespace CityToken.Api.Auth;

/// <summary>
/// Active staff keys by hash, remembered for <see cref="AuthOptions.KeyCacheSeconds"/> so a busy reporter or device
/// gateway (thousands of posts a second) does not cost a database query per request. Rotating or revoking a key
/// through this service forgets everything at once; another instance sharing the database sees such a change
/// within the cache time. Only keys found active are remembered, so unknown keys never fill it.
/// </summary>
public sealed class StaffKeyCache(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (ApiKey Key, DateTimeOffset Until)> _active = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The active key for a presented secret, or null.</summary>
    public async Task<ApiKey?> FindActiveAsync(CityTokenDb db, string presentedKey, CancellationToken cancellationToken)
    {
        var hash = ApiKey.Hash(presentedKey);
        var now = time.GetUtcNow();
        if (_active.TryGetValue(hash, out var remembered) && remembered.Until > now)
        {
            return remembered.Key;
        }
        var generation = Interlocked.Read(ref _generation);
        var key = await StaffKeyLookup.FindActiveByHashAsync(db, hash, cancellationToken);
        // A lookup that overlapped a Forget may have read the key before it was revoked: not remembered.
        if (key is null || options.Value.KeyCacheSeconds == 0 || Interlocked.Read(ref _generation) != generation)
        {
            _active.TryRemove(hash, out _);
            return key;
        }
        _active[hash] = (key, now.AddSeconds(options.Value.KeyCacheSeconds));
        return key;
    }

    /// <summary>Forgets every remembered key (after a rotation or revocation).</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _active.Clear();
    }
}
