using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Devices;
using CityToken.Api.KeyRing;
using CityToken.Tests.Auth;
using CityToken.Tests.Infrastructure;
using CityToken.Tests.Rewards;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.KeyRing;

/// <summary>
/// The Data Protection key ring (sessions, device keys, voucher codes) is encrypted on disk with
/// DataProtection:KeyEncryptionSecret; the same secret reads it after a restart, another one stops the service.
/// </summary>
public sealed class KeyRingAtRestTests
{
    private static ServiceFactory Service(string data, string secret = ServiceFactory.KeyEncryptionSecret)
    {
        var service = ServiceFactory.For(SharedChain.Node, data);
        service.Settings["DataProtection:KeyEncryptionSecret"] = secret;
        return service;
    }

    private static string[] KeyFiles(string data) => Directory.GetFiles(Path.Combine(data, KeyRingLocation.FolderName), "*.xml");

    [Test]
    public async Task TheRingOnDiskHoldsNoPlainKeyAndTheSameSecretReadsDeviceKeysAndSessionsAfterARestart()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        var program = RewardsHost.Unique("ring-bin");
        var device = RewardsHost.Unique("ring-bin");
        string deviceKey;
        DashboardClient browser;
        await using (var first = Service(data))
        {
            using var admin = first.CreateClient();
            admin.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
            using (var created = await admin.PostAsJsonAsync("/api/programs", RewardsHost.Program(program, new { kind = "per-unit", unit = "kg", rates = new { plastic = "1" } })))
            {
                Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            }
            using (var registered = await admin.PostAsJsonAsync("/api/devices", new { id = device, name = "Bin", program }))
            {
                Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
                deviceKey = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            }
            browser = new DashboardClient(first);
            await browser.SignInAsync(ServiceFactory.AdminKey);
        }

        var files = KeyFiles(data);
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.That(xml, Does.Not.Contain("masterKey").And.Contain("encryptedSecret"), file);
        }

        await using var second = Service(data);
        using (browser)
        using (var again = browser.Carry(second))
        using (var overview = await again.GetAsync("/admin"))
        {
            Assert.That(overview.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session made before the restart");
        }
        using var webhook = await SendEventAsync(second, device, deviceKey);
        Assert.That(webhook.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await webhook.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AnotherSecretStopsTheServiceAtStartWithAClearReasonAndWritesNoNewKey()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        await using (var first = Service(data))
        {
            using var client = first.CreateClient();
            using var health = await client.GetAsync("/health");
        }
        var before = KeyFiles(data);
        Assert.That(before, Is.Not.Empty);

        await using var wrong = Service(data, "a-different-key-ring-secret-0123456789");
        var failure = Assert.Catch(() => wrong.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("DataProtection:KeyEncryptionSecret").And.Contain("another"));
        Assert.That(KeyFiles(data), Is.EquivalentTo(before));
    }

    [Test]
    public async Task KeysAnEarlierVersionStoredUnencryptedAreEncryptedAndStillRead()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        var folder = Path.Combine(data, KeyRingLocation.FolderName);
        string protectedBefore;
        // The ring as the service wrote it before: same application name and folder, no key encryption.
        await using (var earlier = new ServiceCollection().AddLogging().AddDataProtection().SetApplicationName("CityToken")
            .PersistKeysToFileSystem(new DirectoryInfo(folder)).Services.BuildServiceProvider())
        {
            protectedBefore = earlier.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-check").Protect("a device key");
        }
        Assert.That(await File.ReadAllTextAsync(KeyFiles(data).Single()), Does.Contain("masterKey"));

        await using var upgraded = Service(data);
        using (var client = upgraded.CreateClient())
        using (var health = await client.GetAsync("/health"))
        {
        }

        var unprotected = upgraded.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-check").Unprotect(protectedBefore);
        Assert.That(unprotected, Is.EqualTo("a device key"));
        foreach (var file in KeyFiles(data))
        {
            Assert.That(await File.ReadAllTextAsync(file), Does.Not.Contain("masterKey"), file);
        }
    }

    private static async Task<HttpResponseMessage> SendEventAsync(ServiceFactory service, string device, string key)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId = Guid.NewGuid().ToString("N"), resident = RewardsHost.NewResident(), category = "plastic", weightKg = 2,
            occurredAt = DateTimeOffset.UtcNow.AddSeconds(-5),
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/devices/{device}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(DeviceSigning.TimestampHeader, timestamp);
        request.Headers.Add(DeviceSigning.SignatureHeader, DeviceSigning.Header(key, timestamp, body));
        using var client = service.CreateClient();
        return await client.SendAsync(request);
    }
}
