using CityToken.Api.Storage;
using Npgsql;

namespace CityToken.Tests.Storage;

public sealed class PostgresConnectionStringTests
{
    [Test]
    public void AUrlBecomesNpgsqlsFormWithItsEscapedPartsAndOptions()
    {
        var normalized = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.Normalize("postgres://city%40hall:p%3Ass%2Fword@db.example:6543/city_token?sslmode=require&Timeout=7"));

        Assert.Multiple(() =>
        {
            Assert.That(normalized.Host, Is.EqualTo("db.example"));
            Assert.That(normalized.Port, Is.EqualTo(6543));
            Assert.That(normalized.Database, Is.EqualTo("city_token"));
            Assert.That(normalized.Username, Is.EqualTo("city@hall"));
            Assert.That(normalized.Password, Is.EqualTo("p:ss/word"));
            Assert.That(normalized.SslMode, Is.EqualTo(SslMode.Require));
            Assert.That(normalized.Timeout, Is.EqualTo(7));
        });
    }

    [Test]
    public void APostgresqlUrlWithoutPortOrPasswordTakesTheDefaults()
    {
        var normalized = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("postgresql://city@localhost/ct"));

        Assert.That((normalized.Host, normalized.Port, normalized.Username, normalized.Password, normalized.Database),
            Is.EqualTo(("localhost", 5432, "city", (string?)null, "ct")));
    }

    [Test]
    public void NpgsqlsOwnFormIsKeptAndAnUnknownKeyIsRefused()
    {
        Assert.That(new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=127.0.0.1;Port=5433;Database=ct")).Port, Is.EqualTo(5433));
        Assert.Throws<ArgumentException>(() => PostgresConnectionString.Normalize("Host=127.0.0.1;Colour=blue"));
    }
}
