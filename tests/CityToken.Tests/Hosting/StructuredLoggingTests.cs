using System.Net;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Hosting;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Hosting;

/// <summary>
/// <c>Logging:Console:FormatterName=json</c> on the built service, run as a process: one JSON record per line with its
/// scopes, a request's correlation id in the scope of what it logs and in its answer, an outbox entry's id and key in the
/// scope of the outbox's work on it; a hostile X-Correlation-Id is neither echoed nor logged.
/// </summary>
public sealed class StructuredLoggingTests
{
    [Test]
    public async Task JsonLogsCarryTheRequestsCorrelationIdAndTheOutboxEntryInTheirScopes()
    {
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        var data = Directory.CreateTempSubdirectory("citytoken-logs-").FullName;
        await using var service = await ServiceProcess.StartAsync(node, data, new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Indexer__Enabled"] = "false",
        });
        using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var correlationId = "ops-" + Guid.NewGuid().ToString("N");
        client.DefaultRequestHeaders.Add(StructuredLogging.HeaderName, correlationId);
        var key = "logs-" + Guid.NewGuid().ToString("N")[..8];

        var (status, entryId) = await OutboxTestKit.GrantAsync(client, key, OutboxTestKit.NewResident(), new BigInteger(1000));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), service.Output);
        using (var echoed = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.That(echoed.Headers.GetValues(StructuredLogging.HeaderName), Is.EqualTo(new[] { correlationId }));
        }
        await OutboxTestKit.WaitForEntryAsync(client, entryId!.Value, e => e.Status() == "confirmed");

        var records = await RecordsUntilAsync(service, rs => rs.Any(r => ScopeValue(r, "OutboxEntryId") == entryId.ToString()
            && r.GetProperty("Message").GetString()!.Contains("broadcast", StringComparison.OrdinalIgnoreCase)));
        Assert.Multiple(() =>
        {
            var staged = records.Where(r => r.GetProperty("Message").GetString()!.Contains("grant:" + key, StringComparison.Ordinal)).ToList();
            Assert.That(staged, Is.Not.Empty, "the staging of the grant is logged");
            Assert.That(records.Select(r => r.GetProperty("Timestamp").GetString()), Is.All.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
            Assert.That(staged.Select(r => ScopeValue(r, "CorrelationId")), Has.Member(correlationId), "in the request's scope");
            var entryWork = records.Where(r => ScopeValue(r, "OutboxEntryId") == entryId.ToString()).ToList();
            Assert.That(entryWork.Select(r => r.GetProperty("Category").GetString()), Has.Member("CityToken.Api.Chain.Outbox.OutboxSigning"));
            Assert.That(entryWork.Select(r => ScopeValue(r, "IdempotencyKey")), Is.All.EqualTo("grant:" + key));
            Assert.That(entryWork.Select(r => ScopeValue(r, "CorrelationId")), Is.All.Null, "the outbox works outside any request");
        });
    }

    [Test]
    public async Task AHostileCorrelationIdIsReplacedByTheTraceIdAndNeverEchoed()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        string[] hostile = [new string('a', StructuredLogging.MaxLength + 1), "x\"}{\"CorrelationId\":\"forged", "tab\there", "a b", "semi;colon"];
        foreach (var value in hostile)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            Assert.That(request.Headers.TryAddWithoutValidation(StructuredLogging.HeaderName, value), Is.True);
            using var response = await client.SendAsync(request);
            var echoed = response.Headers.GetValues(StructuredLogging.HeaderName).Single();
            Assert.That(echoed, Is.Not.EqualTo(value), $"{value} is not echoed");
            Assert.That(StructuredLogging.IsWellFormed(echoed), Is.True, $"for {value}: the request's own id ({echoed})");
        }
        using (var missing = await client.GetAsync("/health/live"))
        {
            Assert.That(StructuredLogging.IsWellFormed(missing.Headers.GetValues(StructuredLogging.HeaderName).Single()), Is.True);
        }
        // The longest well-formed id, with every kind of allowed character, is kept, on a problem answer too.
        var longest = ("Az09._:-" + new string('x', StructuredLogging.MaxLength))[..StructuredLogging.MaxLength];
        using var kept = new HttpRequestMessage(HttpMethod.Get, "/api/outbox/not-a-number");
        kept.Headers.Add(StructuredLogging.HeaderName, longest);
        using var answer = await client.SendAsync(kept);
        Assert.That(answer.Headers.GetValues(StructuredLogging.HeaderName).Single(), Is.EqualTo(longest), $"{answer.StatusCode}");
    }

    /// <summary>The service's JSON log records so far, waiting (up to 10 s) until <paramref name="until"/> holds.</summary>
    private static async Task<List<JsonElement>> RecordsUntilAsync(ServiceProcess service, Func<List<JsonElement>, bool> until)
    {
        var records = new List<JsonElement>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            records = service.Output.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith('{'))
                .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList(); // every line of the console is one record
            if (until(records))
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.That(records, Is.Not.Empty, "no JSON log record:\n" + service.Output);
        return records;
    }

    /// <summary>The value of <paramref name="name"/> in the record's scopes, or null.</summary>
    private static string? ScopeValue(JsonElement record, string name) =>
        record.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(name, out _))
                .Select(s => s.GetProperty(name).ToString()).FirstOrDefault()
            : null;
}
