using System.Collections.Frozen;

namespace CityToken.Api.Rewards;

/// <summary>
/// Addresses no reward may go to: the zero address (the token refuses to mint to it, and one such recipient would
/// revert a whole batch) and the city's own contracts from the deployment manifest (tokens minted to a contract are
/// lost to residents and to the program's budget).
/// </summary>
public sealed class ReservedRecipients(DeploymentManifestStore manifests)
{
    public const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    private volatile Cache? _cached;

    /// <summary>The reserved addresses now (re-read when the manifest changes); look one up with <see cref="Snapshot.RefusalOf"/>.</summary>
    public Snapshot Current()
    {
        DeploymentManifest manifest;
        try
        {
            manifest = manifests.Current;
        }
        catch (DeploymentManifestException)
        {
            return Snapshot.ZeroOnly; // no deployment yet: the contracts are unknown (and nothing can be minted either)
        }
        if (_cached is { } cached && ReferenceEquals(cached.Manifest, manifest))
        {
            return cached.Set;
        }
        var set = new Snapshot(manifest.Contracts.DistinctBy(c => c.Value.Address, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(c => c.Value.Address, c => c.Key, StringComparer.OrdinalIgnoreCase));
        _cached = new Cache(manifest, set);
        return set;
    }

    private sealed record Cache(DeploymentManifest Manifest, Snapshot Set);

    /// <summary>One snapshot of the reserved addresses.</summary>
    public sealed class Snapshot(FrozenDictionary<string, string> contracts)
    {
        internal static readonly Snapshot ZeroOnly = new(FrozenDictionary<string, string>.Empty);

        /// <summary>Why <paramref name="address"/> (any case) cannot receive rewards, or null when it can.</summary>
        public string? RefusalOf(string address)
        {
            if (string.Equals(address, ZeroAddress, StringComparison.OrdinalIgnoreCase))
            {
                return "The zero address cannot receive rewards.";
            }
            return contracts.TryGetValue(address, out var name) ? $"{address} is the city's {name} contract, not a resident." : null;
        }
    }
}
