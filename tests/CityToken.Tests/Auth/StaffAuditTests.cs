using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;

namespace CityToken.Tests.Auth;

public sealed class StaffAuditTests
{
    private AuthHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task<List<JsonElement>> EntriesAsync(string query = "")
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/audit" + query);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    [Test]
    public async Task AStaffWriteIsAuditedWithWhoWhenRouteTargetAndStateButNoSecret()
    {
        var before = DateTimeOffset.UtcNow;
        var (id, key) = await _host.CreateKeyAsync("audited-desk", StaffRoles.Registrar);
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var rotate = await admin.PostAsync($"/api/staff/keys/{id}/rotate", null);
        var newKey = (await rotate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        var entries = await EntriesAsync($"?target={id}");

        Assert.That(entries.Select(e => e.GetProperty("route").GetString()),
            Is.EqualTo(Strings.Of("/api/staff/keys/{id:int}/rotate", "/api/staff/keys/")));
        var rotation = entries[0];
        Assert.Multiple(() =>
        {
            Assert.That(rotation.GetProperty("actorName").GetString(), Is.EqualTo(BootstrapAdminKey.KeyName));
            Assert.That(rotation.GetProperty("actorKeyId").GetInt32(), Is.GreaterThan(0));
            Assert.That(rotation.GetProperty("actorRoles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(Strings.Of("admin")));
            Assert.That(rotation.GetProperty("method").GetString(), Is.EqualTo("POST"));
            Assert.That(rotation.GetProperty("path").GetString(), Is.EqualTo($"/api/staff/keys/{id}/rotate"));
            Assert.That(rotation.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
            Assert.That(rotation.GetProperty("at").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(before.AddSeconds(-1)));
            Assert.That(rotation.GetProperty("before").GetProperty("rotatedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(rotation.GetProperty("after").GetProperty("rotatedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        });
        var all = JsonSerializer.Serialize(entries);
        Assert.That(all, Does.Not.Contain(key).And.Not.Contain(newKey));
    }

    [Test]
    public async Task RefusedFailedAndReadRequestsAndResidentsAreNotAuditedAsWrites()
    {
        var (_, registrarKey) = await _host.CreateKeyAsync("quiet-registrar", StaffRoles.Registrar);
        var lastId = (await EntriesAsync("?limit=1"))[0].GetProperty("id").GetInt64();

        using (var registrar = _host.Staff(registrarKey))
        using (var wrongKey = _host.Staff("not-a-key-0123456789abcdefghijkl"))
        using (var admin = _host.Staff(ServiceFactory.AdminKey))
        {
            using var forbidden = await registrar.PostAsJsonAsync("/api/staff/keys", new { name = "sneaky", roles = Strings.Of("admin") });
            using var unauthenticated = await wrongKey.DeleteAsync("/api/staff/keys/1");
            using var invalid = await admin.PostAsJsonAsync("/api/staff/keys", new { name = "" });
            using var read = await admin.GetAsync("/api/staff/keys");
            Assert.That(new[] { forbidden.StatusCode, unauthenticated.StatusCode, invalid.StatusCode, read.StatusCode },
                Is.EqualTo(new[] { HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.OK }));
        }
        var cookie = await _host.SignInAsync(EthECKey.GenerateKey());
        using (var resident = _host.Resident(cookie))
        {
            using var signOut = await resident.PostAsync("/api/auth/signout", null);
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var latest = (await EntriesAsync("?limit=1"))[0].GetProperty("id").GetInt64();
        Assert.That(latest, Is.EqualTo(lastId), "only the key's creation (before lastId) was a staff write");
    }

    [Test]
    public async Task TheAuditPagesNewestFirstWithACursor()
    {
        for (var i = 0; i < 5; i++)
        {
            await _host.CreateKeyAsync($"paged-{i}", StaffRoles.Reporter);
        }
        using var admin = _host.Staff(ServiceFactory.AdminKey);

        var first = await admin.GetFromJsonAsync<JsonElement>("/api/audit?actor=bootstrap-admin&limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?actor=bootstrap-admin&limit=2&cursor={cursor}");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.That(ids, Has.Count.EqualTo(4));
        Assert.That(ids, Is.Ordered.Descending);
        Assert.That(ids, Is.Unique);
        using var badCursor = await admin.GetAsync("/api/audit?cursor=abc");
        await ProblemAssert.IsProblemAsync(badCursor, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ProgramWritesKeepTheirOwnAuditAndAppearOnceInTheStaffAudit()
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/programs", Rewards.RewardsHost.Program("audited-recycling", new { kind = "fixed", amount = "1" }));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        using var paused = await admin.PostAsync("/api/programs/audited-recycling/pause", null);
        Assert.That(paused.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var entries = await EntriesAsync("?target=audited-recycling");
        var programAudit = await admin.GetFromJsonAsync<JsonElement>("/api/programs/audited-recycling/audit");

        Assert.That(entries.Select(e => e.GetProperty("route").GetString()), Is.EqualTo(Strings.Of("/api/programs/{slug}/pause", "/api/programs/")));
        Assert.That(programAudit.GetArrayLength(), Is.EqualTo(2), "the program's own before/after trail is unchanged");
    }
}
