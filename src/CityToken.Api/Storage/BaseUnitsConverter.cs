using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CityToken.Api.Storage;

/// <summary>
/// How every <see cref="BigInteger"/> token amount is stored: a decimal string of base units (exact in every database,
/// where a 256-bit integer fits no numeric column), set once for the whole model by <see cref="CityTokenDb"/>'s conventions.
/// </summary>
public sealed class BaseUnitsConverter() : ValueConverter<BigInteger, string>(
    v => v.ToString(CultureInfo.InvariantCulture),
    s => BigInteger.Parse(s, CultureInfo.InvariantCulture))
{
    /// <summary>The longest amount stored: a uint256 has 78 decimal digits.</summary>
    public const int MaxLength = 80;
}
