namespace CityToken.Api.Ethereum;

/// <summary>Hex helpers for values stored as lower-case 0x strings.</summary>
public static class Hex
{
    public const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    public static string Of(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    public static string Address(string address) => Lower(address);

    /// <summary>
    /// Lower-case hex: the same string when it has no upper-case letter (what nodes send), checked with one vectorized
    /// scan instead of <see cref="string.ToLowerInvariant()"/>'s character loop (three calls per indexed log).
    /// </summary>
    public static string Lower(string hex) => hex.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 ? hex : hex.ToLowerInvariant();

    /// <summary>
    /// Bytes of a hex string with or without "0x" ("0x" alone: none), with the runtime's vectorized decoder: the indexer
    /// calls it four times per log. Elsewhere the service uses Nethereum's <c>HexToByteArray</c> for one-off values.
    /// </summary>
    public static byte[] Bytes(string hex) => Convert.FromHexString(Digits(hex));

    /// <summary>Hex strings of 32 bytes each (log topics, as Nethereum's <c>object[]</c>), concatenated into one array.</summary>
    public static byte[] Words(IReadOnlyList<object?>? words)
    {
        if (words is null)
        {
            return [];
        }
        var bytes = new byte[32 * words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var digits = Digits(words[i] as string ?? "");
            if (digits.Length != 64 || Convert.FromHexString(digits, bytes.AsSpan(32 * i, 32), out _, out _) != System.Buffers.OperationStatus.Done)
            {
                throw new FormatException($"Not a 32-byte hex word: {words[i]}");
            }
        }
        return bytes;
    }

    private static ReadOnlySpan<char> Digits(string hex) =>
        hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex.AsSpan(2) : hex.AsSpan();
}
