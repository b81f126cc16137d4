using System.Net;
using System.Net.Http.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CityToken.Tests.Auth;

public sealed class StaffApiTests
{
    [Test]
    public async Task ConfiguredAdminKeyAuthenticatesAndIsStoredOnlyAsAHash()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);

        var me = await client.GetFromJsonAsync<StaffMeResponse>("/api/staff/me");

        Assert.That(me!.Name, Is.EqualTo(BootstrapAdminKey.KeyName));
        Assert.That(me.Roles, Is.EqualTo(new[] { StaffRoles.Admin }));
        var stored = File.ReadAllBytes(Path.Combine(service.DataDirectory, "citytoken.db"));
        Assert.That(System.Text.Encoding.UTF8.GetString(stored), Does.Not.Contain(ServiceFactory.AdminKey));
        using var connection = new SqliteConnection($"Data Source={Path.Combine(service.DataDirectory, "citytoken.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT KeyHash FROM ApiKeys WHERE Name = 'bootstrap-admin'";
        Assert.That(command.ExecuteScalar(), Is.EqualTo(ApiKey.Hash(ServiceFactory.AdminKey)));
    }

    [TestCase(null)]
    [TestCase("wrong-key-0123456789abcdefghijkl")]
    public async Task MissingOrWrongKeyIsA401Problem(string? key)
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        }

        using var response = await client.GetAsync("/api/staff/me");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ChangingTheConfiguredKeyRevokesTheOldOne()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        await using (var before = ServiceFactory.For(SharedChain.Node, data))
        {
            using var client = before.CreateClient();
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
            using var ok = await client.GetAsync("/api/staff/me");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await using var after = ServiceFactory.For(SharedChain.Node, data);
        after.Settings["Auth:AdminApiKey"] = "rotated-admin-key-0123456789abcdef";
        using var rotated = after.CreateClient();
        rotated.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
        using var old = await rotated.GetAsync("/api/staff/me");
        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
