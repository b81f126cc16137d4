using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using CityToken.Tests.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;
using Npgsql;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Storage;

/// <summary>
/// What PostgreSQL adds: two in-process instances on one database (a budget and caps exact under concurrent intake, a
/// sign-in made on one instance valid on the other) and the binding guard's set-aside of schemas.
/// </summary>
[Category("PostgreSQL")]
public sealed class PostgresStorageTests
{
    [SetUp]
    public void RequireServer() =>
        Assert.That(TestStorage.PostgresServer, Is.Not.Null, "these tests need CITYTOKEN_TEST_POSTGRES (./scripts/test.sh starts a cluster)");

    [Test]
    public async Task TwoInstancesTakingActionsAtOnceKeepTheBudgetAndEveryResidentsCapExact()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-two-").FullName;
        await using var first = Instance(data);
        await using var second = Instance(data);
        using var firstAdmin = Admin(first);
        using var secondAdmin = Admin(second);
        var slug = Unique("shared");
        using (var created = await firstAdmin.PostAsJsonAsync("/api/programs", Program(slug, Fixed("1"), budget: "30", dailyCap: "4")))
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        var residents = Enumerable.Range(0, 10).Select(_ => NewResident()).ToList();

        // 100 actions, 10 per resident, half to each instance, 16 in flight: 40 fit the caps, 30 fit the budget.
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<(string Resident, string Status, string? Reason)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var resident = residents[i % residents.Count];
            var (status, body) = await PostActionAsync(i % 2 == 0 ? firstAdmin : secondAdmin, Action(slug, resident, 1));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
            outcomes.Add((resident, body.GetProperty("status").GetString()!, body.TryGetProperty("reason", out var reason) ? reason.GetString() : null));
        });

        var queued = outcomes.Where(o => o.Status == ActionStatus.Queued).ToList();
        Assert.That(queued, Has.Count.EqualTo(30), "exactly the budget");
        Assert.That(queued.GroupBy(o => o.Resident).Max(g => g.Count()), Is.LessThanOrEqualTo(4), "no resident over the daily cap");
        Assert.That(outcomes.Where(o => o.Status == ActionStatus.Rejected).Select(o => o.Reason).Distinct(),
            Is.SubsetOf(new[] { RejectionReasons.BudgetExhausted, RejectionReasons.DailyCapReached }));
        var program = await secondAdmin.GetFromJsonAsync<JsonElement>($"/api/programs/{slug}");
        Assert.That(decimal.Parse(program.GetProperty("reserved").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(30m), program.ToString());
    }

    [Test]
    public async Task ANonceFromOneInstanceSignsInOnTheOtherAndItsCookieWorksOnTheFirst()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-two-").FullName;
        await using var first = await AuthHost.StartAsync(data);
        await using var second = await AuthHost.StartAsync(data);
        var wallet = EthECKey.GenerateKey();
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(AuthHost.AddressOf(wallet), await first.NonceAsync(), now, now.AddMinutes(30));

        using var verified = await second.VerifyAsync(message, AuthHost.Sign(message, wallet));
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.OK), await verified.Content.ReadAsStringAsync());
        using var replayed = await first.VerifyAsync(message, AuthHost.Sign(message, wallet));
        Assert.That(replayed.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "a nonce is used once, whichever instance saw it");

        using var resident = first.Resident(AuthHost.SessionCookie(verified)!);
        using var own = await resident.GetAsync($"/api/residents/{AuthHost.AddressOf(wallet)}/actions");
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie the second instance made is read by the first");
    }

    [Test]
    public async Task AnInstanceWithAnotherKeyRingSecretRefusesToStartInsteadOfMakingNewKeys()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-ring-").FullName;
        await using (var first = Instance(data))
        {
            using var client = first.CreateClient();
            using var health = await client.GetAsync("/health"); // the host started and wrote its key ring
        }
        var keys = await ScalarAsync<long>(TestStorage.PostgresDatabaseFor(data), "SELECT count(*) FROM \"DataProtectionKeys\"");
        Assert.That(keys, Is.GreaterThan(0), "the key ring is in the database");

        await using var other = Instance(data);
        other.Settings["DataProtection:KeyEncryptionSecret"] = "another-secret-0123456789abcdefghijklmnop";
        var refused = Assert.Catch(() => other.CreateClient());
        Assert.That(refused!.ToString(), Does.Contain("cannot be decrypted with DataProtection:KeyEncryptionSecret"));
        Assert.That(await ScalarAsync<long>(TestStorage.PostgresDatabaseFor(data), "SELECT count(*) FROM \"DataProtectionKeys\""), Is.EqualTo(keys), "no new key");
    }

    [Test]
    public async Task ADatabaseOfAChainThatNoLongerExistsIsRenamedAsideNotDeleted()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-guard-").FullName;
        var connection = TestStorage.PostgresDatabaseFor(data);
        await using var oldChain = await HardhatNode.StartAsync();
        await oldChain.DeployAsync();
        await StartAndStopAsync(oldChain, data);
        var oldBinding = await BindingAsync(connection, "public");

        await oldChain.StopAsync();
        await using var newChain = await HardhatNode.StartAsync();
        await newChain.DeployAsync();
        await StartAndStopAsync(newChain, data);

        var setAside = await ScalarAsync<string>(connection,
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'set_aside_chain31337_%_public'");
        Assert.That(setAside, Is.Not.Null, "the old schema is renamed aside");
        Assert.That(await BindingAsync(connection, setAside!), Is.EqualTo(oldBinding), "the set-aside schema is the old database");
        var newBinding = await BindingAsync(connection, "public");
        Assert.That(newBinding, Is.Not.EqualTo(oldBinding), "the service started clean, bound to the new chain");
    }

    /// <summary>An instance on <paramref name="data"/>'s PostgreSQL database (on the shared chain unless <paramref name="node"/> is given).</summary>
    private static ServiceFactory Instance(string data, HardhatNode? node = null)
    {
        var service = ServiceFactory.For(node ?? SharedChain.Node, data);
        foreach (var (key, value) in TestStorage.PostgresSettingsFor(data))
        {
            service.Settings[key] = value;
        }
        return service;
    }

    private static HttpClient Admin(ServiceFactory service)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        return client;
    }

    private static async Task StartAndStopAsync(HardhatNode node, string data)
    {
        await using var service = Instance(data, node);
        using var client = service.CreateClient(); // builds and starts the host, which runs the guard
        using var response = await client.GetAsync("/health");
    }

    private static Task<string?> BindingAsync(string connection, string schema) =>
        ScalarAsync<string>(connection, $"SELECT \"DeploymentBlockHash\" FROM \"{schema}\".\"ChainBindings\"");

    private static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }
}
