using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Redemptions;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Redemptions;

/// <summary>Catalog, minting, polling and database counts shared by the redemption tests.</summary>
internal static class RedemptionTestKit
{
    public static readonly BigInteger OneToken = BigInteger.Pow(10, 18);

    public static ServiceFactory StartService()
    {
        var service = ServiceFactory.For(SharedChain.Node);
        service.ConfigureTestServices = TestResidentAuth.Register;
        return service;
    }

    public static HttpRequestMessage Request(HttpMethod method, string url, object? body = null, string? apiKey = null, string? resident = null)
    {
        var request = new HttpRequestMessage(method, url);
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
        return request;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    /// <summary>Lists a reward through POST /api/catalog and waits until it is on chain and indexed; returns its id.</summary>
    public static async Task<long> AddRewardAsync(HttpClient client, string name, string price, object stock, string? merchant)
    {
        var (status, body) = await SendAsync(client, Request(HttpMethod.Post, "/api/catalog",
            new { name, description = $"{name} (test)", price, stock, merchant }, ServiceFactory.AdminKey));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        var statusUrl = body.GetProperty("statusUrl").GetString()!;
        var done = await EventuallyAsync(async () =>
        {
            var (_, view) = await SendAsync(client, Request(HttpMethod.Get, statusUrl, apiKey: ServiceFactory.AdminKey));
            return view.GetProperty("status").GetString() != "pending" && view.GetProperty("rewardId").ValueKind == JsonValueKind.Number ? view : (JsonElement?)null;
        });
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"), done.ToString());
        return done.GetProperty("rewardId").GetInt64();
    }

    public static async Task MintAsync(string to, BigInteger amount)
    {
        var token = new CivicTokenService(SharedChain.Node.Web3ForAccount0(), SharedChain.Manifest.AddressOf("CivicToken"));
        var receipt = await token.MintRequestAndWaitForReceiptAsync(new MintFunction { To = to, Amount = amount });
        Assert.That(receipt.Status.Value, Is.EqualTo(BigInteger.One), "mint succeeded");
    }

    public static Task<BigInteger> BalanceAsync(string address) =>
        new CivicTokenService(SharedChain.Node.Web3ForAccount0(), SharedChain.Manifest.AddressOf("CivicToken")).BalanceOfQueryAsync(address);

    /// <summary>Outbox entries and redemption requests stored so far: what "nothing relayed" is checked against.</summary>
    public static async Task<(int Outbox, int Requests)> CountsAsync(ServiceFactory service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        return (await db.Set<OutboxEntry>().CountAsync(), await db.Set<RedemptionRequest>().CountAsync());
    }

    /// <summary>Polls until <paramref name="probe"/> returns a value (30 s at most).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, int seconds = 30) where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"condition not met within {seconds} s");
            }
            await Task.Delay(150);
        }
    }
}
