using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Redemptions;

/// <summary>
/// Voucher codes: 160 random bits in Crockford base32 (no I, L, O, U; read aloud or typed without confusion),
/// 32 characters shown in groups of four: <c>7KQ2-M9XD-…</c>. Parsing forgives case, dashes, spaces and the
/// look-alikes O→0, I/L→1.
/// </summary>
public static class VoucherCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomBytes = 20;
    public const int Length = RandomBytes * 8 / 5;

    public static string Generate()
    {
        var bytes = RandomNumberGenerator.GetBytes(RandomBytes);
        var text = new StringBuilder(Length + Length / 4);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                if (text.Length > 0 && (text.Length + 1) % 5 == 0)
                {
                    text.Append('-');
                }
                text.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }
        return text.ToString();
    }

    /// <summary>The canonical form (32 upper-case characters, no dashes), or null when it cannot be a code.</summary>
    public static string? Canonical(string? input)
    {
        if (input is null || input.Length > 64)
        {
            return null;
        }
        var canonical = new StringBuilder(Length);
        foreach (var c in input.ToUpperInvariant())
        {
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (mapped is '-' or ' ')
            {
                continue;
            }
            if (!Alphabet.Contains(mapped))
            {
                return null;
            }
            canonical.Append(mapped);
        }
        return canonical.Length == Length ? canonical.ToString() : null;
    }

    /// <summary>What is stored to find a code: SHA-256 of its canonical form, lower-case hex.</summary>
    public static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(canonical)));
}
