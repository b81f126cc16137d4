namespace CityToken.Api.Ethereum;

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
