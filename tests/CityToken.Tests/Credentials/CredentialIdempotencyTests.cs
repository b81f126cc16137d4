using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Credentials;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Credentials;

/// <summary>
/// POST /api/credentials with an idempotency key: a retried or doubled request answers the first one and sends one
/// transaction; the same key with another body is a conflict; keys are scoped per staff key.
/// </summary>
public sealed class CredentialIdempotencyTests
{
    private const string RegistrarKey = "test-idempotency-registrar-0123456789abc";
    private ServiceFactory _service = null!;
    private HttpClient _admin = null!;
    private HttpClient _registrar = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _service = ServiceFactory.For(SharedChain.Node);
        await WithDbAsync(_service, async db =>
        {
            db.ApiKeys.Add(new ApiKey { Name = "idempotency-registrar", Roles = [StaffRoles.Registrar], KeyHash = ApiKey.Hash(RegistrarKey), CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        _admin = _service.CreateClient();
        _admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        _registrar = _service.CreateClient();
        _registrar.DefaultRequestHeaders.Add("X-Api-Key", RegistrarKey);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        _registrar.Dispose();
        await _service.DisposeAsync();
    }

    private static object Body(string did, string key, string expiresAt = "2031-01-31T00:00:00Z") =>
        new { did, type = "resident", officialId = "756.9999.0000.11", expiresAt, idempotencyKey = key };

    private static string NewDid() => $"did:ethr:0x7a69:{EthECKey.GenerateKey().GetPublicAddress()}";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/credentials", body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private Task<(int Requests, int Entries)> StoredAsync(string did) => WithDbAsync(_service, async db =>
    {
        var keys = await db.Set<CredentialRequest>().Where(r => r.Did == did).Select(r => r.RequestKey).ToListAsync();
        var entries = await db.Set<OutboxEntry>().CountAsync(e => keys.Select(k => "credential-issue:" + k).Contains(e.IdempotencyKey));
        return (keys.Count, entries);
    });

    [Test]
    public async Task TheSameKeyAndBodyAgainAnswersTheFirstRequestAndSendsOnce()
    {
        var did = NewDid();
        var (first, firstBody) = await PostAsync(_admin, Body(did, "issue-1"));
        var (again, againBody) = await PostAsync(_admin, Body(did, "issue-1"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(HttpStatusCode.Accepted), firstBody.ToString());
            Assert.That(again, Is.EqualTo(HttpStatusCode.Accepted), againBody.ToString());
            Assert.That(againBody.GetProperty("id").GetInt64(), Is.EqualTo(firstBody.GetProperty("id").GetInt64()));
        });
        Assert.That(await StoredAsync(did), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task TheSameKeyWithAnotherBodyIsAConflictAndStoresNothing()
    {
        var did = NewDid();
        var (first, _) = await PostAsync(_admin, Body(did, "issue-2"));
        using var response = await _admin.PostAsJsonAsync("/api/credentials", Body(did, "issue-2", expiresAt: "2032-01-31T00:00:00Z"));

        Assert.That(first, Is.EqualTo(HttpStatusCode.Accepted));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("issue-2"));
        Assert.That(await StoredAsync(did), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task ConcurrentRequestsWithOneKeyIssueOnce()
    {
        var did = NewDid();
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(_admin, Body(did, "issue-3"))));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Accepted), string.Join("\n", answers.Select(a => a.Body.ToString())));
        Assert.That(answers.Select(a => a.Body.GetProperty("id").GetInt64()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(await StoredAsync(did), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task KeysAreScopedPerStaffKeyAndMalformedKeysAreRefused()
    {
        var did = NewDid();
        var (admin, adminBody) = await PostAsync(_admin, Body(did, "issue-4"));
        var (registrar, registrarBody) = await PostAsync(_registrar, Body(did, "issue-4"));
        using var malformed = await _admin.PostAsJsonAsync("/api/credentials", Body(NewDid(), "has spaces/and slashes"));

        Assert.Multiple(() =>
        {
            Assert.That(admin, Is.EqualTo(HttpStatusCode.Accepted), adminBody.ToString());
            Assert.That(registrar, Is.EqualTo(HttpStatusCode.Accepted), registrarBody.ToString());
            Assert.That(registrarBody.GetProperty("id").GetInt64(), Is.Not.EqualTo(adminBody.GetProperty("id").GetInt64()));
        });
        var problem = await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("idempotencyKey", out _), Is.True, problem.ToString());
        Assert.That(await StoredAsync(did), Is.EqualTo((2, 2)));
    }
}
