using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards;

/// <summary>POST /api/actions: acceptance, idempotency, every rejection reason, caps, budget, auth, lifecycle.</summary>
public sealed class ActionIntakeTests
{
    private RewardsHost _host = null!;
    private HttpClient _reporter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await RewardsHost.StartAsync(new Dictionary<string, string?> { ["Rewards:TimeZone"] = "Europe/Zurich" });
        _reporter = await _host.ClientAsync(StaffRoles.Reporter, "tax-office");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _reporter.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task AnAcceptedActionIsQueuedWithItsAmountInBaseUnitsAndReservesBudget()
    {
        var slug = Unique("bin");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-unit", rates = new { plastic = "0.5", paper = "0.3" } }, budget: "100"));
        var resident = NewResident();

        var (status, body) = await PostActionAsync(_reporter, Action(slug, "did:ethr:0x7a69:" + resident, 2.5, category: "plastic", evidence: "photo-1"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        var action = await _host.GetActionAsync(body.GetProperty("id").GetInt64());
        Assert.That(action.GetProperty("amount").GetString(), Is.EqualTo("1250000000000000000"));
        Assert.That(action.GetProperty("resident").GetString(), Is.EqualTo(Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(resident)));
        Assert.That(action.GetProperty("program").GetString(), Is.EqualTo(slug));
        Assert.That(action.GetProperty("reporter").GetString(), Is.EqualTo("tax-office"));
        Assert.That(action.GetProperty("batchId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var program = await _host.GetProgramAsync(slug);
        Assert.That(program.GetProperty("reserved").GetString(), Is.EqualTo("1.25"));
        Assert.That(program.GetProperty("remaining").GetString(), Is.EqualTo("98.75"));
    }

    [Test]
    public async Task TheSameBodyAgainGivesTheSameActionAndADifferentBodyIsAConflict()
    {
        var slug = Unique("poll");
        await _host.CreateProgramAsync(Program(slug, Fixed("2")));
        var resident = NewResident();
        var first = Action(slug, resident, 1, externalId: "poll-answer-1");

        var (status1, body1) = await PostActionAsync(_reporter, first);
        var (status2, body2) = await PostActionAsync(_reporter, first);
        var (status3, body3) = await PostActionAsync(_reporter, Action(slug, resident, 1, externalId: "poll-answer-1", occurredAt: "2026-03-11T10:00:00Z"));
        // Another reporter has its own externalId space.
        using var other = await _host.ClientAsync(StaffRoles.Reporter, Unique("poll-site"));
        var (status4, body4) = await PostActionAsync(other, first);

        Assert.That(status1, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(status2, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body2.GetProperty("id").GetInt64(), Is.EqualTo(body1.GetProperty("id").GetInt64()));
        Assert.That(status3, Is.EqualTo(HttpStatusCode.Conflict), body3.ToString());
        Assert.That(body3.GetProperty("actionId").GetInt64(), Is.EqualTo(body1.GetProperty("id").GetInt64()));
        Assert.That(status4, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(body4.GetProperty("id").GetInt64(), Is.Not.EqualTo(body1.GetProperty("id").GetInt64()));
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("reserved").GetString(), Is.EqualTo("4"), "the replay reserved nothing");
    }

    private static IEnumerable<TestCaseData> Rejections()
    {
        var resident = NewResident();
        TestCaseData Case(string reason, Func<string, object> action) => new TestCaseData(reason, action).SetName($"Rejected_{reason}");
        yield return Case(RejectionReasons.UnknownProgram, _ => Action("no-such-program", resident, 1));
        yield return Case(RejectionReasons.InvalidResident, slug => Action(slug, "0x1234", 1, category: "plastic"));
        yield return Case(RejectionReasons.InvalidResident + "-did", slug => Action(slug, "did:web:city.example", 1, category: "plastic"));
        yield return Case(RejectionReasons.WrongNetwork, slug => Action(slug, "did:ethr:0x1:" + resident, 1, category: "plastic"));
        yield return Case(RejectionReasons.InvalidQuantity, slug => Action(slug, resident, "three", category: "plastic"));
        yield return Case(RejectionReasons.QuantityNotPositive, slug => Action(slug, resident, 0, category: "plastic"));
        yield return Case(RejectionReasons.QuantityNotPositive + "-negative", slug => Action(slug, resident, -2, category: "plastic"));
        yield return Case(RejectionReasons.QuantityTooLarge, slug => Action(slug, resident, 5000, category: "plastic"));
        yield return Case(RejectionReasons.UnknownCategory, slug => Action(slug, resident, 1, category: "uranium"));
        yield return Case(RejectionReasons.OccurredInFuture, slug => Action(slug, resident, 1, category: "plastic",
            occurredAt: DateTimeOffset.UtcNow.AddMinutes(30).ToString("O")));
        yield return Case(RejectionReasons.BeforeProgramStart, slug => Action(slug, resident, 1, category: "plastic", occurredAt: "2025-12-31T22:59:00Z"));
        yield return Case(RejectionReasons.AfterProgramEnd, slug => Action(slug, resident, 1, category: "plastic", occurredAt: "2026-10-01T00:00:00Z"));
    }

    [TestCaseSource(nameof(Rejections))]
    public async Task ARuleViolationIsAcceptedThenRejectedWithItsReason(string reason, Func<string, object> action)
    {
        var slug = Unique("rules");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-unit", rates = new { plastic = "1" } }, maxQuantity: "50",
            startsAt: "2026-01-01T00:00:00+01:00", endsAt: "2026-10-01T00:00:00Z"));

        var (status, body) = await PostActionAsync(_reporter, action(slug));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected));
        var stored = await _host.GetActionAsync(body.GetProperty("id").GetInt64());
        Assert.That(stored.GetProperty("reason").GetString(), Is.EqualTo(reason.Replace("-did", "").Replace("-negative", "")));
        Assert.That(stored.GetProperty("reasonDetail").GetString(), Is.Not.Empty);
        Assert.That(stored.GetProperty("amount").GetString(), Is.EqualTo("0"));
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("reserved").GetString(), Is.EqualTo("0"));
    }

