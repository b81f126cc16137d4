using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CityToken.Tests.Auth;

public sealed class StaffKeysApiTests
{
    private AuthHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private string DatabasePath => Path.Combine(_host.Service.DataDirectory, "citytoken.db");

    [Test]
    public async Task AKeyScopedToSeveralRolesActsInEachAndIsStoredOnlyAsAHash()
    {
        var (id, key) = await _host.CreateKeyAsync("desk-7", StaffRoles.Registrar, StaffRoles.Auditor);

        using var staff = _host.Staff(key);
        var me = await staff.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.That(me.GetProperty("kind").GetString(), Is.EqualTo("staff"));
        Assert.That(me.GetProperty("keyId").GetInt32(), Is.EqualTo(id));
        Assert.That(me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EquivalentTo(Strings.Of("registrar", "auditor")));
        using var auditorRead = await staff.GetAsync("/api/audit");
        Assert.That(auditorRead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var adminWrite = await staff.PostAsJsonAsync("/api/staff/keys", new { name = "x", roles = Strings.Of("admin") });
        await ProblemAssert.IsProblemAsync(adminWrite, HttpStatusCode.Forbidden);

        Assert.That(await StoredAsync($"SELECT KeyHash FROM ApiKeys WHERE Id = {id}"), Is.EqualTo(ApiKey.Hash(key)));
        Assert.That(File.ReadAllText(DatabasePath + "-wal", System.Text.Encoding.Latin1) + File.ReadAllText(DatabasePath, System.Text.Encoding.Latin1),
            Does.Not.Contain(key));
    }

    [Test]
    public async Task ListingShowsRolesAndDatesButNeverASecret()
    {
        var (id, key) = await _host.CreateKeyAsync("reporting-bot", StaffRoles.Reporter);
        var (_, auditorKey) = await _host.CreateKeyAsync("city-auditor-1", StaffRoles.Auditor);

        using var auditor = _host.Staff(auditorKey);
        using var response = await auditor.GetAsync("/api/staff/keys");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(text, Does.Not.Contain(key).And.Not.Contain(ApiKey.Hash(key)).And.Not.Contain(ServiceFactory.AdminKey));
        var keys = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var listed = keys.Single(k => k.GetProperty("id").GetInt32() == id);
        Assert.That(listed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(Strings.Of("reporter")));
        Assert.That(listed.TryGetProperty("key", out _), Is.False);
        Assert.That(keys.Single(k => k.GetProperty("name").GetString() == BootstrapAdminKey.KeyName).GetProperty("bootstrap").GetBoolean(), Is.True);
    }

    [Test]
    public async Task RotationShowsANewSecretOnceAndTheOldOneStopsWorking()
    {
        var (id, oldKey) = await _host.CreateKeyAsync("rotating-desk", StaffRoles.Registrar);
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var withOld = _host.Staff(oldKey);
        using (var before = await withOld.GetAsync("/api/staff/me"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the key works (and is now remembered by the key cache)");
        }

        using var rotated = await admin.PostAsync($"/api/staff/keys/{id}/rotate", null);
        Assert.That(rotated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await rotated.Content.ReadAsStringAsync());
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        using var withNew = _host.Staff(newKey);
        using var oldAnswer = await withOld.GetAsync("/api/staff/me");
        using var newAnswer = await withNew.GetAsync("/api/staff/me");
        var problem = await ProblemAssert.IsProblemAsync(oldAnswer, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("unknown, rotated or revoked"));
        Assert.That(newAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(newKey, Is.Not.EqualTo(oldKey));
    }

    [Test]
    public async Task RevocationStopsTheKeyAndIsIdempotent()
    {
        var (id, key) = await _host.CreateKeyAsync("leaving-clerk", StaffRoles.Registrar);
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var revoked = _host.Staff(key);
        using (var before = await revoked.GetAsync("/api/staff/me"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the key works (and is now remembered by the key cache)");
        }

        using var first = await admin.DeleteAsync($"/api/staff/keys/{id}");
        using var again = await admin.DeleteAsync($"/api/staff/keys/{id}");
        using var rotateRevoked = await admin.PostAsync($"/api/staff/keys/{id}/rotate", null);
        using var answer = await revoked.GetAsync("/api/staff/me");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAssert.IsProblemAsync(rotateRevoked, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(answer, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task TheBootstrapKeyIsManagedByConfigurationNotByTheApi()
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        var keys = await admin.GetFromJsonAsync<JsonElement>("/api/staff/keys");
        var bootstrapId = keys.EnumerateArray().Single(k => k.GetProperty("bootstrap").GetBoolean()).GetProperty("id").GetInt32();

        using var rotate = await admin.PostAsync($"/api/staff/keys/{bootstrapId}/rotate", null);
        using var revoke = await admin.DeleteAsync($"/api/staff/keys/{bootstrapId}");
        using var sameName = await admin.PostAsJsonAsync("/api/staff/keys", new { name = BootstrapAdminKey.KeyName, roles = Strings.Of("admin") });

        Assert.That((await ProblemAssert.IsProblemAsync(rotate, HttpStatusCode.Conflict)).GetProperty("title").GetString(), Is.EqualTo("The bootstrap key is managed by configuration."));
        await ProblemAssert.IsProblemAsync(revoke, HttpStatusCode.Conflict);
        // A reserved name, not merely a taken one (see ReservedKeyNameTests).
        await ProblemAssert.IsProblemAsync(sameName, HttpStatusCode.BadRequest);
        using var stillWorks = await admin.GetAsync("/api/staff/me");
        Assert.That(stillWorks.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("{}", "name")]
    [TestCase("""{"name":"a","roles":[]}""", "roles")]
    [TestCase("""{"name":"a","roles":["admin","mayor"]}""", "roles")]
    [TestCase("""{"name":"a","roles":["resident"]}""", "roles")]
    [TestCase("""{"name":"   ","roles":["admin"]}""", "name")]
    public async Task AnInvalidKeyRequestIsA400ValidationProblem(string body, string field)
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var response = await admin.PostAsync("/api/staff/keys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task UnknownKeysAre404()
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var rotate = await admin.PostAsync("/api/staff/keys/99999/rotate", null);
        using var revoke = await admin.DeleteAsync("/api/staff/keys/99999");
        await ProblemAssert.IsProblemAsync(rotate, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(revoke, HttpStatusCode.NotFound);
    }

    private async Task<object?> StoredAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
