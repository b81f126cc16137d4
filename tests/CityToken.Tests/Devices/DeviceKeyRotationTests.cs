using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Devices;
using CityToken.Tests.Infrastructure;
using CityToken.Tests.Rewards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Devices;

/// <summary>
/// Rotating a device key keeps the previous key accepted for Devices:KeyRotationOverlapMinutes (default 10) so a device
/// can switch without losing events, then refuses it; <c>?immediate=true</c> (a leaked key) refuses it at once. The
/// service's clock is moved by the test; devices sign with the service's time, as a device with a synchronised clock does.
/// </summary>
public sealed class DeviceKeyRotationTests
{
    private readonly ShiftedClock _clock = new();
    private RewardsHost _host = null!;
    private string _program = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // No Devices setting: the default overlap (10 minutes) is what is tested.
        _host = await RewardsHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(_clock));
        _program = Unique("rotation-bin");
        await _host.CreateProgramAsync(Program(_program, new { kind = "per-unit", unit = "kg", rates = new { plastic = "0.5" } }, maxQuantity: "50"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [SetUp]
    public void ResetClock() => _clock.Offset = TimeSpan.Zero;

    private async Task<(string DeviceId, string Key)> RegisterAsync()
    {
        var id = Unique("bin");
        using var response = await _host.Admin.PostAsJsonAsync("/api/devices", new { id, name = "Bin at the station", program = _program });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
    }

    private async Task<JsonElement> RotateAsync(string deviceId, bool immediate = false)
    {
        using var response = await _host.Admin.PostAsync($"/api/devices/{deviceId}/keys" + (immediate ? "?immediate=true" : ""), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static byte[] Event() => JsonSerializer.SerializeToUtf8Bytes(new
    {
        eventId = Guid.NewGuid().ToString("N"), resident = NewResident(), category = "plastic", weightKg = 2,
    });

    /// <summary>Signs <paramref name="body"/> with <paramref name="key"/> at the service's current time and posts it.</summary>
    private async Task<HttpStatusCode> SendAsync(string deviceId, string key, byte[]? body = null, long? timestamp = null)
    {
        body ??= Event();
        var at = (timestamp ?? _clock.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{deviceId}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(DeviceSigning.TimestampHeader, at);
        request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(key, at, body));
        using var client = _host.Anonymous();
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<JsonElement> ListedAsync(string deviceId) =>
        (await _host.Admin.GetFromJsonAsync<JsonElement>("/api/devices")).EnumerateArray().Single(d => d.GetProperty("id").GetString() == deviceId);

    [Test]
    public async Task ThePreviousKeyIsAcceptedDuringTheOverlapAndRefusedAfterIt()
    {
        var (device, oldKey) = await RegisterAsync();
        var rotatedAt = _clock.GetUtcNow();
        var rotation = await RotateAsync(device);
        var newKey = rotation.GetProperty("key").GetString()!;
        var until = rotation.GetProperty("previousKeyAcceptedUntil").GetDateTimeOffset();
        Assert.That(until, Is.EqualTo(rotatedAt.AddMinutes(10)).Within(TimeSpan.FromSeconds(2)), "the default overlap is 10 minutes");

        Assert.That(await SendAsync(device, newKey), Is.EqualTo(HttpStatusCode.Accepted), "the new key works at once");
        Assert.That(await SendAsync(device, oldKey), Is.EqualTo(HttpStatusCode.Accepted), "the device has not switched yet");
        Assert.That((await ListedAsync(device)).GetProperty("previousKeyAcceptedUntil").GetDateTimeOffset(), Is.EqualTo(until));

        _clock.Offset = until - TimeProvider.System.GetUtcNow() - TimeSpan.FromSeconds(30);
        Assert.That(await SendAsync(device, oldKey), Is.EqualTo(HttpStatusCode.Accepted), "30 s before the overlap ends");

        _clock.Offset = until - TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(1);
        Assert.That(await SendAsync(device, oldKey), Is.EqualTo(HttpStatusCode.Unauthorized), "the overlap is over");
        Assert.That(await SendAsync(device, newKey), Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((await ListedAsync(device)).GetProperty("previousKeyAcceptedUntil").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task AReplayWithThePreviousKeyIsStillRefused()
    {
        var (device, oldKey) = await RegisterAsync();
        await RotateAsync(device);
        var body = Event();
        var at = _clock.GetUtcNow().ToUnixTimeSeconds();

        Assert.That(await SendAsync(device, oldKey, body, at), Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await SendAsync(device, oldKey, body, at), Is.EqualTo(HttpStatusCode.Conflict), "the same signature again is a replay");
    }

    [Test]
    public async Task AnImmediateRotationRefusesEveryEarlierKeyAtOnce()
    {
        var (device, first) = await RegisterAsync();
        var second = (await RotateAsync(device)).GetProperty("key").GetString()!;
        var rotation = await RotateAsync(device, immediate: true);
        var third = rotation.GetProperty("key").GetString()!;

        Assert.That(rotation.GetProperty("previousKeyAcceptedUntil").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await SendAsync(device, first), Is.EqualTo(HttpStatusCode.Unauthorized), "the key still in an earlier overlap is cut off too");
        Assert.That(await SendAsync(device, second), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await SendAsync(device, third), Is.EqualTo(HttpStatusCode.Accepted));
    }

    [TestCase("-1")]
    [TestCase("1441")]
    public async Task TheServiceDoesNotStartWithAnOverlapOutOfRange(string minutes)
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Devices:KeyRotationOverlapMinutes"] = minutes;
        service.Settings["Indexer:Enabled"] = "false";
        var failure = Assert.Throws<OptionsValidationException>(() => service.CreateClient());
        Assert.That(failure!.Message, Does.Contain(nameof(DevicesOptions.KeyRotationOverlapMinutes)));
    }

    /// <summary>The system clock moved by <see cref="Offset"/>.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
    }
}
