using System.Text;
using Nethereum.Util;

namespace CityToken.Api.Funds;

/// <summary>
/// A payroll's Merkle tree, compatible with OpenZeppelin's <c>StandardMerkleTree</c> for leaf types
/// <c>["bytes32","uint256","bytes32"]</c> (worker, amount, salt): leaves are double-hashed, pairs hashed sorted, so
/// <c>MerkleProof.verify</c>, PublicFunds' <c>verifyWage</c> and <c>StandardMerkleTree.verify</c> accept its proofs.
/// </summary>
public sealed class PayrollTree
{
    private readonly List<byte[][]> _layers = [];

    public PayrollTree(IReadOnlyList<byte[]> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        if (leaves.Count == 0)
        {
            throw new ArgumentException("A payroll has at least one wage.", nameof(leaves));
        }
        var layer = leaves.ToArray();
        _layers.Add(layer);
        while (layer.Length > 1)
        {
            var next = new byte[(layer.Length + 1) / 2][];
            for (var i = 0; i < layer.Length; i += 2)
            {
                // An odd node out moves up unchanged.
                next[i / 2] = i + 1 < layer.Length ? Pair(layer[i], layer[i + 1]) : layer[i];
            }
            _layers.Add(next);
            layer = next;
        }
    }

    public byte[] Root => _layers[^1][0];

    /// <summary>Sibling hashes from leaf <paramref name="index"/> up to the root.</summary>
    public IReadOnlyList<string> Proof(int index)
    {
        var proof = new List<string>();
        for (var level = 0; level < _layers.Count - 1; level++)
        {
            var sibling = index ^ 1;
            if (sibling < _layers[level].Length)
            {
                proof.Add(Hex.Of(_layers[level][sibling]));
            }
            index /= 2;
        }
        return proof;
    }

    /// <summary>The leaf of (worker, amount, salt): keccak256(keccak256(abi.encode(worker, amount, salt))).</summary>
    public static byte[] Leaf(byte[] worker, BigInteger amount, byte[] salt)
    {
        var encoded = new byte[96];
        worker.CopyTo(encoded, 0);
        var word = amount.ToByteArray(isUnsigned: true, isBigEndian: true);
        word.CopyTo(encoded, 64 - word.Length);
        salt.CopyTo(encoded, 64);
        return Keccak(Keccak(encoded));
    }

    /// <summary>A worker's reference: keccak256 of their id (the salt, not this, keeps the id from being guessed).</summary>
    public static byte[] WorkerRef(string workerId) => Keccak(Encoding.UTF8.GetBytes(workerId));

    private static byte[] Pair(byte[] a, byte[] b) =>
        Keccak([.. Compare(a, b) <= 0 ? a : b, .. Compare(a, b) <= 0 ? b : a]);

    private static int Compare(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);

    private static byte[] Keccak(byte[] data) => Sha3Keccack.Current.CalculateHash(data);
}
