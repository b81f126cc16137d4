using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Storage;
using CityToken.Contracts.PublicFunds;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Web3;
using static CityToken.Tests.Redemptions.RedemptionTestKit;

namespace CityToken.Tests.Funds;

/// <summary>
/// Public funds end to end on a real chain: projects, proposals and approvals through the outbox, the two-person rule and
/// the budget checked before anything is sent, payroll receipts proven against the on-chain root, public reads and CSV.
/// </summary>
public sealed class FundsApiTests
{
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;
    private string _finance = "";
    private string _finance2 = "";
    private string _approver = "";
    private string _both = "";
    private PublicFundsService _chain = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _service = StartService();
        _client = _service.CreateClient();
        _finance = await KeyAsync("funds-test-ana", StaffRoles.Finance);
        _finance2 = await KeyAsync("funds-test-bo", StaffRoles.Finance);
        _approver = await KeyAsync("funds-test-cy", StaffRoles.Approver);
        _both = await KeyAsync("funds-test-di", StaffRoles.Finance, StaffRoles.Approver);
        _chain = new PublicFundsService(new Web3(SharedChain.Node.RpcUrl), SharedChain.Manifest.AddressOf("PublicFunds"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public async Task AProposalApprovedByAnotherPersonIsPaidAndPublic()
    {
        var project = await CreateProjectAsync("Road 7 resurfacing", 100_000);
        var id = await ProposeAsync(project, _finance, new { payee = Payee, amount = 40_000, category = "works", documentHash = Doc, description = "=cmd|' /C calc'!A0" });
        var approval = await DoneAsync(await AcceptedAsync(Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/approve", apiKey: _approver)), _approver);
        Assert.That(approval.GetProperty("status").GetString(), Is.EqualTo("confirmed"), approval.ToString());

        var (_, view) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/funds/projects/{project}"));
        var (_, list) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/funds/projects/{project}/disbursements"));
        var d = list.GetProperty("disbursements")[0];
        var onChain = await _chain.GetProjectQueryAsync(project);
        using var csv = await _client.GetAsync($"/api/funds/projects/{project}/disbursements.csv");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(view.GetProperty("name").GetString(), Is.EqualTo("Road 7 resurfacing"));
            Assert.That(view.GetProperty("currency").GetString(), Is.EqualTo("CNY"));
            Assert.That(view.GetProperty("budget").GetString(), Is.EqualTo("100000"));
            Assert.That(view.GetProperty("approved").GetString(), Is.EqualTo("40000"));
            Assert.That(view.GetProperty("pending").GetString(), Is.EqualTo("0"));
            Assert.That(view.GetProperty("remaining").GetString(), Is.EqualTo("60000"));
            Assert.That(onChain.ReturnValue1.Spent, Is.EqualTo(new System.Numerics.BigInteger(40_000)), "spent on chain");
            Assert.That(d.GetProperty("status").GetString(), Is.EqualTo("approved"));
            Assert.That(d.GetProperty("documentHash").GetString(), Is.EqualTo(Doc));
            Assert.That(d.GetProperty("proposer").GetProperty("name").GetString(), Is.EqualTo("funds-test-ana"));
            Assert.That(d.GetProperty("decider").GetProperty("name").GetString(), Is.EqualTo("funds-test-cy"));
            Assert.That(d.GetProperty("decidedTx").GetString(), Is.EqualTo(approval.GetProperty("txHash").GetString()));
            Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(text, Does.StartWith("id,project,category,payee,amount,currency,status,document_hash,"));
            Assert.That(text, Does.Contain(",\"'=cmd|' /C calc'!A0\","), "formula neutralised");
            Assert.That(text, Does.Contain(",funds-test-cy,"));
        });
    }

    [Test]
    public async Task TheProposerCannotApproveEvenHoldingBothRoles()
    {
        var project = await CreateProjectAsync("Library roof", 5_000);
        var id = await ProposeAsync(project, _both, new { payee = Payee, amount = 1_000, category = "services", documentHash = Doc });
        var before = await OutboxCountAsync();
        using var response = await _client.SendAsync(Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/approve", apiKey: _both));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        var (rejectStatus, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/reject", apiKey: _both));
        Assert.Multiple(async () =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("same-person"));
            Assert.That(rejectStatus, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await OutboxCountAsync(), Is.EqualTo(before), "nothing sent");
        });
        // Another approver can: the rule is about people, not roles.
        var done = await DoneAsync(await AcceptedAsync(Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/reject", apiKey: _approver)), _approver);
        var (again, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/approve", apiKey: _approver));
        Assert.Multiple(() =>
        {
            Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(again, Is.EqualTo(HttpStatusCode.Conflict), "decided once");
        });
    }

    [Test]
    public async Task OverBudgetIsRefusedBeforeSendingCountingApprovalsOnTheirWay()
    {
        var project = await CreateProjectAsync("Bus shelter", 1_000);
        using (var over = await _client.SendAsync(Request(HttpMethod.Post, $"/api/funds/projects/{project}/disbursements",
            new { payee = Payee, amount = 1_001, category = "goods", documentHash = Doc }, _finance)))
        {
            var problem = await ProblemAssert.IsProblemAsync(over, HttpStatusCode.Conflict);
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("over-budget"));
        }
        var first = await ProposeAsync(project, _finance, new { payee = Payee, amount = 700, category = "goods", documentHash = Doc });
        var second = await ProposeAsync(project, _finance2, new { payee = Payee, amount = 600, category = "goods", documentHash = Doc });
        var (firstStatus, _) = await SendAsync(_client, Request(HttpMethod.Post, $"/api/funds/disbursements/{first}/approve", apiKey: _approver));
        // Straight after, before the first approval is mined or indexed: it already counts.
        using var secondResponse = await _client.SendAsync(Request(HttpMethod.Post, $"/api/funds/disbursements/{second}/approve", apiKey: _approver));
        var secondProblem = await ProblemAssert.IsProblemAsync(secondResponse, HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(firstStatus, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(secondProblem.GetProperty("code").GetString(), Is.EqualTo("over-budget"));
            Assert.That(secondProblem.GetProperty("remaining").GetString(), Is.EqualTo("300"));
        });
    }

    [Test]
    public async Task TwoApprovalsAtOnceSendOneTransaction()
    {
        var project = await CreateProjectAsync("Street lights", 9_000);
        var id = await ProposeAsync(project, _finance, new { payee = Payee, amount = 2_000, category = "works", documentHash = Doc });
        var before = await OutboxCountAsync();
        var answers = await Task.WhenAll(
            SendAsync(_client, Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/approve", apiKey: _approver)),
            SendAsync(_client, Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/approve", apiKey: _both)));
        Assert.Multiple(async () =>
        {
            Assert.That(answers.Select(a => a.Status), Is.EquivalentTo(OneAcceptedOneConflict));
            Assert.That(await OutboxCountAsync(), Is.EqualTo(before + 1), "one transaction staged");
        });
    }

    [Test]
    public async Task AWorkerFindsTheirWageByReceiptCodeAndItsProofHoldsOnChain()
    {
        var project = await CreateProjectAsync("Park cleaning crew", 50_000);
        var wages = new[] { new { worker = "W-1001", amount = 3_000 }, new { worker = "W-1002", amount = 2_500 }, new { worker = "W-1003", amount = 2_800 } };
        var accepted = await AcceptedAsync(Request(HttpMethod.Post, $"/api/funds/projects/{project}/disbursements", new { category = "payroll", wages }, _finance));
        var receipts = accepted.GetProperty("receipts").EnumerateArray().ToList();
        var done = await DoneAsync(accepted, _finance, needDisbursement: true);
        var id = done.GetProperty("disbursementId").GetInt64();
        await DoneAsync(await AcceptedAsync(Request(HttpMethod.Post, $"/api/funds/disbursements/{id}/approve", apiKey: _approver)), _approver);

        var code = receipts[1].GetProperty("receiptCode").GetString()!;
        var (status, wage) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/funds/wages/{code}"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), wage.ToString());
        var proof = wage.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()![2..])).ToList();
        var verified = await _chain.VerifyWageQueryAsync(id, Convert.FromHexString(wage.GetProperty("worker").GetString()![2..]), 2_500,
            Convert.FromHexString(wage.GetProperty("salt").GetString()![2..]), proof);
        var forged = await _chain.VerifyWageQueryAsync(id, Convert.FromHexString(wage.GetProperty("worker").GetString()![2..]), 25_000,
            Convert.FromHexString(wage.GetProperty("salt").GetString()![2..]), proof);
        var (unknown, _) = await SendAsync(_client, Request(HttpMethod.Get, "/api/funds/wages/W-0000-0000-0000-0000-0000"));
        var (_, view) = await SendAsync(_client, Request(HttpMethod.Get, $"/api/funds/projects/{project}"));
        Assert.Multiple(() =>
        {
            Assert.That(receipts, Has.Count.EqualTo(3));
            Assert.That(receipts.Select(r => r.GetProperty("receiptCode").GetString()).Distinct().Count(), Is.EqualTo(3), "one code each");
            Assert.That(wage.GetProperty("amount").GetString(), Is.EqualTo("2500"));
            Assert.That(wage.GetProperty("status").GetString(), Is.EqualTo("approved"));
            Assert.That(wage.GetProperty("projectName").GetString(), Is.EqualTo("Park cleaning crew"));
            Assert.That(wage.GetProperty("approvedTx").GetString(), Does.StartWith("0x"));
            Assert.That(wage.GetProperty("worker").GetString(), Does.Not.Contain("1002"), "the worker's id is not published");
            Assert.That(verified, Is.True, "the proof holds against the on-chain root");
            Assert.That(forged, Is.False, "another amount does not");
            Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(view.GetProperty("approved").GetString(), Is.EqualTo("8300"), "the payroll's total");
        });
    }

    [Test]
    public async Task BadInputAndWrongRolesAreClearProblems()
    {
        using (var bad = await _client.SendAsync(Request(HttpMethod.Post, "/api/funds/projects",
            new { name = "", department = "", budget = "-5", currency = "yen" }, _finance)))
        {
            var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(ProjectFields));
        }
        using (var bad = await _client.SendAsync(Request(HttpMethod.Post, "/api/funds/projects/1/disbursements",
            new { payee = "0x0000000000000000000000000000000000000000", amount = 0, category = "bribes", documentHash = "0x12" }, _finance)))
        {
            var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(CategoryField));
        }
        using (var bad = await _client.SendAsync(Request(HttpMethod.Post, "/api/funds/projects/1/disbursements",
            new { payee = "0x0000000000000000000000000000000000000000", amount = 0, category = "works", documentHash = "0x12" }, _finance)))
        {
            var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(PaymentFields));
        }
        var (payrollWithPayee, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/projects/1/disbursements",
            new { category = "payroll", payee = Payee, wages = Array.Empty<object>() }, _finance));
        var (wagesOnAPayment, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/projects/1/disbursements",
            new { category = "works", payee = Payee, amount = 5, documentHash = Doc, wages = new[] { new { worker = "w", amount = 5 } } }, _finance));
        var (unknownProject, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/projects/99999/disbursements",
            new { payee = Payee, amount = 1, category = "works", documentHash = Doc }, _finance));
        var (unknownDisbursement, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/disbursements/99999/approve", apiKey: _approver));
        var (anonymous, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/projects", new { name = "x" }));
        var (approverProposes, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/projects/1/disbursements", new { }, _approver));
        var (financeApproves, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/disbursements/1/approve", apiKey: _finance));
        var (residentCreates, _) = await SendAsync(_client, Request(HttpMethod.Post, "/api/funds/projects", new { }, resident: Payee));
        var (publicList, _) = await SendAsync(_client, Request(HttpMethod.Get, "/api/funds/projects"));
        var (unknownRead, _) = await SendAsync(_client, Request(HttpMethod.Get, "/api/funds/projects/99999"));
        Assert.Multiple(() =>
        {
            Assert.That(payrollWithPayee, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(wagesOnAPayment, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownProject, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownDisbursement, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(approverProposes, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(financeApproves, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(residentCreates, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(publicList, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unknownRead, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    private static readonly HttpStatusCode[] OneAcceptedOneConflict = [HttpStatusCode.Accepted, HttpStatusCode.Conflict];
    private static readonly string[] ProjectFields = ["name", "department", "budget", "currency"];
    private static readonly string[] CategoryField = ["category"];
    private static readonly string[] PaymentFields = ["payee", "amount", "documentHash"];

    private const string Payee = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
    private const string Doc = "0x5f16f4c7f149ac4f9510d9cf8cf384038ad348b3bcdc01915f95de12df9d1b02";

    private async Task<string> KeyAsync(string name, params string[] roles)
    {
        using var response = await _client.SendAsync(Request(HttpMethod.Post, "/api/staff/keys", new { name, roles }, ServiceFactory.AdminKey));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private async Task<long> CreateProjectAsync(string name, long budget)
    {
        var accepted = await AcceptedAsync(Request(HttpMethod.Post, "/api/funds/projects",
            new { name, description = $"{name} (test)", department = "Public works", budget, currency = "CNY" }, _finance));
        return (await DoneAsync(accepted, _finance)).GetProperty("projectId").GetInt64();
    }

    private async Task<long> ProposeAsync(long project, string key, object body) =>
        (await DoneAsync(await AcceptedAsync(Request(HttpMethod.Post, $"/api/funds/projects/{project}/disbursements", body, key)), key, needDisbursement: true))
            .GetProperty("disbursementId").GetInt64();

    private async Task<JsonElement> AcceptedAsync(HttpRequestMessage request)
    {
        var (status, body) = await SendAsync(_client, request);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        return body;
    }

    /// <summary>Waits until the request is no longer pending (confirmed means indexed).</summary>
    private async Task<JsonElement> DoneAsync(JsonElement accepted, string key, bool needDisbursement = false)
    {
        var url = accepted.GetProperty("statusUrl").GetString()!;
        var done = await EventuallyAsync(async () =>
        {
            var (_, view) = await SendAsync(_client, Request(HttpMethod.Get, url, apiKey: key));
            return view.GetProperty("status").GetString() != "pending" ? view : (JsonElement?)null;
        });
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("confirmed"), done.ToString());
        if (needDisbursement)
        {
            Assert.That(done.GetProperty("disbursementId").ValueKind, Is.EqualTo(JsonValueKind.Number), done.ToString());
        }
        return done;
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<OutboxEntry>().CountAsync();
    }
}
