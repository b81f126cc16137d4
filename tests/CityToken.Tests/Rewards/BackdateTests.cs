using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Devices;
using CityToken.Api.Rewards;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards;

/// <summary>
/// Rewards:MaxBackdateDays: an action reported more than that many days after it happened is rejected with
/// <c>occurred-too-long-ago</c> (recorded, so the reporter sees why), through the API, the CSV upload and the device webhook.
/// A late report must not fill a past day's or month's cap.
/// </summary>
public sealed class BackdateTests
{
    private RewardsHost _host = null!;
    private HttpClient _reporter = null!;
    private string _program = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await RewardsHost.StartAsync(new Dictionary<string, string?> { ["Rewards:MaxBackdateDays"] = "7" });
        _reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("late-office"));
        _program = Unique("backdate");
        await _host.CreateProgramAsync(Program(_program, new { kind = "per-unit", rates = new { plastic = "1" } }, dailyCap: "5",
            startsAt: Ago(60).ToString("O", CultureInfo.InvariantCulture)));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _reporter.Dispose();
        await _host.DisposeAsync();
    }

    private static DateTimeOffset Ago(double days) => DateTimeOffset.UtcNow.AddDays(-days);

    private static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    [Test]
    public async Task AnActionOlderThanTheLimitIsRejectedWithItsReasonAndAYoungerOneIsQueued()
    {
        var resident = NewResident();

        var (oldStatus, old) = await PostActionAsync(_reporter, Action(_program, resident, 5, category: "plastic", occurredAt: Iso(Ago(8))));
        var (recentStatus, recent) = await PostActionAsync(_reporter, Action(_program, resident, 5, category: "plastic", occurredAt: Iso(Ago(6))));

        Assert.That(oldStatus, Is.EqualTo(HttpStatusCode.Accepted), old.ToString());
        Assert.That(old.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected));
        Assert.That(old.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.OccurredTooLongAgo));
        var stored = await _host.GetActionAsync(old.GetProperty("id").GetInt64());
        Assert.That(stored.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.OccurredTooLongAgo), "recorded on the action");
        Assert.That(stored.GetProperty("reasonDetail").GetString(), Does.Contain("7 days"));
        Assert.That(stored.GetProperty("amount").GetString(), Is.EqualTo("0"), "nothing reserved");
        Assert.That(recentStatus, Is.EqualTo(HttpStatusCode.Accepted), recent.ToString());
        Assert.That(recent.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued), "six days ago is within the limit");
    }

    [Test]
    public async Task ACsvRowOlderThanTheLimitIsRejectedAndTheOthersAreDecided()
    {
        var resident = NewResident();
        var csv = $"""
            externalId,program,resident,quantity,category,occurredAt
            {Unique("late")},{_program},{resident},2,plastic,{Iso(Ago(30))}
            {Unique("fresh")},{_program},{resident},2,plastic,{Iso(Ago(1))}
            """;

        using var response = await _reporter.PostAsync("/api/actions/bulk", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().ToList();
        Assert.That(rows[0].GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected));
        Assert.That(rows[0].GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.OccurredTooLongAgo));
        var stored = await _host.GetActionAsync(rows[0].GetProperty("id").GetInt64());
        Assert.That(stored.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.OccurredTooLongAgo));
        Assert.That(rows[1].GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
    }

    [Test]
    public async Task ADeviceEventOlderThanTheLimitIsRejectedWithItsReason()
    {
        var device = Unique("bin");
        using var created = await _host.Admin.PostAsJsonAsync("/api/devices", new { id = device, name = "Late bin", program = _program });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId = Unique("evt"), resident = NewResident(), category = "plastic", weightKg = 1, occurredAt = Ago(10),
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{device}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
        request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(key, timestamp, body));

        using var response = await _host.Anonymous().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(answer.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected));
        Assert.That(answer.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.OccurredTooLongAgo));
    }
}
