using Nethereum.Util;

namespace CityToken.Api.Anchoring;

/// <summary>
/// OpenZeppelin's <c>StandardMerkleTree</c> with leaf encoding <c>["bytes32"]</c>, as @openzeppelin/merkle-tree 1.0.8
/// builds it, so its <c>verify</c>, Solidity's <c>MerkleProof.verify</c> and RecordAnchor's <c>verify</c> accept the
/// proofs: leaf = keccak256(keccak256(abi.encode(hash))), leaves sorted ascending, the tree stored as an array whose
/// last leaf-level slots hold the leaves in reverse order (node i's children are 2i+1 and 2i+2), each inner node the
/// keccak256 of its two children sorted.
/// </summary>
public sealed class MerkleTree
{
    private readonly byte[][] _nodes;
    private readonly Dictionary<string, int> _leafIndex = new(StringComparer.Ordinal);

    private MerkleTree(byte[][] nodes, IEnumerable<(string Hash, int Index)> leaves)
    {
        _nodes = nodes;
        foreach (var (hash, index) in leaves)
        {
            _leafIndex[hash] = index;
        }
    }

    /// <summary>The root, 0x hex.</summary>
    public string Root => Hex.Of(_nodes[0]);

    public int Count => _leafIndex.Count;

    /// <summary>The tree of distinct 32-byte record hashes (0x hex); at least one.</summary>
    public static MerkleTree Of(IReadOnlyCollection<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        if (hashes.Count == 0)
        {
            throw new ArgumentException("A tree needs at least one record.", nameof(hashes));
        }
        var leaves = hashes.Select(h => (Hash: h.ToLowerInvariant(), Leaf: LeafOf(Hex.Bytes(h)))).ToList();
        leaves.Sort((a, b) => Compare(a.Leaf, b.Leaf));
        var nodes = new byte[2 * leaves.Count - 1][];
        var positions = new List<(string, int)>(leaves.Count);
        for (var i = 0; i < leaves.Count; i++)
        {
            var index = nodes.Length - 1 - i;
            nodes[index] = leaves[i].Leaf;
            positions.Add((leaves[i].Hash, index));
        }
        for (var i = nodes.Length - 1 - leaves.Count; i >= 0; i--)
        {
            nodes[i] = HashPair(nodes[2 * i + 1], nodes[2 * i + 2]);
        }
        return new MerkleTree(nodes, positions);
    }

    /// <summary>The proof of <paramref name="hash"/> (sibling nodes bottom-up, 0x hex), or null when it is not a leaf.</summary>
    public IReadOnlyList<string>? ProofOf(string hash)
    {
        if (!_leafIndex.TryGetValue(hash.ToLowerInvariant(), out var index))
        {
            return null;
        }
        var proof = new List<string>();
        while (index > 0)
        {
            var sibling = index % 2 == 1 ? index + 1 : index - 1;
            proof.Add(Hex.Of(_nodes[sibling]));
            index = (index - 1) / 2;
        }
        return proof;
    }

    /// <summary>Whether <paramref name="proof"/> leads from <paramref name="hash"/>'s leaf to <paramref name="root"/> (MerkleProof.verify).</summary>
    public static bool Verify(string root, string hash, IEnumerable<string> proof)
    {
        var node = LeafOf(Hex.Bytes(hash));
        foreach (var sibling in proof)
        {
            node = HashPair(node, Hex.Bytes(sibling));
        }
        return string.Equals(Hex.Of(node), root, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The leaf of a record hash: keccak256(bytes.concat(keccak256(abi.encode(hash)))); abi.encode of a bytes32 is the word itself.</summary>
    public static byte[] LeafOf(byte[] hash)
    {
        if (hash.Length != 32)
        {
            throw new ArgumentException("A record hash has 32 bytes.", nameof(hash));
        }
        return Sha3Keccack.Current.CalculateHash(Sha3Keccack.Current.CalculateHash(hash));
    }

    private static byte[] HashPair(byte[] a, byte[] b) =>
        Sha3Keccack.Current.CalculateHash(Compare(a, b) <= 0 ? [.. a, .. b] : [.. b, .. a]);

    private static int Compare(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);
}
