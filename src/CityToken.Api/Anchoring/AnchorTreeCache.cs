using System.Collections.Concurrent;

namespace CityToken.Api.Anchoring;

/// <summary>
/// The trees proofs were recently read from, by root: a tree of 100,000 records costs ~200,000 keccak256 to rebuild, and
/// GET /api/anchors/{hash} is public. A root names its records exactly (a tree never changes once formed), so a cached
/// tree cannot go stale.
/// </summary>
public sealed class AnchorTreeCache
{
    private const int Capacity = 16;
    private readonly ConcurrentDictionary<string, MerkleTree> _trees = new(StringComparer.Ordinal);

    /// <summary>The tree of <paramref name="root"/>, built from <paramref name="load"/>'s hashes when not cached.</summary>
    public async Task<MerkleTree> GetAsync(string root, Func<Task<List<string>>> load)
    {
        if (_trees.TryGetValue(root, out var known))
        {
            return known;
        }
        var tree = MerkleTree.Of(await load());
        if (_trees.Count >= Capacity)
        {
            // Any one out: the set is small and readers mostly ask about the latest trees.
            foreach (var key in _trees.Keys.Take(_trees.Count - Capacity + 1))
            {
                _trees.TryRemove(key, out _);
            }
        }
        _trees[root] = tree;
        return tree;
    }
}
