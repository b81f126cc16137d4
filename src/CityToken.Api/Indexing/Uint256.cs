using System.Globalization;
using System.Numerics;

namespace CityToken.Api.Indexing;

/// <summary>
/// uint256 amounts are stored as base-10 strings (TEXT on SQLite, text/varchar on PostgreSQL): exact, portable,
/// and readable. Arithmetic happens in <see cref="BigInteger"/>; sums over many rows happen in C#.
/// </summary>
public static class Uint256
{
    public static string Format(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    public static BigInteger Parse(string value) => BigInteger.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string Add(string a, BigInteger delta) => Format(Parse(a) + delta);
}

/// <summary>Hex helpers for values stored as lower-case 0x strings.</summary>
public static class Hex
{
    public const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    public static string Of(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    public static string Address(string address) => address.ToLowerInvariant();
}
