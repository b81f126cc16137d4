using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Api.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Ballots;

/// <summary>The fixture's helpers: ballots, credentials and votes through the API, polling, and the database.</summary>
internal sealed partial class CredentialsAndVotingTests
{
    /// <summary>Creates a ballot (resident credential, quorum 2, <see cref="BallotOptions"/>) through the API and returns its id once created on chain.</summary>
    private async Task<long> CreateBallotAsync(string title, long start, long end)
    {
        var (status, created) = await SendAsync(HttpMethod.Post, "/api/ballots", ServiceFactory.AdminKey, new
        {
            title,
            description = "Close the old town to cars on Sundays from May to September.",
            options = BallotOptions,
            start = DateTimeOffset.FromUnixTimeSeconds(start).ToString("O"),
            end = DateTimeOffset.FromUnixTimeSeconds(end).ToString("O"),
            quorum = 2,
            credentialType = "resident",
        });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), created.ToString());
        var requestUrl = created.GetProperty("statusUrl").GetString()!;
        var request = await PollAsync(requestUrl, ServiceFactory.AdminKey, r => r.GetProperty("ballotId").ValueKind == JsonValueKind.Number || r.GetProperty("status").GetString() is "reverted" or "failed");
        Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("created"), request.ToString());
        return request.GetProperty("ballotId").GetInt64();
    }

    private async Task<JsonObject> TypedDataAsync(EthECKey voter, int option)
    {
        using var response = await _client.GetAsync($"/api/ballots/{_ballotId}/vote-typed-data?voter={voter.GetPublicAddress()}&option={option}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private Task<(HttpStatusCode, JsonElement)> VoteAsync(EthECKey voter, JsonObject typedData, string signature) =>
        VoteAsync(_ballotId, voter.GetPublicAddress(), typedData, signature);

    private async Task<(HttpStatusCode, JsonElement)> VoteAsync(long ballotId, string voter, JsonObject typedData, string signature)
    {
        using var response = await PostJsonAsync($"/api/ballots/{ballotId}/votes", new
        {
            voter,
            option = int.Parse(typedData["message"]!["option"]!.GetValue<string>()),
            deadline = typedData["message"]!["deadline"]!.GetValue<string>(),
            signature,
        });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, object body) => _client.PostAsync(path, JsonContent.Create(body));

    private async Task<long> IssueAsync(string did, string officialId, long expiresAt)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/credentials", RegistrarKey,
            new { did, type = "resident", officialId, expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiresAt).ToString("O") });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        return body.GetProperty("id").GetInt64();
    }

    /// <summary>The outbox step (issue or revocation) has reached a final state.</summary>
    private static bool Settled(JsonElement credential, string step) =>
        credential.GetProperty(step).GetProperty("status").GetString() is "confirmed" or "reverted" or "failed";

    private Task<JsonElement> WaitCredentialAsync(long id, Func<string, bool> done) =>
        PollAsync($"/api/credentials/{id}", AuditorKey, c => done(c.GetProperty("status").GetString()!));

    private async Task<JsonElement> PollAsync(string path, string? apiKey, Func<JsonElement, bool> done, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var (status, body) = await SendAsync(HttpMethod.Get, path, apiKey);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToString());
            if (done(body) || DateTime.UtcNow > deadline)
            {
                return body;
            }
            await Task.Delay(100);
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? apiKey = null, object? body = null, string? resident = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        if (resident is not null)
        {
            request.Headers.Add(TestResidentAuth.Header, resident);
        }
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private Task<int> OutboxCountAsync() => WithDbAsync(_service, db => db.Set<OutboxEntry>().CountAsync());

    private static long[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
}
