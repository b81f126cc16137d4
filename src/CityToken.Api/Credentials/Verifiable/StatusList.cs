using System.IO.Compression;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// W3C Bitstring Status List: each on-chain credential has the stable position <c>credentialId</c> —
/// list <c>id / 131072</c>, index <c>id % 131072</c> — and the bit there is set once the credential is revoked on chain.
/// <c>encodedList</c> is the bitstring GZIP-compressed, base64url without padding, with the multibase prefix <c>u</c>;
/// index 0 is the most significant bit of the first byte.
/// </summary>
public static class StatusList
{
    /// <summary>Entries per list: the specification's minimum of 16 KB, so a list tells nothing about who is in it.</summary>
    public const int Size = 131_072;

    /// <summary>
    /// The largest list number served (lists past the highest credential id answer all zeros); one below the last whole
    /// list of long ids, so that a list's first id plus <see cref="Size"/> never overflows.
    /// </summary>
    public const long MaxList = long.MaxValue / Size - 1;

    public static (long List, int Index) PositionOf(long credentialId) => (credentialId / Size, (int)(credentialId % Size));

    public static long CredentialIdAt(long list, int index) => list * Size + index;

    /// <summary>The encoded list with the bits of <paramref name="revokedIndexes"/> set.</summary>
    public static string Encode(IEnumerable<int> revokedIndexes)
    {
        var bits = new byte[Size / 8];
        foreach (var index in revokedIndexes)
        {
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bits);
        }
        return "u" + CompactJwt.Encode(compressed.ToArray());
    }

    /// <summary>Whether the bit at <paramref name="index"/> of an encoded list is set; null when the list is not decodable or shorter.</summary>
    public static bool? IsSet(string encodedList, int index)
    {
        if (!encodedList.StartsWith('u') || !CompactJwt.TryDecode(encodedList[1..], out var compressed) || index is < 0)
        {
            return null;
        }
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var bits = new MemoryStream();
            gzip.CopyTo(bits);
            var bytes = bits.ToArray();
            return index / 8 < bytes.Length ? (bytes[index / 8] & (0x80 >> (index % 8))) != 0 : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
