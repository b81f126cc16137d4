using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Rewards;

/// <summary>The real service on the shared chain, with clients for each staff role.</summary>
internal sealed class RewardsHost : IAsyncDisposable
{
    private RewardsHost(ServiceFactory service, HttpClient admin)
    {
        Service = service;
        Admin = admin;
    }

    public ServiceFactory Service { get; }
    public HttpClient Admin { get; }

    public static async Task<RewardsHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var service = ServiceFactory.For(SharedChain.Node);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            service.Settings[key] = value;
        }
        service.ConfigureTestServices = configureServices;
        var admin = service.CreateClient();
        admin.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
        using var me = await admin.GetAsync("/api/staff/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return new RewardsHost(service, admin);
    }

    public HttpClient Anonymous() => Service.CreateClient();

    /// <summary>A client holding a new staff key of <paramref name="role"/> (stored hashed, as the service does).</summary>
    public async Task<HttpClient> ClientAsync(string role, string name)
    {
        var key = ApiKey.Generate();
        await using (var scope = Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            db.ApiKeys.Add(new ApiKey { Name = name, Roles = [role], KeyHash = ApiKey.Hash(key), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }

    public static object Program(string slug, object rule, string budget = "1000", string? dailyCap = null, string? monthlyCap = null,
        string maxQuantity = "100", string startsAt = "2026-01-01T00:00:00Z", string? endsAt = null) => new
        {
            slug, name = "Test " + slug, actionType = "waste-sorting", rule, maxQuantity, dailyCap, monthlyCap, budget, startsAt, endsAt,
        };

    public static object Fixed(string amount) => new { kind = "fixed", amount };

    public async Task<JsonElement> CreateProgramAsync(object settings)
    {
        using var response = await Admin.PostAsJsonAsync("/api/programs", settings);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetProgramAsync(string slug) =>
        await Anonymous().GetFromJsonAsync<JsonElement>($"/api/programs/{slug}");

    /// <summary>Posts an action and returns the status code and JSON body.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostActionAsync(HttpClient client, object action)
    {
        using var response = await client.PostAsJsonAsync("/api/actions", action);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    public async Task<JsonElement> GetActionAsync(long id) => await Admin.GetFromJsonAsync<JsonElement>($"/api/actions/{id}");

    public static object Action(string program, string resident, object quantity, string occurredAt = "2026-03-10T10:00:00Z",
        string? category = null, string? externalId = null, string? evidence = null) => new
        {
            externalId = externalId ?? Guid.NewGuid().ToString("N"), program, resident, quantity, category, occurredAt, evidence,
        };

    public static string NewResident() => "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Service.DisposeAsync();
    }
}

/// <summary>Expected lists written inline (a params span: no constant array at the call site).</summary>
internal static class Expect
{
    public static T[] Items<T>(params ReadOnlySpan<T> items) => items.ToArray();
}
