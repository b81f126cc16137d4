using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CityToken.Api.Storage;

/// <summary>
/// How every <see cref="DateTimeOffset"/> is stored: UTC ticks in an integer column, set once for the whole model by
/// <see cref="CityTokenDb"/>'s conventions. SQLite cannot compare or order the text form EF would otherwise write, and
/// one form for every table means one way to read a time in SQL (and one mapping when PostgreSQL comes).
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
