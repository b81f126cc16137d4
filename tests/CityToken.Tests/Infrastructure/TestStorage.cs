using System.Security.Cryptography;
using System.Text;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// Which database the service under test uses. SQLite unless CITYTOKEN_TEST_STORAGE=PostgreSQL, then a database of its
/// own on the server in CITYTOKEN_TEST_POSTGRES (the throwaway cluster ./scripts/test.sh starts) for each data folder:
/// a host restarted on the same folder finds the same database, as it finds the same SQLite file.
/// </summary>
internal static class TestStorage
{
    /// <summary>The server's connection string (any database on it), or null when no server was given.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("CITYTOKEN_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>True when the storage-dependent suites run against PostgreSQL in this run.</summary>
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("CITYTOKEN_TEST_STORAGE"), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The settings that point a service at the database for <paramref name="dataDirectory"/> (none on SQLite).</summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string dataDirectory) =>
        IsPostgres ? PostgresSettingsFor(dataDirectory) : new Dictionary<string, string>();

    /// <summary>The settings for a PostgreSQL database of <paramref name="dataDirectory"/>'s own, created when missing.</summary>
    public static IReadOnlyDictionary<string, string> PostgresSettingsFor(string dataDirectory) => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:CityToken"] = PostgresDatabaseFor(dataDirectory),
    };

    /// <summary>
    /// A context on the database a service on <paramref name="dataDirectory"/> uses (its SQLite file, or its PostgreSQL
    /// database in the PostgreSQL run), for tests that look at what the service stored.
    /// </summary>
    public static CityTokenDb OpenDatabaseOf(string dataDirectory)
    {
        if (IsPostgres)
        {
            return new PostgresCityTokenDb(new DbContextOptionsBuilder<PostgresCityTokenDb>()
                .UseCityTokenPostgres(PostgresDatabaseFor(dataDirectory)).Options);
        }
        return new CityTokenDb(new DbContextOptionsBuilder<CityTokenDb>()
            .UseCityTokenSqlite($"Data Source={Path.Combine(dataDirectory, "citytoken.db")}").Options);
    }

    /// <summary>Connection string of the database for <paramref name="dataDirectory"/> (named by a hash of the folder).</summary>
    public static string PostgresDatabaseFor(string dataDirectory)
    {
        var server = PostgresServer ?? throw new InvalidOperationException("CITYTOKEN_TEST_POSTGRES is not set: ./scripts/test.sh starts a PostgreSQL cluster and sets it.");
        var name = "ct_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..24];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.AddWithValue(name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                create.ExecuteNonQuery();
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
