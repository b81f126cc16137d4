using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Funds;

/// <summary>
/// A payroll being proposed: each wage gets a random salt (so a worker's id and wage cannot be guessed from the public
/// root) and a random receipt code (stored only as its SHA-256) with which the worker finds it.
/// </summary>
public sealed class PayrollDraft
{
    private readonly List<(string Worker, BigInteger Amount, byte[] WorkerRef, byte[] Salt)> _wages;

    public PayrollDraft(IReadOnlyList<(string Worker, BigInteger Amount)> wages)
    {
        ArgumentNullException.ThrowIfNull(wages);
        _wages = wages.Select(w => (w.Worker, w.Amount, PayrollTree.WorkerRef(w.Worker), RandomNumberGenerator.GetBytes(32))).ToList();
        Tree = new PayrollTree(_wages.Select(w => PayrollTree.Leaf(w.WorkerRef, w.Amount, w.Salt)).ToList());
        Total = _wages.Aggregate(BigInteger.Zero, (sum, w) => sum + w.Amount);
    }

    public IReadOnlyList<(string Worker, BigInteger Amount)> Wages => _wages.Select(w => (w.Worker, w.Amount)).ToList();

    public PayrollTree Tree { get; }

    public BigInteger Total { get; }

    /// <summary>Adds the wages to <paramref name="db"/> (saved with the request) and returns the receipt codes, shown once.</summary>
    public IReadOnlyList<FundsWageReceipt> Stage(CityTokenDb db, Guid requestId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var root = Hex.Of(Tree.Root);
        var receipts = new List<FundsWageReceipt>();
        for (var i = 0; i < _wages.Count; i++)
        {
            var code = NewCode();
            db.Add(new FundsWage
            {
                RequestId = requestId, LeafIndex = i, ReceiptHash = HashCode(code), Worker = Hex.Of(_wages[i].WorkerRef),
                Amount = Uint256.Format(_wages[i].Amount), Salt = Hex.Of(_wages[i].Salt), Root = root,
            });
            receipts.Add(new FundsWageReceipt(_wages[i].Worker, Uint256.Format(_wages[i].Amount), code));
        }
        return receipts;
    }

    /// <summary>The stored form of a receipt code (codes are 96-bit random: a plain SHA-256 is enough).</summary>
    public static string HashCode(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    /// <summary>A receipt code such as "W-7K3Q-…": 96 random bits in Crockford-like base32, easy to read out.</summary>
    private static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var bytes = RandomNumberGenerator.GetBytes(12);
        var bits = new BigInteger(bytes, isUnsigned: true);
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[(int)(bits % 32)];
            bits /= 32;
        }
        return "W-" + string.Join('-', Enumerable.Range(0, 5).Select(g => new string(chars, g * 4, 4)));
    }
}
