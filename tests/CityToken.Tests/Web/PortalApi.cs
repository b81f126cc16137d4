using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Indexing;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Web;

/// <summary>
/// Set-up for the portal's browser tests through the service's real API (staff keys over HTTP, as the city's staff
/// would): a residency credential, an open ballot, tokens, a catalog reward, a merchant key.
/// </summary>
internal sealed class PortalApi(WebHost host) : IDisposable
{
    public static readonly BigInteger OneToken = BigInteger.Pow(10, 18);

    private readonly HttpClient _client = new() { BaseAddress = new Uri(host.BaseUrl) };

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string url, string? apiKey = null, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Polls <paramref name="url"/> until <paramref name="done"/> holds (90 s at most) and returns that answer.</summary>
    public async Task<JsonElement> PollAsync(string url, string? apiKey, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var (status, body) = await SendAsync(HttpMethod.Get, url, apiKey);
            if (status == HttpStatusCode.OK && done(body))
            {
                return body;
            }
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"{url} did not reach the expected state within 90 s; last answer {(int)status}: {body}");
            await Task.Delay(250);
        }
    }

    /// <summary>A registrar issues a residency credential to the wallet's did:ethr; returns once it is valid on chain.</summary>
    public async Task IssueResidencyAsync(string address)
    {
        var registrar = await host.NewStaffKeyAsync(StaffRoles.Registrar, "portal-registrar-" + Guid.NewGuid().ToString("N")[..8]);
        var officialId = "756" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999);
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/credentials", registrar, new
        {
            did = $"did:ethr:0x7a69:{address}",
            type = "resident",
            officialId,
            expiresAt = DateTimeOffset.UtcNow.AddDays(365).ToString("O"),
        });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        var issued = await PollAsync(body.GetProperty("statusUrl").GetString()!, registrar,
            c => c.GetProperty("status").GetString() is "valid" or "reverted" or "failed" or "expired" or "revoked");
        Assert.That(issued.GetProperty("status").GetString(), Is.EqualTo("valid"), issued.ToString());
    }

    /// <summary>
    /// An admin creates a ballot opening shortly after now (chain time) for residents; the chain's clock is then moved to
    /// its start, so it is open (eligibility: credentials valid at the start). Returns the ballot id once indexed as active.
    /// </summary>
    public Task<long> OpenBallotAsync(string title, params string[] options) => OpenBallotAsync(title, 7 * 86_400, options);

    /// <summary>Creates a ballot open for <paramref name="windowSeconds"/> of chain time and moves the chain to its start.</summary>
    public async Task<long> OpenBallotAsync(string title, long windowSeconds, params string[] options)
    {
        var node = SharedChain.Node;
        var start = await IndexerTestKit.ChainTimeAsync(node) + 60;
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/ballots", ServiceFactory.AdminKey, new
        {
            title,
            description = "Asked in the resident portal test.",
            options,
            start = DateTimeOffset.FromUnixTimeSeconds(start).ToString("O"),
            end = DateTimeOffset.FromUnixTimeSeconds(start + windowSeconds).ToString("O"),
            quorum = 1,
            credentialType = "resident",
        });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        var created = await PollAsync(body.GetProperty("statusUrl").GetString()!, ServiceFactory.AdminKey,
            r => r.GetProperty("ballotId").ValueKind == JsonValueKind.Number || r.GetProperty("status").GetString() is "reverted" or "failed");
        Assert.That(created.GetProperty("ballotId").ValueKind, Is.EqualTo(JsonValueKind.Number), created.ToString());
        var ballotId = created.GetProperty("ballotId").GetInt64();
        var behind = start - await IndexerTestKit.ChainTimeAsync(node) + 1;
        if (behind > 0)
        {
            await IndexerTestKit.IncreaseTimeAsync(node, behind);
        }
        await PollAsync($"/api/ballots/{ballotId}", null, b => b.GetProperty("status").GetString() == "active");
        return ballotId;
    }

    /// <summary>The city grants <paramref name="tokens"/> whole tokens; returns once the index shows the new balance.</summary>
    public async Task GrantAsync(string address, int tokens)
    {
        var before = BigInteger.Parse((await SendAsync(HttpMethod.Get, $"/api/residents/{address}/balance")).Body.GetProperty("balance").GetString()!);
        var amount = OneToken * tokens;
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/admin/grants", ServiceFactory.AdminKey, new
        {
            idempotencyKey = "portal-test:" + Guid.NewGuid().ToString("N"),
            recipient = address,
            amount = amount.ToString(),
            reason = "resident portal test",
        });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        await PollAsync($"/api/residents/{address}/balance", null, b => BigInteger.Parse(b.GetProperty("balance").GetString()!) == before + amount);
    }

    /// <summary>An admin lists a reward paid to <paramref name="merchant"/>; returns its id once on chain and indexed.</summary>
    public async Task<long> AddRewardAsync(string name, string price, int stock, string merchant)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/catalog", ServiceFactory.AdminKey,
            new { name, description = "Listed by the resident portal test", price, stock, merchant });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        var done = await PollAsync(body.GetProperty("statusUrl").GetString()!, ServiceFactory.AdminKey,
            r => r.GetProperty("status").GetString() != "pending" && r.GetProperty("rewardId").ValueKind == JsonValueKind.Number
                 || r.GetProperty("status").GetString() == "failed");
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"), done.ToString());
        var rewardId = done.GetProperty("rewardId").GetInt64();
        await PollAsync("/api/catalog", null, c => c.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetInt64() == rewardId));
        return rewardId;
    }

    /// <summary>An admin creates a merchant key for <paramref name="merchant"/>; returns the key (shown once).</summary>
    public async Task<string> MerchantKeyAsync(string merchant)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/merchants/keys", ServiceFactory.AdminKey,
            new { name = "portal-test-merchant", merchant });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        return body.GetProperty("apiKey").GetString()!;
    }

    public void Dispose() => _client.Dispose();
}
