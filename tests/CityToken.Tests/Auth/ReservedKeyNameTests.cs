using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Auth;

/// <summary>Staff and merchant keys share one namespace of names, and none may pass for a key the service manages.</summary>
public sealed class ReservedKeyNameTests
{
    private AuthHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuthHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase("bootstrap-admin")]
    [TestCase("Bootstrap-Admin")]
    [TestCase("  BOOTSTRAP-ADMIN ")]
    public async Task AStaffKeyCannotTakeAReservedName(string name)
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/staff/keys", new { name, roles = Strings.Of(StaffRoles.Admin) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("name")[0].GetString(), Does.Contain("reserved"));
        await AssertNoKeyNamedAsync(name);
    }

    [TestCase("seed")]
    [TestCase("Unknown")]
    [TestCase("device:bin-7")]
    [TestCase("DEVICE:bin-7")]
    public async Task AKeyCannotPassForAnActorTheServiceNamesItself(string name)
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var staff = await admin.PostAsJsonAsync("/api/staff/keys", new { name, roles = Strings.Of(StaffRoles.Reporter) });
        using var merchant = await admin.PostAsJsonAsync("/api/merchants/keys", new { name });

        await ProblemAssert.IsProblemAsync(staff, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(merchant, HttpStatusCode.BadRequest);
    }

    [TestCase("bootstrap-admin")]
    [TestCase("BOOTSTRAP-admin")]
    public async Task AMerchantKeyCannotTakeAReservedName(string name)
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/merchants/keys", new { name });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("name")[0].GetString(), Does.Contain("reserved"));
        await AssertNoKeyNamedAsync(name);
    }

    [Test]
    public async Task AMerchantKeyCannotTakeAnExistingKeysName()
    {
        var taken = "front-desk-" + Guid.NewGuid().ToString("N")[..6];
        await _host.CreateKeyAsync(taken, StaffRoles.Registrar);
        using var admin = _host.Staff(ServiceFactory.AdminKey);

        using var response = await admin.PostAsJsonAsync("/api/merchants/keys", new { name = taken });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    /// <summary>The only key bearing the name, in any case, is the bootstrap key itself.</summary>
    private async Task AssertNoKeyNamedAsync(string name)
    {
        using var admin = _host.Staff(ServiceFactory.AdminKey);
        var keys = await admin.GetFromJsonAsync<JsonElement>("/api/staff/keys");
        var named = keys.EnumerateArray().Where(k => string.Equals(k.GetProperty("name").GetString(), name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(named, Has.Count.EqualTo(1));
        Assert.That(named[0].GetProperty("bootstrap").GetBoolean(), Is.True);
    }
}
