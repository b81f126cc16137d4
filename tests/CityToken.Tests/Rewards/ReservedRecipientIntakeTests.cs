using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Devices;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards;

/// <summary>
/// Intake refuses recipients a mint would revert on or lose tokens to: the zero address, the token itself and the
/// city's other contracts (deployment manifest), as <c>invalid-resident</c>, through the REST API, CSV rows and device
/// webhooks alike; an ordinary resident beside them is queued.
/// </summary>
public sealed class ReservedRecipientIntakeTests
{
    private const string Zero = "0x0000000000000000000000000000000000000000";

    private RewardsHost _host = null!;
    private string _program = null!;
    private Dictionary<string, string> _contracts = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await RewardsHost.StartAsync();
        _program = Unique("reserved");
        await _host.CreateProgramAsync(Program(_program, new { kind = "per-unit", unit = "kg", rates = new { plastic = "1" } }));
        _contracts = SharedChain.Node.ReadManifest().Contracts.ToDictionary(c => c.Key, c => c.Value.Address);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private static string Recently() => DateTimeOffset.UtcNow.AddHours(-1).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The zero address in both spellings, the token in lower case and every other contract of the manifest.</summary>
    private IEnumerable<string> Reserved() =>
        new[] { Zero, "did:ethr:" + Zero, _contracts["CivicToken"].ToLowerInvariant() }.Concat(_contracts.Where(c => c.Key != "CivicToken").Select(c => c.Value));

    [Test]
    public async Task PostedActionsForReservedAddressesAreRejectedAsInvalidResidentAndAnOrdinaryOneIsQueued()
    {
        Assert.That(_contracts, Has.Count.GreaterThan(1), "the manifest lists the token and other contracts");
        foreach (var address in Reserved())
        {
            var (status, body) = await PostActionAsync(_host.Admin, Action(_program, address, 2, Recently(), "plastic"));

            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected), address);
            Assert.That(body.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.InvalidResident), address);
            Assert.That(body.GetProperty("reasonDetail").GetString(), Does.Contain("zero address").Or.Contain("contract"), address);
        }
        var (ordinaryStatus, ordinary) = await PostActionAsync(_host.Admin, Action(_program, NewResident(), 2, Recently(), "plastic"));
        Assert.That(ordinaryStatus, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ordinary.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        var actions = (await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/actions?program={_program}&limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.That(actions.Where(a => a.GetProperty("status").GetString() == ActionStatus.Queued).Select(a => a.GetProperty("id").GetInt64()),
            Does.Contain(ordinary.GetProperty("id").GetInt64()));
        Assert.That(actions.Where(a => a.GetProperty("reason").GetString() == RejectionReasons.InvalidResident).Select(a => a.GetProperty("amount").GetString()),
            Is.All.EqualTo("0"), "a refused action reserves nothing");
    }

    [Test]
    public async Task CsvRowsForReservedAddressesAreRejectedAsInvalidResident()
    {
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("csv-reporter"));
        var ordinary = NewResident();
        var prefix = Unique("row");
        var csv = new StringBuilder("externalId,program,resident,quantity,category,occurredAt,evidence\n");
        csv.Append(CultureInfo.InvariantCulture, $"{prefix}-zero,{_program},{Zero},1,plastic,{Recently()},\n");
        csv.Append(CultureInfo.InvariantCulture, $"{prefix}-token,{_program},{_contracts["CivicToken"]},1,plastic,{Recently()},\n");
        csv.Append(CultureInfo.InvariantCulture, $"{prefix}-ok,{_program},{ordinary},1,plastic,{Recently()},\n");

        using var response = await reporter.PostAsync("/api/actions/bulk", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());

        var actions = (await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/actions?program={_program}&limit=1000")).GetProperty("items")
            .EnumerateArray().Where(a => a.GetProperty("externalId").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(a => a.GetProperty("externalId").GetString()!);
        Assert.That(actions[$"{prefix}-zero"].GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.InvalidResident));
        Assert.That(actions[$"{prefix}-token"].GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.InvalidResident));
        Assert.That(actions[$"{prefix}-ok"].GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
    }

    [Test]
    public async Task DeviceEventsForReservedAddressesAreRejectedAsInvalidResident()
    {
        var device = Unique("bin");
        using var registered = await _host.Admin.PostAsJsonAsync("/api/devices", new { id = device, name = "Bin at the station", program = _program });
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
        var key = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        foreach (var resident in new[] { Zero, _contracts["CivicToken"] })
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                eventId = Guid.NewGuid().ToString("N"), resident, category = "plastic", weightKg = 3, occurredAt = DateTimeOffset.UtcNow.AddSeconds(-5),
            });
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{device}/events") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
            request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(key, timestamp, body));
            using var response = await _host.Anonymous().SendAsync(request);

            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), answer.ToString());
            Assert.That(answer.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected), resident);
            Assert.That(answer.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.InvalidResident), resident);
        }
    }
}
