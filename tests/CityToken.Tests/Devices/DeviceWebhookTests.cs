using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Devices;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using CityToken.Tests.Rewards;
using Microsoft.Data.Sqlite;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Devices;

/// <summary>Device registry and the HMAC-signed webhook: good, bad, stale, replayed, rotated.</summary>
public sealed class DeviceWebhookTests
{
    private RewardsHost _host = null!;
    private string _program = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // Rotation here refuses the previous key at once; the overlap is DeviceKeyRotationTests' subject.
        _host = await RewardsHost.StartAsync(new Dictionary<string, string?> { ["Devices:KeyRotationOverlapMinutes"] = "0" });
        _program = Unique("smart-bin");
        await _host.CreateProgramAsync(Program(_program, new { kind = "per-unit", unit = "kg", rates = new { plastic = "0.5", glass = "0.2" } }, maxQuantity: "50"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task<(string DeviceId, string Key)> RegisterAsync()
    {
        var id = Unique("bin");
        using var response = await _host.Admin.PostAsJsonAsync("/api/devices", new { id, name = "Bin on Bahnhofstrasse", program = _program });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (id, body.GetProperty("key").GetString()!);
    }

    private static byte[] Event(string? eventId = null, string category = "plastic", double weightKg = 3) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId = eventId ?? Guid.NewGuid().ToString("N"), resident = NewResident(), category, weightKg,
            occurredAt = DateTimeOffset.UtcNow.AddSeconds(-5),
        });

    private async Task<HttpResponseMessage> SendAsync(string deviceId, byte[] body, string key, DateTimeOffset? at = null, string? signature = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{deviceId}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
        request.Headers.Add(DeviceSigning.SignatureHeader, signature ?? DeviceSigning.Header(key, timestamp, body));
        return await _host.Anonymous().SendAsync(request);
    }

    [Test]
    public async Task ASignedBinEventIsAnActionOfTheDevicesProgram()
    {
        var (device, key) = await RegisterAsync();

        using var response = await SendAsync(device, Event(weightKg: 3), key);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        var action = await _host.GetActionAsync(body.GetProperty("id").GetInt64());
        Assert.That(action.GetProperty("program").GetString(), Is.EqualTo(_program));
        Assert.That(action.GetProperty("reporter").GetString(), Is.EqualTo($"device:{device}"));
        Assert.That(action.GetProperty("category").GetString(), Is.EqualTo("plastic"));
        Assert.That(action.GetProperty("amount").GetString(), Is.EqualTo("1500000000000000000"));
    }

    [Test]
    public async Task ASignatureThatDoesNotMatchIsRefused()
    {
        var (device, key) = await RegisterAsync();
        var body = Event();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"weightKg\":3", "\"weightKg\":30", StringComparison.Ordinal));
        Assert.That(tampered, Is.Not.EqualTo(body));

        using var wrongKey = await SendAsync(device, body, "ctd_not-the-key");
        using var wrongBody = await SendAsync(device, tampered, key, signature: DeviceSigning.Header(key, timestamp, body));
        using var malformed = await SendAsync(device, body, key, signature: "md5=abc");

        await ProblemAssert.IsProblemAsync(wrongKey, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(wrongBody, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.Unauthorized);
    }

    [TestCase(-6)]
    [TestCase(6)]
    public async Task ATimestampOutsideTheFiveMinuteWindowIsRefused(int minutes)
    {
        var (device, key) = await RegisterAsync();
        using var stale = await SendAsync(device, Event(), key, DateTimeOffset.UtcNow.AddMinutes(minutes));
        using var fresh = await SendAsync(device, Event(), key, DateTimeOffset.UtcNow.AddMinutes(minutes > 0 ? 4 : -4));

        var problem = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("title").GetString(), Does.Contain("stale"));
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task AReplayedSignatureIsRefusedAndARetrySignedAfreshIsTheSameAction()
    {
        var (device, key) = await RegisterAsync();
        var body = Event(eventId: "evt-42");
        var at = DateTimeOffset.UtcNow;

        using var first = await SendAsync(device, body, key, at);
        using var replay = await SendAsync(device, body, key, at);
        using var resigned = await SendAsync(device, body, key, at.AddSeconds(1));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Conflict);
        Assert.That(resigned.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same eventId and body again is the same action");
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.That((await resigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(), Is.EqualTo(firstId));
    }

    [Test]
    public async Task WithoutAnOverlapTheOldKeyIsRefusedAfterRotationAndTheNewOneWorks()
    {
        var (device, oldKey) = await RegisterAsync();
        using var rotate = await _host.Admin.PostAsync($"/api/devices/{device}/keys", null);
        Assert.That(rotate.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var newKey = (await rotate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        using var withOld = await SendAsync(device, Event(), oldKey);
        using var withNew = await SendAsync(device, Event(), newKey);

        Assert.That(newKey, Is.Not.EqualTo(oldKey));
        await ProblemAssert.IsProblemAsync(withOld, HttpStatusCode.Unauthorized);
        Assert.That(withNew.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task KeysAreStoredEncryptedAndShownOnlyOnce()
    {
        var (device, key) = await RegisterAsync();
        var list = await _host.Admin.GetFromJsonAsync<JsonElement>("/api/devices");
        var listed = list.EnumerateArray().Single(d => d.GetProperty("id").GetString() == device);
        Assert.That(listed.GetProperty("key").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(listed.GetProperty("keyId").GetInt32(), Is.GreaterThan(0));

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.Service.DataDirectory, "citytoken.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ProtectedSecret FROM DeviceKeys WHERE DeviceId = $id";
        command.Parameters.AddWithValue("$id", device);
        var stored = (string)command.ExecuteScalar()!;
        Assert.That(stored, Does.Not.Contain(key[4..]));
        Assert.That(Directory.GetFiles(Path.Combine(_host.Service.DataDirectory, DevicesServiceCollectionExtensions.KeysFolder), "*.xml"), Is.Not.Empty);
    }

    [Test]
    public async Task UnknownDevicesAndMalformedEventsAreProblems()
    {
        var (device, key) = await RegisterAsync();
        using var unknown = await SendAsync("no-such-bin", Event(), key);
        using var notJson = await SendAsync(device, Encoding.UTF8.GetBytes("{ weight"), key);
        using var noResident = await SendAsync(device, JsonSerializer.SerializeToUtf8Bytes(new { eventId = "e1", weightKg = 2, category = "glass" }), key);
        using var unknownCategory = await SendAsync(device, Event(category: "uranium"), key);

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(notJson, HttpStatusCode.BadRequest);
        var missing = await ProblemAssert.IsProblemAsync(noResident, HttpStatusCode.BadRequest);
        Assert.That(missing.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(Expect.Items("resident")));
        Assert.That(unknownCategory.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((await unknownCategory.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.UnknownCategory));
    }

    [Test]
    public async Task OnlyAdminsRegisterDevicesAndRotateKeys()
    {
        var (device, _) = await RegisterAsync();
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("reporter"));
        using var create = await reporter.PostAsJsonAsync("/api/devices", new { id = Unique("bin"), name = "x", program = _program });
        using var rotate = await reporter.PostAsync($"/api/devices/{device}/keys", null);
        using var anonymous = await _host.Anonymous().PostAsync($"/api/devices/{device}/keys", null);
        using var badProgram = await _host.Admin.PostAsJsonAsync("/api/devices", new { id = "X Y", name = "x", program = "nope" });

        await ProblemAssert.IsProblemAsync(create, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(rotate, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        var problem = await ProblemAssert.IsProblemAsync(badProgram, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(Expect.Items("id", "program")));
    }
}
