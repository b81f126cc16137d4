using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>POST /api/admin/grants and GET /api/outbox on the shared chain: the outbox's first real user.</summary>
public sealed class GrantsApiTests
{
    [Test]
    public async Task GrantIsMintedOnceAndTheEntryWalksToConfirmed()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        var resident = OutboxTestKit.NewResident();
        var nonceBefore = await OutboxTestKit.NonceOfServiceAsync(SharedChain.Node);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/grants")
        {
            Content = JsonContent.Create(new { idempotencyKey = "grant-once-1", recipient = resident, amount = "1500", reason = "volunteer of the month" }),
        };
        request.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(accepted.GetProperty("statusUrl").GetString(), Is.EqualTo($"/api/outbox/{id}"));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/outbox/{id}"));
            Assert.That(accepted.GetProperty("status").GetString(), Is.EqualTo("queued"));
        });

        var entry = await OutboxTestKit.WaitForEntryAsync(client, id);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Status(), Is.EqualTo("confirmed"), entry.ToString());
            Assert.That(entry.GetProperty("txHash").GetString(), Does.Match("^0x[0-9a-f]{64}$"));
            Assert.That(entry.GetProperty("blockNumber").GetInt64(), Is.GreaterThan(0));
            Assert.That(entry.GetProperty("confirmations").GetInt64(), Is.GreaterThanOrEqualTo(1));
            Assert.That(entry.GetProperty("transactions").GetArrayLength(), Is.EqualTo(1));
            Assert.That(entry.GetProperty("transactions")[0].GetProperty("status").GetString(), Is.EqualTo("mined"));
        });

        // The same request again (a client retry) returns the same entry and sends nothing.
        var (status, againId) = await OutboxTestKit.GrantAsync(client, "grant-once-1", resident, 1500, "volunteer of the month");
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(againId, Is.EqualTo(id));
        await Task.Delay(300);
        Assert.That(await OutboxTestKit.BalanceAsync(SharedChain.Node, resident), Is.EqualTo(new BigInteger(1500)));
        Assert.That(await OutboxTestKit.NonceOfServiceAsync(SharedChain.Node), Is.EqualTo(nonceBefore + 1));

        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/outbox?status=confirmed");
        list.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var listed = await client.SendAsync(list);
        var page = await listed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()), Does.Contain(id));
    }

    [Test]
    public async Task SameKeyWithAnotherPayloadIsAConflict()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        var resident = OutboxTestKit.NewResident();
        var (first, _) = await OutboxTestKit.GrantAsync(client, "grant-conflict-1", resident, 10);
        Assert.That(first, Is.EqualTo(HttpStatusCode.Accepted));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/grants")
        {
            Content = JsonContent.Create(new { idempotencyKey = "grant-conflict-1", recipient = resident, amount = "11", reason = "test grant" }),
        };
        request.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var response = await client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("grant-conflict-1"));
    }

    [TestCase("""{"idempotencyKey":"k1","recipient":"0x123","amount":"5","reason":"r"}""", "recipient")]
    [TestCase("""{"idempotencyKey":"k1","recipient":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","amount":"0","reason":"r"}""", "amount")]
    [TestCase("""{"idempotencyKey":"k1","recipient":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","amount":"-3","reason":"r"}""", "amount")]
    [TestCase("""{"idempotencyKey":"k1","recipient":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","amount":"1.5","reason":"r"}""", "amount")]
    [TestCase("""{"idempotencyKey":"","recipient":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","amount":"5","reason":"r"}""", "idempotencyKey")]
    [TestCase("""{"idempotencyKey":"k1","recipient":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","amount":"5"}""", "reason")]
    public async Task MalformedGrantIs400NamingTheField(string body, string field)
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/grants") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var response = await client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task NonJsonBodyIs400ProblemAndNoKeyIs401()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/grants") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        using var response = await client.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);

        using var anonymous = await client.PostAsJsonAsync("/api/admin/grants", new { idempotencyKey = "x" });
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var outbox = await client.GetAsync("/api/outbox/1");
        Assert.That(outbox.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task UnknownEntryIs404AndBadStatusFilterIs400()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        using var missing = new HttpRequestMessage(HttpMethod.Get, "/api/outbox/987654");
        missing.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        await ProblemAssert.IsProblemAsync(await client.SendAsync(missing), HttpStatusCode.NotFound);
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/api/outbox?status=lost");
        bad.Headers.Add("X-Api-Key", ServiceFactory.AdminKey);
        var problem = await ProblemAssert.IsProblemAsync(await client.SendAsync(bad), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("status", out _), Is.True);
    }

    [Test]
    public async Task AuditorsReadTheOutboxButCannotGrantAndReportersCannotRead()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        var (_, id) = await OutboxTestKit.GrantAsync(client, "grant-roles-1", OutboxTestKit.NewResident(), 1);
        const string auditorKey = "test-auditor-key-0123456789abcdefghij";
        const string reporterKey = "test-reporter-key-0123456789abcdefghi";
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            db.ApiKeys.Add(new ApiKey { Name = "auditor", Roles = [StaffRoles.Auditor], KeyHash = ApiKey.Hash(auditorKey) });
            db.ApiKeys.Add(new ApiKey { Name = "reporter", Roles = [StaffRoles.Reporter], KeyHash = ApiKey.Hash(reporterKey) });
            await db.SaveChangesAsync();
        }

        async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string key, object? body = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Add("X-Api-Key", key);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.That(await SendAsync(HttpMethod.Get, $"/api/outbox/{id}", auditorKey), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SendAsync(HttpMethod.Get, "/api/outbox?status=queued", auditorKey), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SendAsync(HttpMethod.Post, "/api/admin/grants", auditorKey,
                new { idempotencyKey = "grant-roles-2", recipient = OutboxTestKit.NewResident(), amount = "1", reason = "r" }), Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await SendAsync(HttpMethod.Get, $"/api/outbox/{id}", reporterKey), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task OpenApiDescribesTheGrantAndOutboxEndpoints()
    {
        await using var service = ServiceFactory.For(SharedChain.Node);
        using var client = service.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/admin/grants", out var grants), Is.True);
        Assert.That(grants.GetProperty("post").GetProperty("requestBody").GetRawText(), Does.Contain("GrantRequest"));
        Assert.That(paths.TryGetProperty("/api/outbox/{id}", out _), Is.True);
        Assert.That(paths.TryGetProperty("/api/outbox", out _), Is.True);
    }
}
