using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Auth.Siwe;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Hosting;

/// <summary>
/// Anonymous callers are rate limited per address (429 problem+json with Retry-After), staff keys are not, and a
/// body larger than RequestLimits:MaxBodyBytes is a 413 problem; the real service on the shared chain.
/// </summary>
public sealed class RequestLimitsTests
{
    private ServiceFactory _service = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _service = ServiceFactory.For(SharedChain.Node);
        // The shipped sign-in default (30 a minute); a small read limit so reaching it is cheap.
        _service.Settings["RequestLimits:SignIn:PermitLimit"] = "30";
        _service.Settings["RequestLimits:PublicReads:PermitLimit"] = "5";
        _service.Settings["RequestLimits:PublicReads:WindowSeconds"] = "600";
        _ = _service.Server;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _service.DisposeAsync();

    [Test]
    public async Task FourHundredRapidAnonymousNonceRequestsAreRefusedWith429AfterTheLimit()
    {
        var client = IPAddress.Parse("203.0.113.7");
        var nonceRowsBefore = await NonceRowsAsync();

        var answers = new List<HttpContext>();
        for (var i = 0; i < 400; i++)
        {
            answers.Add(await SendAsync(client, "GET", "/api/auth/siwe/nonce"));
        }

        Assert.That(answers.Count(a => a.Response.StatusCode == StatusCodes.Status200OK), Is.EqualTo(30));
        var refused = answers.Where(a => a.Response.StatusCode == StatusCodes.Status429TooManyRequests).ToList();
        Assert.That(refused, Has.Count.EqualTo(370));
        foreach (var answer in refused.Take(3).Append(refused[^1]))
        {
            var retryAfter = int.Parse(answer.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(retryAfter, Is.InRange(1, 60));
            Assert.That(answer.Response.ContentType, Does.StartWith("application/problem+json"));
            var problem = await JsonSerializer.DeserializeAsync<JsonElement>(answer.Response.Body);
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(429));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("30 sign-in requests per 60 s"));
            Assert.That(problem.GetProperty("retryAfterSeconds").GetInt32(), Is.EqualTo(retryAfter));
        }
        Assert.That(await NonceRowsAsync() - nonceRowsBefore, Is.EqualTo(30), "a refused request stores no nonce");

        // Another address has its own window.
        var other = await SendAsync(IPAddress.Parse("198.51.100.9"), "GET", "/api/auth/siwe/nonce");
        Assert.That(other.Response.StatusCode, Is.EqualTo(StatusCodes.Status200OK));
        // A staff key from the limited address is not limited.
        var staff = await SendAsync(client, "GET", "/api/auth/siwe/nonce", ServiceFactory.AdminKey);
        Assert.That(staff.Response.StatusCode, Is.EqualTo(StatusCodes.Status200OK));
    }

    [Test]
    public async Task AStaffKeyIsNotLimitedWhereAnonymousReadsAre()
    {
        var client = IPAddress.Parse("203.0.113.20");
        var anonymous = new List<int>();
        var staff = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            anonymous.Add((await SendAsync(client, "GET", "/api/programs")).Response.StatusCode);
            staff.Add((await SendAsync(client, "GET", "/api/programs", ServiceFactory.AdminKey)).Response.StatusCode);
        }
        Assert.That(anonymous.Count(s => s == StatusCodes.Status200OK), Is.EqualTo(5));
        Assert.That(anonymous.Skip(5), Is.All.EqualTo(StatusCodes.Status429TooManyRequests));
        Assert.That(staff, Is.All.EqualTo(StatusCodes.Status200OK));
        // A wrong key is no staff key: judged (and limited) as anonymous.
        Assert.That((await SendAsync(client, "GET", "/api/programs", "not-a-key")).Response.StatusCode, Is.Not.EqualTo(StatusCodes.Status200OK));
    }

    [Test]
    public async Task AnOversizedJsonBodyIsA413Problem()
    {
        using var http = _service.CreateClient();
        var large = JsonSerializer.Serialize(new { message = new string('a', 70 * 1024), signature = "0x" });

        using var declared = await http.PostAsync("/api/auth/siwe/verify", new StringContent(large, Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("maxBodyBytes").GetInt64(), Is.EqualTo(64 * 1024));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("at most 65536 bytes"));

        // Without a Content-Length (chunked), the bound is met while reading: still 413 problem+json.
        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(large)));
        chunked.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/redemptions") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await http.SendAsync(request);
        await ProblemAssert.IsProblemAsync(streamed, HttpStatusCode.RequestEntityTooLarge);

        using var bound = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(large)));
        bound.Headers.ContentType = new("application/json");
        using var boundRequest = new HttpRequestMessage(HttpMethod.Post, "/api/auth/siwe/verify") { Content = bound };
        boundRequest.Headers.TransferEncodingChunked = true;
        using var boundAnswer = await http.SendAsync(boundRequest);
        await ProblemAssert.IsProblemAsync(boundAnswer, HttpStatusCode.RequestEntityTooLarge);

        // A small body still reaches the endpoint.
        using var small = await http.PostAsJsonAsync("/api/auth/siwe/verify", new { message = "x", signature = "0x" });
        await ProblemAssert.IsProblemAsync(small, HttpStatusCode.BadRequest);
    }

    /// <summary>A request from <paramref name="client"/> (the in-memory server lets the test set the remote address).</summary>
    private async Task<HttpContext> SendAsync(IPAddress client, string method, string path, string? apiKey = null) =>
        await _service.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = client;
            context.Request.Method = method;
            context.Request.Path = path;
            context.Request.Headers.Accept = "application/json";
            if (apiKey is not null)
            {
                context.Request.Headers[ApiKeyAuthenticationHandler.HeaderName] = apiKey;
            }
        });

    private async Task<int> NonceRowsAsync()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<SiweNonce>().CountAsync();
    }
}