    [Test]
    public async Task APausedProgramRejectsActionsUntilResumed()
    {
        var slug = Unique("paused");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        using (var pause = await _host.Admin.PostAsync($"/api/programs/{slug}/pause", null))
        {
            Assert.That(pause.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        var (_, paused) = await PostActionAsync(_reporter, Action(slug, NewResident(), 1));
        using (var resume = await _host.Admin.PostAsync($"/api/programs/{slug}/resume", null))
        {
            Assert.That(resume.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        var (_, resumed) = await PostActionAsync(_reporter, Action(slug, NewResident(), 1));

        Assert.That(paused.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Rejected));
        Assert.That(paused.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.ProgramInactive));
        Assert.That(resumed.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
    }

    [Test]
    public async Task WaterSavingPaysBelowTheBaselineAndRejectsNoSaving()
    {
        var slug = Unique("water");
        await _host.CreateProgramAsync(Program(slug, new { kind = "below-baseline", rate = "1.5", baseline = "12", unit = "m3" }));
        var (_, saved) = await PostActionAsync(_reporter, Action(slug, NewResident(), 9));
        var (_, wasted) = await PostActionAsync(_reporter, Action(slug, NewResident(), 14));

        Assert.That((await _host.GetActionAsync(saved.GetProperty("id").GetInt64())).GetProperty("amount").GetString(), Is.EqualTo("4500000000000000000"));
        Assert.That(wasted.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.NoSaving));
    }

    [Test]
    public async Task VolunteeringPaysPerHour()
    {
        var slug = Unique("volunteer");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-hour", rate = "10" }, maxQuantity: "12"));
        var (_, body) = await PostActionAsync(_reporter, Action(slug, NewResident(), "3.5"));
        Assert.That((await _host.GetActionAsync(body.GetProperty("id").GetInt64())).GetProperty("amount").GetString(), Is.EqualTo("35000000000000000000"));
    }

    [Test]
    public async Task TheDailyCapCountsTheCitysLocalDay()
    {
        // Zurich is UTC+1 in January: 23:30 UTC on the 15th is 00:30 on the 16th.
        var slug = Unique("daily");
        await _host.CreateProgramAsync(Program(slug, Fixed("10"), dailyCap: "10"));
        var resident = NewResident();

        var (_, evening) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-01-15T22:30:00Z"));
        var (_, nextLocalDay) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-01-15T23:30:00Z"));
        var (_, sameLocalDay) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-01-15T08:00:00Z"));
        var (_, otherResident) = await PostActionAsync(_reporter, Action(slug, NewResident(), 1, occurredAt: "2026-01-15T08:00:00Z"));

        Assert.That(evening.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        Assert.That(nextLocalDay.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued), nextLocalDay.ToString());
        Assert.That(sameLocalDay.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.DailyCapReached));
        Assert.That(otherResident.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
    }

    [Test]
    public async Task TheMonthlyCapCountsTheCitysLocalMonth()
    {
        var slug = Unique("monthly");
        await _host.CreateProgramAsync(Program(slug, Fixed("10"), monthlyCap: "10"));
        var resident = NewResident();

        var (_, january) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-01-31T12:00:00Z"));
        var (_, februaryLocal) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-01-31T23:30:00Z"));
        var (_, februaryAgain) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-02-20T12:00:00Z"));
        var (_, januaryAgain) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: "2026-01-02T12:00:00Z"));

        Assert.That(january.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        Assert.That(februaryLocal.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued), februaryLocal.ToString());
        Assert.That(februaryAgain.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.MonthlyCapReached));
        Assert.That(januaryAgain.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.MonthlyCapReached));
    }

    [Test]
    public async Task InAUtcCityTheSameLateActionCountsOnTheSameDay()
    {
        await using var utc = await RewardsHost.StartAsync(new Dictionary<string, string?> { ["Rewards:TimeZone"] = "Etc/UTC" });
        var slug = Unique("daily-utc");
        await utc.CreateProgramAsync(Program(slug, Fixed("10"), dailyCap: "10"));
        var resident = NewResident();

        var (_, evening) = await PostActionAsync(utc.Admin, Action(slug, resident, 1, occurredAt: "2026-01-15T22:30:00Z"));
        var (_, late) = await PostActionAsync(utc.Admin, Action(slug, resident, 1, occurredAt: "2026-01-15T23:30:00Z"));

        Assert.That(evening.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        Assert.That(late.GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.DailyCapReached));
    }

    [Test]
    public async Task TheBudgetRunsOutExactly()
    {
        var slug = Unique("budget");
        await _host.CreateProgramAsync(Program(slug, Fixed("40"), budget: "100"));

        var statuses = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var (_, body) = await PostActionAsync(_reporter, Action(slug, NewResident(), 1));
            statuses.Add(body.GetProperty("reason").GetString() ?? body.GetProperty("status").GetString());
        }

        Assert.That(statuses, Is.EqualTo(Expect.Items(ActionStatus.Queued, ActionStatus.Queued, RejectionReasons.BudgetExhausted)));
        var program = await _host.GetProgramAsync(slug);
        Assert.That(program.GetProperty("reserved").GetString(), Is.EqualTo("80"));
        Assert.That(program.GetProperty("remaining").GetString(), Is.EqualTo("20"));
    }

    [Test]
    public async Task ParallelIntakeNeverOverspendsTheBudget()
    {
        var slug = Unique("rush");
        await _host.CreateProgramAsync(Program(slug, Fixed("10"), budget: "100"));

        var posts = Enumerable.Range(0, 60).Select(_ => PostActionAsync(_reporter, Action(slug, NewResident(), 1))).ToList();
        var answers = await Task.WhenAll(posts);

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(answers.Count(a => a.Body.GetProperty("status").GetString() == ActionStatus.Queued), Is.EqualTo(10));
        Assert.That(answers.Count(a => a.Body.GetProperty("reason").GetString() == RejectionReasons.BudgetExhausted), Is.EqualTo(50));
        var program = await _host.GetProgramAsync(slug);
        Assert.That(program.GetProperty("reserved").GetString(), Is.EqualTo("100"));
        Assert.That(program.GetProperty("remaining").GetString(), Is.EqualTo("0"));
    }

    [Test]
    public async Task ParallelRepeatsOfOneActionRecordItOnce()
    {
        var slug = Unique("repeat");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        var action = Action(slug, NewResident(), 1, externalId: "same-" + slug);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostActionAsync(_reporter, action)));

        Assert.That(answers.Count(a => a.Status == HttpStatusCode.Accepted), Is.EqualTo(1));
        Assert.That(answers.Count(a => a.Status == HttpStatusCode.OK), Is.EqualTo(19));
        Assert.That(answers.Select(a => a.Body.GetProperty("id").GetInt64()).Distinct().Count(), Is.EqualTo(1));
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("reserved").GetString(), Is.EqualTo("1"));
    }

    [Test]
    public async Task AMalformedRequestIsA400ProblemNamingTheFields()
    {
        using var response = await _reporter.PostAsJsonAsync("/api/actions", new { program = "x", quantity = (object?)null });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(Expect.Items("externalId", "resident", "quantity", "occurredAt")));
    }

    [Test]
    public async Task ABodyThatIsNotJsonIsA400Problem()
    {
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        using var response = await _reporter.PostAsync("/api/actions", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task AnonymousIs401AndAuditorOrRegistrarCannotPostActions()
    {
        var action = Action("whatever", NewResident(), 1);
        using var anonymous = await _host.Anonymous().PostAsJsonAsync("/api/actions", action);
        using var auditorClient = await _host.ClientAsync(StaffRoles.Auditor, Unique("auditor"));
        using var auditor = await auditorClient.PostAsJsonAsync("/api/actions", action);
        using var registrarClient = await _host.ClientAsync(StaffRoles.Registrar, Unique("registrar"));
        using var registrar = await registrarClient.PostAsJsonAsync("/api/actions", action);

        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(auditor, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(registrar, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task TheAdminKeyMayReportActions()
    {
        var slug = Unique("admin-reports");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        var (status, body) = await PostActionAsync(_host.Admin, Action(slug, NewResident(), 1));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
    }

    [Test]
    public async Task AReporterSeesItsOwnActionsOnlyAndCannotListThem()
    {
        var slug = Unique("own");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        var (_, body) = await PostActionAsync(_reporter, Action(slug, NewResident(), 1));
        var id = body.GetProperty("id").GetInt64();
        using var stranger = await _host.ClientAsync(StaffRoles.Reporter, Unique("other-reporter"));

        using var own = await _reporter.GetAsync($"/api/actions/{id}");
        using var foreign = await stranger.GetAsync($"/api/actions/{id}");
        using var list = await _reporter.GetAsync("/api/actions");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ActionsAreListedByFilterWithACursor()
    {
        var slug = Unique("list");
        await _host.CreateProgramAsync(Program(slug, Fixed("1")));
        var resident = NewResident();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var (_, body) = await PostActionAsync(_reporter, Action(slug, resident, 1, occurredAt: $"2026-03-1{i}T10:00:00Z"));
            ids.Add(body.GetProperty("id").GetInt64());
        }
        await PostActionAsync(_reporter, Action(slug, resident, -1));
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("auditor"));

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await auditor.GetFromJsonAsync<JsonElement>(
                $"/api/actions?status=queued&program={slug}&resident=did:ethr:{resident}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.That(seen, Is.EqualTo(ids.AsEnumerable().Reverse().ToList()));
        Assert.That(pages, Is.EqualTo(3));
        using var bad = await auditor.GetAsync("/api/actions?status=lost&resident=0x12");
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(Expect.Items("status", "resident")));
    }

    [Test]
    public async Task AFailedActionReleasesItsBudgetAndRetryQueuesItAgain()
    {
        var slug = Unique("retry");
        await _host.CreateProgramAsync(Program(slug, Fixed("10"), budget: "10"));
        var (_, body) = await PostActionAsync(_reporter, Action(slug, NewResident(), 1));
        var id = body.GetProperty("id").GetInt64();
        var lifecycle = _host.Service.Services.GetRequiredService<ActionLifecycle>();

        using var notFailed = await _host.Admin.PostAsync($"/api/actions/{id}/retry", null);
        await ProblemAssert.IsProblemAsync(notFailed, HttpStatusCode.Conflict);
        Assert.That(await lifecycle.FailAsync(id, "mint-reverted", "test", CancellationToken.None), Is.True);
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("remaining").GetString(), Is.EqualTo("10"));
        var failed = await _host.GetActionAsync(id);
        Assert.That(failed.GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Failed));
        Assert.That(failed.GetProperty("reason").GetString(), Is.EqualTo("mint-reverted"));

        using var byReporter = await _reporter.PostAsync($"/api/actions/{id}/retry", null);
        await ProblemAssert.IsProblemAsync(byReporter, HttpStatusCode.Forbidden);
        using var retried = await _host.Admin.PostAsync($"/api/actions/{id}/retry", null);
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), await retried.Content.ReadAsStringAsync());
        Assert.That((await _host.GetActionAsync(id)).GetProperty("status").GetString(), Is.EqualTo(ActionStatus.Queued));
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("remaining").GetString(), Is.EqualTo("0"));
        using var missing = await _host.Admin.PostAsync("/api/actions/999999999/retry", null);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
    }
}
