namespace CityToken.Api.Auth;

/// <summary>
/// Rules for the names of staff and merchant keys (one namespace: both are rows of ApiKeys). A key name is what the
/// audit trail and the action records show as the actor, so no created key may pass for one the service manages.
/// </summary>
public static class ApiKeyNames
{
    public const int MaxLength = 100;

    /// <summary>
    /// Names the service records as actors itself, refused whatever their case: a key created as "Bootstrap-Admin"
    /// would read as the bootstrap key in the audit, and one named "bootstrap-admin" before Auth:AdminApiKey is set
    /// would be taken over (and made admin) when it is; "seed" is the demo programs' author, "unknown" a nameless actor.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        BootstrapAdminKey.KeyName, Rewards.DemoPrograms.Actor, "unknown",
    };

    /// <summary>Prefixes of actor names the service makes: "device:{id}" reports a device's actions.</summary>
    public static readonly IReadOnlyList<string> ReservedPrefixes = ["device:"];

    /// <summary>The trimmed name, or null with the reason it cannot be a new key's name.</summary>
    public static string? Validate(string? requested, out string? error)
    {
        var name = requested?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name.Any(char.IsControl))
        {
            error = $"Required: 1 to {MaxLength} printable characters.";
            return null;
        }
        if (Reserved.Contains(name) || ReservedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            error = $"'{name}' is reserved for an actor the service names itself ({string.Join(", ", Reserved)} and names beginning with "
                + $"{string.Join(", ", ReservedPrefixes)}, in any case).";
            return null;
        }
        error = null;
        return name;
    }
}
