using System.Net;
using System.Text.Json;
using CityToken.Contracts.RewardCatalog;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;
using Nethereum.Util;
using Nethereum.Web3;
using static CityToken.Tests.Redemptions.RedemptionTestKit;

namespace CityToken.Tests.Redemptions;

/// <summary>Catalog management through the outbox (the service account holds CATALOG_MANAGER_ROLE, not the admin role).</summary>
public sealed class CatalogApiTests
{
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _service = StartService();
        _client = _service.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public async Task AdminListsABurnedCityServiceSentByTheServiceAccountWithoutAdminRole()
    {
        var catalog = new RewardCatalogService(new Web3(SharedChain.Node.RpcUrl), SharedChain.Manifest.AddressOf("RewardCatalog"));
        var service = SharedChain.Manifest.Roles!.Service;
        Assert.Multiple(async () =>
        {
            Assert.That(await catalog.HasRoleQueryAsync(await catalog.DefaultAdminRoleQueryAsync(), service), Is.False, "service is not catalog admin");
            Assert.That(await catalog.HasRoleQueryAsync(await catalog.CatalogManagerRoleQueryAsync(), service), Is.True, "service manages the catalog");
        });

        var id = await AddRewardAsync(_client, "Museum entry", "1", "unlimited", null);

        var item = await ItemAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("name").GetString(), Is.EqualTo("Museum entry"));
            Assert.That(item.GetProperty("description").GetString(), Is.EqualTo("Museum entry (test)"));
            Assert.That(item.GetProperty("price").GetString(), Is.EqualTo("1"));
            Assert.That(item.GetProperty("priceBaseUnits").GetString(), Is.EqualTo("1000000000000000000"));
            Assert.That(item.GetProperty("unlimited").GetBoolean(), Is.True);
            Assert.That(item.GetProperty("stock").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(item.GetProperty("merchant").ValueKind, Is.EqualTo(JsonValueKind.Null), "burned");
            Assert.That(item.GetProperty("active").GetBoolean(), Is.True);
            Assert.That(item.GetProperty("uri").GetString(), Does.StartWith("urn:citytoken:catalog:"));
        });
    }

    [Test]
    public async Task PatchChangesPriceStockActiveAndNameOnChainAndInTheIndex()
    {
        var merchant = EthECKey.GenerateKey().GetPublicAddress();
        var id = await AddRewardAsync(_client, "Bike day", "3", 10, merchant);

        var (status, accepted) = await SendAsync(_client, Request(HttpMethod.Patch, $"/api/catalog/{id}",
            new { price = "0.75", stock = 4, active = false, name = "Bike rental, one day" }, ServiceFactory.AdminKey));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToString());
        var request = await EventuallyAsync(async () =>
        {
            var (_, view) = await SendAsync(_client, Request(HttpMethod.Get, accepted.GetProperty("statusUrl").GetString()!, apiKey: ServiceFactory.AdminKey));
            return view.GetProperty("status").GetString() != "pending" ? view : (JsonElement?)null;
        });
        Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("confirmed"), request.ToString());
        Assert.That(request.GetProperty("writes").EnumerateArray().Select(w => w.GetProperty("step").GetString()), Is.EquivalentTo(Steps));

        var item = await EventuallyAsync(async () =>
        {
            var current = await ItemAsync(id);
            return current.GetProperty("active").GetBoolean() ? null : (JsonElement?)current;
        });
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("price").GetString(), Is.EqualTo("0.75"));
            Assert.That(item.GetProperty("stock").GetString(), Is.EqualTo("4"));
            Assert.That(item.GetProperty("merchant").GetString(), Is.EqualTo(AddressUtil.Current.ConvertToChecksumAddress(merchant)), "unchanged");
            Assert.That(item.GetProperty("name").GetString(), Is.EqualTo("Bike rental, one day"));
        });
    }

    [Test]
    public async Task InvalidItemsAreProblemsNamingTheFields()
    {
        using var request = Request(HttpMethod.Post, "/api/catalog",
            new { name = "", price = "0", stock = "lots", merchant = "0x0000000000000000000000000000000000000000" }, ServiceFactory.AdminKey);
        using var response = await _client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(Fields));

        var (empty, _) = await SendAsync(_client, Request(HttpMethod.Patch, "/api/catalog/1", new { }, ServiceFactory.AdminKey));
        var (unknown, _) = await SendAsync(_client, Request(HttpMethod.Patch, "/api/catalog/99999", new { active = false }, ServiceFactory.AdminKey));
        Assert.Multiple(() =>
        {
            Assert.That(empty, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task WritesNeedAnAdminAndReadsArePublic()
    {
        var (anonymousPost, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/catalog", new { name = "x", price = "1", stock = 1 }));
        var (residentPatch, _) = await SendAsync(_client, Request(HttpMethod.Patch, "/api/catalog/1", new { active = false }, resident: EthECKey.GenerateKey().GetPublicAddress()));
        var (anonymousRequest, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/catalog/requests/{Guid.NewGuid()}"));
        var (adminUnknownRequest, _) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/catalog/requests/{Guid.NewGuid()}", apiKey: ServiceFactory.AdminKey));
        var (list, _) = await SendAsync(_client, Request(HttpMethod.Get, "/api/catalog"));
        Assert.Multiple(() =>
        {
            Assert.That(anonymousPost, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(residentPatch, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(anonymousRequest, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(adminUnknownRequest, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private static readonly string[] Steps = ["terms", "active"];
    private static readonly string[] Fields = ["name", "price", "stock", "merchant"];

    private async Task<JsonElement> ItemAsync(long id)
    {
        var (_, catalog) = await SendAsync(_client, Request(HttpMethod.Get, "/api/catalog"));
        return catalog.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
    }
}
