using Npgsql;

namespace CityToken.Api.Storage;

/// <summary>
/// ConnectionStrings:CityToken for PostgreSQL, in Npgsql's <c>Host=…;Database=…</c> form or as a URL
/// (<c>postgres://user:password@host:port/database?sslmode=require</c>, what hosting platforms and
/// CITYTOKEN_DATABASE_URL give).
/// </summary>
public static class PostgresConnectionString
{
    public static string Normalize(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }
        var url = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, _, raw) = pair.Partition('=');
            builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(raw);
        }
        return builder.ConnectionString;
    }

    private static (string Key, bool Found, string Value) Partition(this string pair, char separator)
    {
        var at = pair.IndexOf(separator);
        return at < 0 ? (pair, false, "") : (pair[..at], true, pair[(at + 1)..]);
    }
}
