using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CityToken.Api.Auth;
using CityToken.Api.Devices;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Hosting;

/// <summary>
/// Every API endpoint that takes a body (POST, PUT, PATCH, DELETE), anonymous and with the admin key, fed random and
/// boundary bodies and route values from a fixed seed, against the real service on a chain of its own: no answer is
/// a 5xx, and the service is healthy afterwards. CITYTOKEN_FUZZ_SEED and CITYTOKEN_FUZZ_ROUNDS (per endpoint and caller,
/// default 60) explore further by hand.
/// </summary>
[NonParallelizable]
public sealed partial class PostEndpointFuzzTests
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("CITYTOKEN_FUZZ_SEED"), out var seed) ? seed : 20261207;
    private static readonly int RequestsPerEndpointAndCaller =
        int.TryParse(Environment.GetEnvironmentVariable("CITYTOKEN_FUZZ_ROUNDS"), out var rounds) ? rounds : 60;

    private HardhatNode _node = null!;
    private ServiceFactory _service = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // A chain of its own: whatever a random body happens to make the service send stays off the shared chain.
        _node = await HardhatNode.StartAsync();
        await _node.DeployAsync();
        _service = ServiceFactory.For(_node);
        _service.Settings["Logging:LogLevel:Default"] = "Warning";
        // Sign-in messages name what the in-memory server's requests name, so a seeded one reaches the signature.
        _service.Settings["Auth:Siwe:Domain"] = CityToken.Tests.Auth.AuthHost.Domain;
        _service.Settings["Auth:Siwe:Uri"] = CityToken.Tests.Auth.AuthHost.Uri;
        _ = _service.Server;
        using var admin = Admin();
        using var program = await admin.PostAsJsonAsync("/api/programs", new
        {
            slug = Slug, name = "Fuzz", actionType = "waste-sorting", rule = new { kind = "per-unit", rates = new { plastic = "1" } },
            maxQuantity = "100", budget = "1000", startsAt = "2026-01-01T00:00:00Z",
        });
        Assert.That(program.StatusCode, Is.EqualTo(HttpStatusCode.Created), await program.Content.ReadAsStringAsync());
        using var device = await admin.PostAsJsonAsync("/api/devices", new { id = DeviceId, name = "Fuzz bin", program = Slug });
        Assert.That(device.StatusCode, Is.EqualTo(HttpStatusCode.Created), await device.Content.ReadAsStringAsync());
        _deviceKey = (await device.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        // An open ballot and a listed reward, so relayed votes and redemptions get as far as their signatures.
        _rewardId = await CityToken.Tests.Redemptions.RedemptionTestKit.AddRewardAsync(admin, "Fuzz ticket", "1", 100, null);
        var start = await CityToken.Tests.Indexing.IndexerTestKit.ChainTimeAsync(_node) + 60;
        using var ballot = await admin.PostAsJsonAsync("/api/ballots", new
        {
            title = "Fuzz?", description = "d", options = BallotOptions, quorum = 0, credentialType = "resident",
            start = DateTimeOffset.FromUnixTimeSeconds(start).ToString("O"), end = DateTimeOffset.FromUnixTimeSeconds(start + 86_400).ToString("O"),
        });
        Assert.That(ballot.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await ballot.Content.ReadAsStringAsync());
        var statusUrl = (await ballot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusUrl").GetString()!;
        _ballotId = await CityToken.Tests.Redemptions.RedemptionTestKit.EventuallyAsync(async () =>
            (await admin.GetFromJsonAsync<JsonElement>(statusUrl)).GetProperty("ballotId") is { ValueKind: JsonValueKind.Number } id ? id.GetInt64() : (long?)null);
        await CityToken.Tests.Indexing.IndexerTestKit.IncreaseTimeAsync(_node, start - await CityToken.Tests.Indexing.IndexerTestKit.ChainTimeAsync(_node) + 1);
    }

    private static readonly string[] BallotOptions = ["yes", "no"];
    private static long _rewardId;
    private static long _ballotId;

    private const string Slug = "fuzz-bins";
    private const string DeviceId = "fuzz-bin";
    private string _deviceKey = null!;

    private HttpClient Admin()
    {
        var admin = _service.CreateClient();
        admin.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
        return admin;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _service.DisposeAsync();
        await _node.DisposeAsync();
    }

    [Test]
    public async Task RandomAndBoundaryBodiesNeverGetA5xxAndTheServiceStaysHealthy()
    {
        var endpoints = BodyEndpoints();
        Assert.That(endpoints.Select(e => e.Template), Does.Contain("/api/auth/siwe/verify").And.Contain("/api/actions/bulk").And.Contain("/api/redemptions/"),
            "the endpoint list is read from the running service");
        var random = new Random(Seed);
        var bodies = new BodyMaker(random);
        using var anonymous = _service.CreateClient();
        using var admin = Admin();

        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, template) in endpoints)
        {
            foreach (var client in new[] { anonymous, admin })
            {
                for (var i = 0; i < RequestsPerEndpointAndCaller; i++)
                {
                    var path = RouteValues().Replace(template, m => Uri.EscapeDataString(bodies.RouteValue(m.Value)));
                    // Two thirds of the random rounds start from a well-formed body and spoil one part, to get past the first checks.
                    var (content, description) = i >= 24 && i % 3 != 0 && await SeedAsync(template, anonymous, random) is { } seed
                        ? bodies.Spoiled(seed)
                        : bodies.Body(i);
                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
                    if (template.EndsWith("/events", StringComparison.Ordinal) && content is not null)
                    {
                        // Signed with the device's real key, so the body is read and judged.
                        var bytes = await content.ReadAsByteArrayAsync();
                        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                        request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
                        request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(_deviceKey, timestamp, bytes));
                    }
                    using var response = await client.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        var answer = await response.Content.ReadAsStringAsync();
                        failures.Add($"{method} {path} ({(client == admin ? "admin" : "anonymous")}) body {description} → {(int)response.StatusCode} {answer[..Math.Min(300, answer.Length)]}");
                    }
                }
            }
        }

        TestContext.Out.WriteLine($"{sent} requests to {endpoints.Count} endpoints: {string.Join(", ", endpoints.Select(e => $"{e.Method} {e.Template}"))}");
        Assert.That(sent, Is.GreaterThanOrEqualTo(2000));
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(40)));
        using var health = await anonymous.GetAsync("/health");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), await health.Content.ReadAsStringAsync());
    }

    /// <summary>Found by this fuzz test (seed 3): the key name is unique, and a second merchant key of one name was a 500.</summary>
    [Test]
    public async Task ASecondMerchantKeyWithTheSameNameIsA409NotA500()
    {
        using var admin = Admin();
        using var first = await admin.PostAsJsonAsync("/api/merchants/keys", new { name = "Fuzz bakery" });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        using var second = await admin.PostAsJsonAsync("/api/merchants/keys", new { name = "Fuzz bakery" });
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict);
    }

    /// <summary>The service's own API endpoints that take a body, by method and route template.</summary>
    private List<(string Method, string Template)> BodyEndpoints()
    {
        var source = _service.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.m, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A well-formed body for <paramref name="template"/> (a fresh nonce for sign-in), or null where there is none.</summary>
    private static async Task<JsonObject?> SeedAsync(string template, HttpClient anonymous, Random random)
    {
        var now = DateTimeOffset.UtcNow;
        string Hex(int bytes)
        {
            var buffer = new byte[bytes];
            random.NextBytes(buffer);
            return Convert.ToHexStringLower(buffer);
        }
        var resident = "0x" + Hex(20);
        switch (template)
        {
            case "/api/auth/siwe/verify":
                var nonce = (await anonymous.GetFromJsonAsync<JsonElement>("/api/auth/siwe/nonce")).GetProperty("nonce").GetString()!;
                var wallet = new Nethereum.Signer.EthECKey("0x" + Hex(31) + "01");
                var message = CityToken.Tests.Auth.AuthHost.Message(wallet.GetPublicAddress(), nonce, now, now.AddMinutes(5));
                return new JsonObject { ["message"] = message, ["signature"] = CityToken.Tests.Auth.AuthHost.Sign(message, wallet) };
            case "/api/actions/":
                return new JsonObject
                {
                    ["externalId"] = Hex(16), ["program"] = Slug, ["resident"] = resident, ["quantity"] = 2,
                    ["category"] = "plastic", ["occurredAt"] = now.AddMinutes(-1).ToString("O"), ["evidence"] = "bin 7",
                };
            case "/api/devices/{deviceId}/events":
                return new JsonObject
                {
                    ["eventId"] = Hex(16), ["resident"] = resident, ["weightKg"] = 1.5, ["category"] = "plastic",
                    ["occurredAt"] = now.AddMinutes(-1).ToString("O"),
                };
            case "/api/programs/" or "/api/programs/{slug}":
                return new JsonObject
                {
                    ["slug"] = "p-" + Hex(4), ["name"] = "Fuzzed", ["actionType"] = "volunteering",
                    ["rule"] = new JsonObject { ["kind"] = "per-hour", ["rate"] = "3" }, ["maxQuantity"] = "10", ["budget"] = "100",
                    ["startsAt"] = "2026-01-01T00:00:00Z",
                };
            case "/api/devices/":
                return new JsonObject { ["id"] = "d-" + Hex(4), ["name"] = "Bin", ["program"] = Slug };
            case "/api/staff/keys/":
                return new JsonObject { ["name"] = "k-" + Hex(4), ["roles"] = new JsonArray("reporter") };
            case "/api/redemptions/":
                return new JsonObject
                {
                    ["rewardId"] = _rewardId, ["quantity"] = 1, ["resident"] = resident, ["deadline"] = now.AddMinutes(10).ToUnixTimeSeconds(),
                    ["signature"] = "0x" + Hex(65),
                };
            case "/api/ballots/{id}/votes":
                return new JsonObject
                {
                    ["voter"] = resident, ["option"] = 0, ["deadline"] = now.AddMinutes(10).ToUnixTimeSeconds(),
                    ["signature"] = "0x" + Hex(65),
                };
            case "/api/ballots/":
                return new JsonObject
                {
                    ["title"] = "Fuzz", ["description"] = "d", ["options"] = new JsonArray("yes", "no"),
                    ["start"] = now.AddHours(1).ToString("O"), ["end"] = now.AddHours(2).ToString("O"), ["quorum"] = 0, ["credentialType"] = "resident",
                };
            case "/api/credentials/":
                return new JsonObject { ["did"] = "did:ethr:31337:" + resident, ["type"] = "resident", ["officialId"] = "X-1", ["expiresAt"] = now.AddYears(1).ToString("O") };
            case "/api/catalog/" or "/api/catalog/{id:long}":
                return new JsonObject { ["name"] = "Bus ticket", ["description"] = "d", ["price"] = "5", ["stock"] = 10 };
            case "/api/admin/grants":
                return new JsonObject { ["idempotencyKey"] = Hex(16), ["recipient"] = resident, ["amount"] = "0.001", ["reason"] = "fuzz" };
            default:
                return null;
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValues();

    /// <summary>Random and boundary bodies and route values, all from one seeded <see cref="Random"/>.</summary>
    private sealed class BodyMaker(Random random)
    {
        /// <summary>Every property name of the API's request types, plus the nested ones (rules, options).</summary>
        private static readonly string[] Fields = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsPublic && Regex.IsMatch(t.Name, "(Request|Submission|Patch|Event)$"))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Concat(["kind", "rates", "rate", "amount", "options", "title", "startsAt", "endsAt", "opensAt", "closesAt", "nonce", "value", "v", "r", "s"])
            .Distinct().Order(StringComparer.Ordinal).ToArray();

        private static readonly string[] RawBodies =
        [
            "", "null", "{}", "[]", "\"text\"", "0", "-1", "true", "{", "}", "{\"a\":", "[1,2", "{\"a\":1,}", "{'a':1}", "NaN", "Infinity",
            "1e999999", "-0", "123456789012345678901234567890123456789012345678901234567890", "{\"a\":1e309}", "\uFEFF{}", "{\"\\u0000\":\"\\u0000\"}",
            "{\"a\":\"\\ud800\"}", "{\"message\":null,\"signature\":null}",
        ];

        /// <summary>A value for the route parameter <paramref name="parameter"/> ("{slug}"): often a real one, else random.</summary>
        public string RouteValue(string parameter) => (parameter, random.Next(3)) switch
        {
            ("{slug}", 0) => Slug,
            ("{deviceId}", 0) => DeviceId,
            ("{id}", 0) => _ballotId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (_, 0) when parameter.Contains(":long", StringComparison.Ordinal) || parameter.Contains(":int", StringComparison.Ordinal) => "1",
            _ => RouteValue(),
        };

        private string RouteValue() => random.Next(12) switch
        {
            0 => "0",
            1 => "-1",
            2 => "9223372036854775807",
            3 => "99999999999999999999999999",
            4 => "0x0000000000000000000000000000000000000000",
            5 => Address(),
            6 => "did:ethr:31337:" + Address(),
            7 => new string('a', 300),
            8 => "💩\u202e",
            9 => "..",
            10 => "x y",
            _ => random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        /// <summary>The <paramref name="round"/>th body: the fixed boundary bodies first, then random ones.</summary>
        public (HttpContent? Content, string Description) Body(int round)
        {
            if (round < RawBodies.Length)
            {
                var raw = RawBodies[round];
                return (Json(raw), Describe(raw));
            }
            return random.Next(10) switch
            {
                0 => (null, "(none)"),
                1 => (new ByteArrayContent([0xff, 0xfe, 0xc3, 0x28, 0x7b]) { Headers = { ContentType = new("application/json") } }, "(invalid UTF-8)"),
                2 => Deep(random.Next(2) == 0 ? "[" : "{\"a\":", random.Next(2) == 0 ? 70 : 2000),
                3 => (new StringContent("externalId,program\n" + new string(',', random.Next(1, 200)), Encoding.UTF8, "text/csv"), "(csv of commas)"),
                _ => RandomObject(),
            };
        }

        /// <summary><paramref name="seed"/> with one field replaced by a random value, removed, or a signature spoiled.</summary>
        public (HttpContent, string) Spoiled(JsonObject seed)
        {
            var names = seed.Select(p => p.Key).ToArray();
            var field = names[random.Next(names.Length)];
            switch (random.Next(4))
            {
                case 0:
                    seed.Remove(field);
                    break;
                case 1 when seed.ContainsKey("signature"):
                    seed["signature"] = Signature();
                    break;
                default:
                    seed[field] = Value(0);
                    break;
            }
            var text = seed.ToJsonString();
            return (Json(text), Describe(text));
        }

        /// <summary>A signature-shaped value: right length with r, s and v anywhere from 0 to all ones.</summary>
        private string Signature()
        {
            string Word() => random.Next(4) switch
            {
                0 => new string('0', 64),
                1 => new string('f', 64),
                2 => "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141",
                _ => Hex(32),
            };
            return "0x" + Word() + Word() + random.Next(256).ToString("x2", System.Globalization.CultureInfo.InvariantCulture);
        }

        private static (HttpContent, string) Deep(string open, int depth)
        {
            var close = open == "[" ? "]" : "}";
            var text = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
            return (Json(text), $"(nesting {depth} deep)");
        }

        private (HttpContent, string) RandomObject()
        {
            var body = new JsonObject();
            foreach (var field in Enumerable.Range(0, random.Next(1, 8)).Select(_ => Fields[random.Next(Fields.Length)]))
            {
                body[field] = Value(0);
            }
            var text = body.ToJsonString();
            return (Json(text), Describe(text));
        }

        private JsonNode? Value(int depth) => random.Next(depth > 2 ? 22 : 26) switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonValue.Create(0),
            3 => JsonValue.Create(-1),
            4 => JsonValue.Create(long.MaxValue),
            5 => JsonValue.Create(1.5e308),
            6 => JsonNode.Parse("123456789012345678901234567890123456789012345678901234567890"),
            7 => JsonValue.Create(""),
            8 => JsonValue.Create("0x"),
            9 => JsonValue.Create("0x0000000000000000000000000000000000000000"),
            10 => JsonValue.Create(Address()),
            11 => JsonValue.Create("0x" + Hex(random.Next(2) == 0 ? 65 : random.Next(0, 70))),
            12 => JsonValue.Create("0x" + new string('f', 130)),
            13 => JsonValue.Create("0x" + new string('g', 40)),
            14 => JsonValue.Create("did:ethr:31337:" + Address()),
            15 => JsonValue.Create(new string('x', random.Next(2) == 0 ? 300 : 20_000)),
            16 => JsonValue.Create("💩\u0000\u202e\ud83d"),
            17 => JsonValue.Create("2026-03-01T10:00:00Z"),
            18 => JsonValue.Create(random.Next(2) == 0 ? "0001-01-01T00:00:00Z" : "9999-12-31T23:59:59+14:00"),
            19 => JsonValue.Create(random.Next(-5, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            20 => JsonValue.Create("1e400"),
            21 => JsonValue.Create(random.Next(2) == 0 ? "resident" : "admin"),
            22 => new JsonObject(),
            23 => new JsonArray(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Value(depth + 1)).ToArray()),
            24 => new JsonObject(Enumerable.Range(0, random.Next(1, 4)).Select(_ => KeyValuePair.Create(Fields[random.Next(Fields.Length)], Value(depth + 1))).DistinctBy(p => p.Key)),
            _ => new JsonArray(Enumerable.Range(0, 1000).Select(_ => (JsonNode?)JsonValue.Create("x")).ToArray()),
        };

        private string Address() => "0x" + Hex(20);

        private string Hex(int bytes)
        {
            var buffer = new byte[bytes];
            random.NextBytes(buffer);
            return Convert.ToHexStringLower(buffer);
        }

        private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

        private static string Describe(string text) => text.Length <= 300 ? text : $"{text[..100]}…{text[^200..]} ({text.Length} chars)";
    }
}
