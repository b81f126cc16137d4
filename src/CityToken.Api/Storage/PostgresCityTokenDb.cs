using Microsoft.EntityFrameworkCore.Design;

namespace CityToken.Api.Storage;

/// <summary>
/// <see cref="CityTokenDb"/> on PostgreSQL. A type of its own only so that EF Core keeps its migrations
/// (Storage/Migrations/PostgreSQL) apart from SQLite's: a migration belongs to exactly one context type.
/// Everything else injects <see cref="CityTokenDb"/>.
/// </summary>
public sealed class PostgresCityTokenDb(DbContextOptions<PostgresCityTokenDb> options) : CityTokenDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The few times kept with their offset (a reporter's local time, a program's window as written): timestamptz
        // keeps only the instant, so they are text here as in SQLite, in SQLite's own format.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(string) || property.GetValueConverter()?.ProviderClrType == typeof(string))
            {
                // Byte order, as SQLite compares text: the same sort and equality on both providers, whatever the
                // database's locale, and the cheapest comparison for the hex addresses and hashes most indexes hold.
                property.SetCollation("C");
            }
            if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(DateTimeOffset) && property.GetValueConverter() is null)
            {
                property.SetValueConverter(new DateTimeOffsetTextConverter());
                property.SetMaxLength(40);
            }
        }
    }
}

/// <summary>A <see cref="DateTimeOffset"/> as ISO 8601 text with its offset, the way EF Core's SQLite provider writes one.</summary>
internal sealed class DateTimeOffsetTextConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, string>(
    v => v.ToString(Format, CultureInfo.InvariantCulture),
    s => DateTimeOffset.ParseExact(s, Format, CultureInfo.InvariantCulture))
{
    private const string Format = "yyyy'-'MM'-'dd HH':'mm':'ss.FFFFFFFzzz";
}

/// <summary>
/// For <c>dotnet ef migrations add X --context PostgresCityTokenDb --output-dir Storage/Migrations/PostgreSQL</c>:
/// adding a migration needs the provider, not a server.
/// </summary>
public sealed class PostgresCityTokenDbDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCityTokenDb>
{
    public PostgresCityTokenDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCityTokenDb>().UseCityTokenPostgres("Host=127.0.0.1;Database=design_time").Options);
}
