using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards;

/// <summary>/api/programs: public listing, admin management, validation, audit trail, demo seeding.</summary>
public sealed class ProgramsApiTests
{
    private RewardsHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await RewardsHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task AnyoneListsProgramsWithRulesCapsAndRemainingBudget()
    {
        var slug = Unique("listed");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-unit", unit = "kg", rates = new { plastic = "0.5", glass = "0.2" } },
            budget: "5000", dailyCap: "20", monthlyCap: "200"));

        var programs = await _host.Anonymous().GetFromJsonAsync<JsonElement>("/api/programs");

        var listed = programs.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == slug);
        Assert.That(listed.GetProperty("rule").GetProperty("kind").GetString(), Is.EqualTo("per-unit"));
        Assert.That(listed.GetProperty("rule").GetProperty("rates").GetProperty("plastic").GetString(), Is.EqualTo("0.5"));
        Assert.That(listed.GetProperty("dailyCap").GetString(), Is.EqualTo("20"));
        Assert.That(listed.GetProperty("monthlyCap").GetString(), Is.EqualTo("200"));
        Assert.That(listed.GetProperty("budget").GetString(), Is.EqualTo("5000"));
        Assert.That(listed.GetProperty("remaining").GetString(), Is.EqualTo("5000"));
        Assert.That(listed.GetProperty("active").GetBoolean(), Is.True);
    }

    [Test]
    public async Task AnInvalidProgramIsA400ProblemNamingEachField()
    {
        using var response = await _host.Admin.PostAsJsonAsync("/api/programs", new
        {
            slug = "Bad Slug", actionType = "waste-sorting", rule = new { kind = "per-unit", rates = new { plastic = "-1" } },
            maxQuantity = "0", dailyCap = "zero", budget = "lots", startsAt = "2026-02-01T00:00:00Z", endsAt = "2026-01-01T00:00:00Z",
        });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(Expect.Items(
            "slug", "name", "rule.rates.plastic", "maxQuantity", "dailyCap", "budget", "endsAt")));
    }

    [Test]
    public async Task ADuplicateSlugIsAConflictAndAnUnknownOneIs404()
    {
        var slug = Unique("dup");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        using var again = await _host.Admin.PostAsJsonAsync("/api/programs", Program(slug, Fixed("1")));
        using var missing = await _host.Anonymous().GetAsync("/api/programs/no-such-program");

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task EveryChangeIsAuditedWithWhoWhenBeforeAndAfter()
    {
        var slug = Unique("audited");
        await _host.CreateProgramAsync(Program(slug, Fixed("1"), budget: "100"));
        using (var update = await _host.Admin.PutAsJsonAsync($"/api/programs/{slug}", Program(slug, Fixed("2"), budget: "150")))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK), await update.Content.ReadAsStringAsync());
        }
        using (var pause = await _host.Admin.PostAsync($"/api/programs/{slug}/pause", null))
        {
            Assert.That(pause.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("auditor"));

        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/programs/{slug}/audit");

        var entries = audit.EnumerateArray().ToList();
        Assert.That(entries.Select(e => e.GetProperty("change").GetString()), Is.EqualTo(Expect.Items("created", "updated", "paused")));
        Assert.That(entries.Select(e => e.GetProperty("actor").GetString()), Is.All.EqualTo(BootstrapAdminKey.KeyName));
        Assert.That(entries[0].GetProperty("before").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(entries[1].GetProperty("before").GetProperty("budget").GetString(), Is.EqualTo("100"));
        Assert.That(entries[1].GetProperty("after").GetProperty("budget").GetString(), Is.EqualTo("150"));
        Assert.That(entries[1].GetProperty("after").GetProperty("rule").GetProperty("amount").GetString(), Is.EqualTo("2"));
        Assert.That(entries[2].GetProperty("before").GetProperty("active").GetBoolean(), Is.True);
        Assert.That(entries[2].GetProperty("after").GetProperty("active").GetBoolean(), Is.False);
        Assert.That(entries[2].GetProperty("at").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(2)));
    }

    [Test]
    public async Task TheBudgetCannotBeCutBelowWhatIsReserved()
    {
        var slug = Unique("cut");
        await _host.CreateProgramAsync(Program(slug, Fixed("30"), budget: "100"));
        var (_, action) = await PostActionAsync(_host.Admin, Action(slug, NewResident(), 1));
        Assert.That(action.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));

        using var cut = await _host.Admin.PutAsJsonAsync($"/api/programs/{slug}", Program(slug, Fixed("30"), budget: "20"));

        var problem = await ProblemAssert.IsProblemAsync(cut, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("budget")[0].GetString(), Does.Contain("30"));
    }

    [Test]
    public async Task OnlyAdminsManagePrograms()
    {
        var slug = Unique("guarded");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("reporter"));
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("auditor"));

        using var create = await reporter.PostAsJsonAsync("/api/programs", Program(Unique("x"), Fixed("1")));
        using var update = await reporter.PutAsJsonAsync($"/api/programs/{slug}", Program(slug, Fixed("9")));
        using var pause = await reporter.PostAsync($"/api/programs/{slug}/pause", null);
        using var reporterAudit = await reporter.GetAsync($"/api/programs/{slug}/audit");
        using var auditorCreate = await auditor.PostAsJsonAsync("/api/programs", Program(Unique("x"), Fixed("1")));
        using var anonymousCreate = await _host.Anonymous().PostAsJsonAsync("/api/programs", Program(Unique("x"), Fixed("1")));
        using var anonymousAudit = await _host.Anonymous().GetAsync($"/api/programs/{slug}/audit");

        await ProblemAssert.IsProblemAsync(create, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(update, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(pause, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(reporterAudit, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(auditorCreate, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(anonymousCreate, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(anonymousAudit, HttpStatusCode.Unauthorized);
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("rule").GetProperty("amount").GetString(), Is.EqualTo("1"));
    }

    [Test]
    public async Task DemoProgramsAreSeededOnANewDatabaseWhenConfigured()
    {
        await using var seeded = await RewardsHost.StartAsync(new Dictionary<string, string?> { ["Rewards:SeedDemoPrograms"] = "true" });
        var programs = await seeded.Anonymous().GetFromJsonAsync<JsonElement>("/api/programs");
        var slugs = programs.EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ToList();
        Assert.That(slugs, Is.EquivalentTo(DemoPrograms.For(DateTimeOffset.UnixEpoch).Select(p => p.Slug)));
        var bin = programs.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "smart-bin-recycling");
        Assert.That(bin.GetProperty("rule").GetProperty("rates").EnumerateObject().Select(r => r.Name),
            Is.EquivalentTo(Expect.Items("plastic", "paper", "glass", "metal", "organic", "e-waste")));

        // The seeded programs take actions of the city scenarios.
        var (_, action) = await PostActionAsync(seeded.Admin, Action("smart-bin-recycling", NewResident(), 4, category: "metal",
            occurredAt: DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O")));
        Assert.That(action.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued), action.ToString());
        Assert.That((await seeded.GetActionAsync(action.GetProperty("id").GetInt64())).GetProperty("amount").GetString(), Is.EqualTo("3200000000000000000"));

        var programsWithoutSeeding = await _host.Anonymous().GetFromJsonAsync<JsonElement>("/api/programs");
        Assert.That(programsWithoutSeeding.EnumerateArray().Select(p => p.GetProperty("slug").GetString()), Does.Not.Contain("tax-on-time"));
    }

    [Test]
    public async Task TheRewardsEndpointsAreDescribedInOpenApi()
    {
        var document = await _host.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(Expect.Items("/api/programs", "/api/programs/{slug}", "/api/programs/{slug}/audit", "/api/actions",
            "/api/actions/bulk", "/api/actions/{id}", "/api/actions/{id}/retry", "/api/devices", "/api/devices/{deviceId}/keys",
            "/api/devices/{deviceId}/events")));
        var bulk = document.GetProperty("paths").GetProperty("/api/actions/bulk").GetProperty("post");
        Assert.That(bulk.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _), Is.True);
    }

    [Test]
    public async Task AnUnknownTimeZoneStopsTheServiceAtStart()
    {
        var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Rewards:TimeZone"] = "Mars/Olympus_Mons";
        await using (service)
        {
            var error = Assert.Catch(() => service.CreateClient());
            Assert.That(error!.ToString(), Does.Contain("Rewards:TimeZone"));
        }
    }
}
