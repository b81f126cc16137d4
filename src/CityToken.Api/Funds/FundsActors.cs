using System.Text;
using Nethereum.Util;

namespace CityToken.Api.Funds;

/// <summary>
/// Staff members as PublicFunds actors: a staff key's on-chain reference is keccak256("citytoken-staff:" + key id), which
/// the contract accepts from the service (relayer) and which can never equal an account's left-padded address.
/// </summary>
public static class FundsActors
{
    /// <summary>The reference of staff key <paramref name="staffKeyId"/>, 0x + 64 hex digits.</summary>
    public static string Of(int staffKeyId) =>
        Hex.Of(Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes($"citytoken-staff:{staffKeyId.ToString(CultureInfo.InvariantCulture)}")));

    /// <summary>Names of the staff keys behind <paramref name="actors"/> (accounts get none: the page shows their address).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        // Staff keys are few (people, not residents): one read, hashed here, beats a stored mapping to keep in step.
        var keys = await db.ApiKeys.AsNoTracking().Select(k => new { k.Id, k.Name }).ToListAsync(cancellationToken);
        return keys.ToDictionary(k => Of(k.Id), k => k.Name, StringComparer.Ordinal);
    }

    /// <summary>An actor as shown: the staff key's name, or the account address for a direct caller.</summary>
    public static FundsActorView View(string? actor, IReadOnlyDictionary<string, string> names)
    {
        if (actor is null)
        {
            return new FundsActorView("", null, null);
        }
        if (names.TryGetValue(actor, out var name))
        {
            return new FundsActorView(actor, name, null);
        }
        // A left-padded account: twelve zero bytes, then the address.
        return actor.StartsWith("0x000000000000000000000000", StringComparison.Ordinal)
            ? new FundsActorView(actor, null, "0x" + actor[26..])
            : new FundsActorView(actor, null, null);
    }
}

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
