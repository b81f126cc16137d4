using System.Net;
using System.Text;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;

namespace CityToken.Tests.Auth;

/// <summary>Who calls, in the endpoint × role table.</summary>
[Flags]
public enum Caller
{
    /// <summary>None of the callers here (e.g. merchant keys only).</summary>
    None = 0,
    Anonymous = 1,
    /// <summary>The signed-in resident whose address the route names.</summary>
    Resident = 2,
    /// <summary>Another signed-in resident.</summary>
    OtherResident = 4,
    Admin = 8,
    Registrar = 16,
    Reporter = 32,
    Auditor = 64,
    Clerk = 128,

    Residents = Resident | OtherResident,
    Staff = Admin | Registrar | Reporter | Auditor | Clerk,
    Everyone = Anonymous | Residents | Staff,
}

/// <summary>
/// Every endpoint of the service × every kind of caller. The table below is the authorization rule of each
/// endpoint, written out; <see cref="EveryEndpointOfTheAppIsInTheTable"/> fails when an endpoint is added
/// without a row, and each row's test sends one real request per caller (realistic route values, a "{}"
/// body for writes, so allowed callers stop at validation or 404 without changing much) and checks: allowed →
/// neither 401 nor 403; refused → 401 for anonymous, 403 for everyone else, as problem+json, never a redirect.
/// </summary>
public sealed class EndpointAuthorizationMatrixTests
{
    /// <summary>Hardhat accounts #2 and #3 (public test mnemonic) as residents: A owns the routes' {address}, B is the other.</summary>
    private const string ResidentAKey = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    private const string ResidentBKey = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";
    private const string A = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    /// <summary>Replaced by the id of a staff key made for the test to rotate and revoke.</summary>
    private const string VictimKey = "{victim}";

    public sealed record Rule(string Method, string Pattern, string Sample, Caller Allowed, string ContentType = "application/json")
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    private static readonly Rule[] Table =
    [
        // Health, OpenAPI and its reference page: public.
        new("GET", "/health", "/health", Caller.Everyone),
        new("GET", "/health/live", "/health/live", Caller.Everyone),
        new("GET", "/health/ready", "/health/ready", Caller.Everyone),
        new("GET", "/metrics", "/metrics", Caller.Everyone),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Caller.Everyone),
        new("GET", "/scalar/{documentName?}", "/scalar/v1", Caller.Everyone),
        new("GET", "/scalar/scalar.js", "/scalar/scalar.js", Caller.Everyone),
        new("GET", "/scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", Caller.Everyone),
        new("GET", "/scalar/favicon.svg", "/scalar/favicon.svg", Caller.Everyone),

        // Issue 4's public reads.
        new("GET", "/api/residents/{address}", $"/api/residents/{A}", Caller.Everyone),
        new("GET", "/api/residents/{address}/balance", $"/api/residents/{A}/balance", Caller.Everyone),
        new("GET", "/api/residents/{address}/history", $"/api/residents/{A}/history", Caller.Everyone),
        new("GET", "/api/tokens/stats", "/api/tokens/stats", Caller.Everyone),
        new("GET", "/1.0/identifiers/{did}", $"/1.0/identifiers/did:ethr:0x7a69:{A}", Caller.Everyone),
        new("GET", "/api/ballots/", "/api/ballots", Caller.Everyone),
        new("GET", "/api/ballots/{id}", "/api/ballots/1", Caller.Everyone),
        new("GET", "/api/ballots/results/export", "/api/ballots/results/export", Caller.Everyone),
        new("GET", "/api/programs/", "/api/programs", Caller.Everyone),
        new("GET", "/api/programs/{slug}", "/api/programs/waste-sorting", Caller.Everyone),

        // A resident's own records: that resident, admins and auditors.
        new("GET", "/api/residents/{address}/actions", $"/api/residents/{A}/actions", Caller.Resident | Caller.Admin | Caller.Auditor),

        // Sign-In with Ethereum and who-am-I.
        new("GET", "/api/auth/siwe/nonce", "/api/auth/siwe/nonce", Caller.Everyone),
        new("POST", "/api/auth/siwe/verify", "/api/auth/siwe/verify", Caller.Everyone),
        new("POST", "/api/auth/signout", "/api/auth/signout", Caller.Everyone),
        new("GET", "/api/auth/me", "/api/auth/me", Caller.Residents | Caller.Staff),

        // Staff and their keys; the audit.
        new("GET", "/api/staff/me", "/api/staff/me", Caller.Staff),
        new("POST", "/api/staff/keys/", "/api/staff/keys", Caller.Admin),
        new("GET", "/api/staff/keys/", "/api/staff/keys", Caller.Admin | Caller.Auditor),
        new("POST", "/api/staff/keys/{id:int}/rotate", $"/api/staff/keys/{VictimKey}/rotate", Caller.Admin),
        new("DELETE", "/api/staff/keys/{id:int}", $"/api/staff/keys/{VictimKey}", Caller.Admin),
        new("GET", "/api/audit", "/api/audit", Caller.Admin | Caller.Auditor),
        new("GET", "/api/audit/export", "/api/audit/export", Caller.Admin | Caller.Auditor),

        // Rewards: programs, actions (reporters report), the outbox and grants.
        new("POST", "/api/programs/", "/api/programs", Caller.Admin),
        new("PUT", "/api/programs/{slug}", "/api/programs/waste-sorting", Caller.Admin),
        new("POST", "/api/programs/{slug}/pause", "/api/programs/waste-sorting/pause", Caller.Admin),
        new("POST", "/api/programs/{slug}/resume", "/api/programs/waste-sorting/resume", Caller.Admin),
        new("GET", "/api/programs/{slug}/audit", "/api/programs/waste-sorting/audit", Caller.Admin | Caller.Auditor),
        new("POST", "/api/actions/", "/api/actions", Caller.Admin | Caller.Reporter),
        new("POST", "/api/actions/bulk", "/api/actions/bulk", Caller.Admin | Caller.Reporter, "text/csv"),
        new("GET", "/api/actions/", "/api/actions", Caller.Admin | Caller.Auditor),
        new("GET", "/api/actions/export", "/api/actions/export", Caller.Admin | Caller.Auditor),
        new("GET", "/api/actions/{id:long}", "/api/actions/1", Caller.Staff), // the handler then shows reporters only their own
        new("POST", "/api/actions/{id:long}/retry", "/api/actions/1/retry", Caller.Admin),
        new("GET", "/api/outbox/", "/api/outbox", Caller.Admin | Caller.Auditor),
        new("GET", "/api/outbox/{id:long}", "/api/outbox/1", Caller.Admin | Caller.Auditor),
        new("POST", "/api/admin/grants", "/api/admin/grants", Caller.Admin),

        // Credentials (registrars issue and revoke; a resident lists their own) and ballots (admins create; votes are
        // authorised by their EIP-712 signature, so the relay is open).
        new("POST", "/api/credentials/", "/api/credentials", Caller.Admin | Caller.Registrar),
        new("GET", "/api/credentials/", "/api/credentials", Caller.Residents | Caller.Admin | Caller.Registrar | Caller.Auditor),
        new("GET", "/api/credentials/export", "/api/credentials/export", Caller.Residents | Caller.Admin | Caller.Registrar | Caller.Auditor),
        new("GET", "/api/credentials/{id}", "/api/credentials/1", Caller.Residents | Caller.Admin | Caller.Registrar | Caller.Auditor),
        new("DELETE", "/api/credentials/{id}", "/api/credentials/1", Caller.Admin | Caller.Registrar),
        // Issue 18's Verifiable Credentials: a credential's JWT for its subject and staff; status lists, the DID
        // Configuration and the (default: public) verifier for anyone.
        new("GET", "/api/credentials/{id}/vc", "/api/credentials/1/vc", Caller.Residents | Caller.Admin | Caller.Registrar | Caller.Auditor),
        new("GET", "/api/credentials/status/{list}", "/api/credentials/status/0", Caller.Everyone),
        new("GET", "/.well-known/did-configuration.json", "/.well-known/did-configuration.json", Caller.Everyone),
        new("GET", "/api/presentations/challenge", "/api/presentations/challenge", Caller.Everyone),
        new("POST", "/api/presentations/verify", "/api/presentations/verify", Caller.Everyone),
        new("POST", "/api/presentations/qr", "/api/presentations/qr", Caller.Everyone),
        new("POST", "/api/ballots/", "/api/ballots", Caller.Admin),
        new("GET", "/api/ballots/requests/{id}", "/api/ballots/requests/1", Caller.Admin | Caller.Auditor),
        new("GET", "/api/ballots/metadata/{hash}", "/api/ballots/metadata/0x00", Caller.Everyone),
        new("GET", "/api/ballots/{id}/vote-typed-data", "/api/ballots/1/vote-typed-data", Caller.Everyone),
        new("POST", "/api/ballots/{id}/votes", "/api/ballots/1/votes", Caller.Everyone),
        new("GET", "/api/ballots/{id}/votes/{voteId}", "/api/ballots/1/votes/1", Caller.Everyone),
        new("GET", "/api/ballots/{id}/results", "/api/ballots/1/results", Caller.Everyone),

        // Public funds (issue 19): reads public; proposals by finance keys, decisions by approver keys (neither is a caller here).
        new("GET", "/api/funds/projects", "/api/funds/projects", Caller.Everyone),
        new("GET", "/api/funds/projects/{id:long}", "/api/funds/projects/1", Caller.Everyone),
        new("GET", "/api/funds/projects/{id:long}/disbursements", "/api/funds/projects/1/disbursements", Caller.Everyone),
        new("GET", "/api/funds/projects/{id:long}/disbursements.csv", "/api/funds/projects/1/disbursements.csv", Caller.Everyone),
        new("GET", "/api/funds/wages/{receiptCode}", "/api/funds/wages/W-0000", Caller.Everyone),
        new("POST", "/api/funds/projects", "/api/funds/projects", Caller.Admin),
        new("POST", "/api/funds/projects/{id:long}/disbursements", "/api/funds/projects/1/disbursements", Caller.None),
        new("POST", "/api/funds/disbursements/{id:long}/approve", "/api/funds/disbursements/1/approve", Caller.None),
        new("POST", "/api/funds/disbursements/{id:long}/reject", "/api/funds/disbursements/1/reject", Caller.None),
        new("GET", "/api/funds/requests/{requestId:guid}", $"/api/funds/requests/{Guid.Empty}", Caller.Admin | Caller.Auditor),

        // Catalog, redemptions (the permit signature authorises the relay), merchants and vouchers.
        new("GET", "/api/catalog/", "/api/catalog", Caller.Everyone),
        new("POST", "/api/catalog/", "/api/catalog", Caller.Admin),
        new("PATCH", "/api/catalog/{id:long}", "/api/catalog/1", Caller.Admin),
        new("GET", "/api/catalog/requests/{requestId:guid}", $"/api/catalog/requests/{Guid.Empty}", Caller.Admin | Caller.Auditor),
        new("GET", "/api/redemptions/permit-typed-data", "/api/redemptions/permit-typed-data", Caller.Everyone),
        new("GET", "/api/redemptions/redemption-typed-data", "/api/redemptions/redemption-typed-data", Caller.Everyone),
        new("POST", "/api/redemptions/", "/api/redemptions", Caller.Everyone),
        new("GET", "/api/redemptions/", "/api/redemptions", Caller.Admin | Caller.Auditor),
        new("GET", "/api/redemptions/export", "/api/redemptions/export", Caller.Admin | Caller.Auditor),
        new("GET", "/api/redemptions/{id:guid}", $"/api/redemptions/{Guid.Empty}", Caller.Everyone),
        new("GET", "/api/residents/{address}/redemptions", $"/api/residents/{A}/redemptions", Caller.Resident | Caller.Admin | Caller.Auditor),
        new("POST", "/api/merchants/keys/", "/api/merchants/keys", Caller.Admin),
        new("GET", "/api/merchants/keys/", "/api/merchants/keys", Caller.Admin | Caller.Auditor),
        new("POST", "/api/vouchers/{code}/redeem", "/api/vouchers/ABCD-EFGH/redeem", Caller.None), // merchant keys only
        new("POST", "/api/vouchers/qr", "/api/vouchers/qr", Caller.Everyone), // draws the code the caller sent; looks nothing up

        // Minting: batches, reconciliation (reported, never fixed), the Hangfire dashboard.
        new("GET", "/api/mint-batches/", "/api/mint-batches", Caller.Admin | Caller.Auditor),
        new("GET", "/api/mint-batches/export", "/api/mint-batches/export", Caller.Admin | Caller.Auditor),
        new("GET", "/api/mint-batches/{id:long}", "/api/mint-batches/1", Caller.Admin | Caller.Auditor),
        new("POST", "/api/mint-batches/run", "/api/mint-batches/run", Caller.Admin),
        new("GET", "/api/rewards/reconciliation/", "/api/rewards/reconciliation", Caller.Admin | Caller.Auditor),
        new("POST", "/api/rewards/reconciliation/", "/api/rewards/reconciliation", Caller.Admin | Caller.Auditor),
        new("*", "/hangfire/{**path}", "/hangfire/recurring", Caller.Admin),

        // Devices: admins register them; a device's own events are authenticated by its HMAC signature, not by a role.
        new("POST", "/api/devices/", "/api/devices", Caller.Admin),
        new("GET", "/api/devices/", "/api/devices", Caller.Admin),
        new("POST", "/api/devices/{deviceId}/keys", "/api/devices/bin-7/keys", Caller.Admin),
        new("POST", "/api/devices/{deviceId}/events", "/api/devices/bin-7/events", Caller.Everyone),

        // Tamper-evident records (issue 19): clerks and admins submit hashes; proofs are public; the audit chain is
        // for admins and auditors.
        new("POST", "/api/anchors/", "/api/anchors", Caller.Admin | Caller.Clerk),
        new("POST", "/api/anchors/file", "/api/anchors/file", Caller.Admin | Caller.Clerk, "application/octet-stream"),
        new("GET", "/api/anchors/{hash}", "/api/anchors/0x00", Caller.Everyone),
        new("GET", "/api/anchors/{hash}/verification", "/api/anchors/0x00/verification", Caller.Everyone),
        new("GET", "/api/audit/chain", "/api/audit/chain", Caller.Admin | Caller.Auditor),
    ];

    private static readonly Caller[] Callers =
        // Admin last: its allowed writes (rotating, revoking the victim key) come after everyone else's refusals.
        [Caller.Anonymous, Caller.Resident, Caller.OtherResident, Caller.Registrar, Caller.Reporter, Caller.Auditor, Caller.Clerk, Caller.Admin];

    private AuthHost _host = null!;
    private readonly Dictionary<Caller, HttpClient> _clients = [];
    private int _victimKeyId;

    public static IEnumerable<TestCaseData> Rules() => Table.Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule.ToString()));

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await AuthHost.StartAsync();
        _clients[Caller.Anonymous] = _host.Raw();
        _clients[Caller.Admin] = _host.Staff(ServiceFactory.AdminKey);
        _clients[Caller.Registrar] = _host.Staff((await _host.CreateKeyAsync("matrix-registrar", StaffRoles.Registrar)).Key);
        _clients[Caller.Reporter] = _host.Staff((await _host.CreateKeyAsync("matrix-reporter", StaffRoles.Reporter)).Key);
        _clients[Caller.Auditor] = _host.Staff((await _host.CreateKeyAsync("matrix-auditor", StaffRoles.Auditor)).Key);
        _clients[Caller.Clerk] = _host.Staff((await _host.CreateKeyAsync("matrix-clerk", StaffRoles.Clerk)).Key);
        var residentA = new EthECKey(ResidentAKey);
        Assert.That(AuthHost.AddressOf(residentA), Is.EqualTo(A));
        _clients[Caller.Resident] = _host.Resident(await _host.SignInAsync(residentA));
        _clients[Caller.OtherResident] = _host.Resident(await _host.SignInAsync(new EthECKey(ResidentBKey)));
        _victimKeyId = (await _host.CreateKeyAsync("matrix-victim", StaffRoles.Reporter)).Id;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await _host.DisposeAsync();
    }

    [Test]
    public void EveryEndpointOfTheAppIsInTheTable()
    {
        // Dashboard pages are authorized by folder (staff cookie, admin-only folders) and covered by the browser tests.
        var endpoints = _host.Service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null)
            .ToList();
        var inApp = endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var inTable = Table.Select(r => r.ToString()).ToHashSet();

        var missing = inApp.Except(inTable).Order().ToList();
        var stale = inTable.Except(inApp).Order().ToList();
        Assert.That(missing, Is.Empty,
            "Endpoints without a row in EndpointAuthorizationMatrixTests.Table: add each with who may call it:\n  " + string.Join("\n  ", missing));
        Assert.That(stale, Is.Empty, "Rows for endpoints the app no longer has:\n  " + string.Join("\n  ", stale));
        Assert.That(inTable, Has.Count.EqualTo(Table.Length), "one row per endpoint");

        // And every endpoint states a rule itself (no endpoint is open or closed by accident of a default).
        var unstated = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && e.Metadata.GetMetadata<IAuthorizeData>() is null
                && e.Metadata.GetMetadata<AuthorizationPolicy>() is null)
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.That(unstated, Is.Empty, "Endpoints with neither AllowAnonymous nor RequireAuthorization");
    }

    [TestCaseSource(nameof(Rules))]
    public async Task EachCallerIsAllowedOrRefusedAsTheTableSays(Rule rule)
    {
        var path = rule.Sample.Replace(VictimKey, _victimKeyId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var wrong = new List<string>();
        foreach (var caller in Callers)
        {
            using var request = new HttpRequestMessage(new HttpMethod(rule.Method == "*" ? "GET" : rule.Method), path);
            if (rule.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, rule.ContentType);
            }
            using var response = await _clients[caller].SendAsync(request);
            var status = (int)response.StatusCode;
            var allowed = rule.Allowed.HasFlag(caller);
            var expected = allowed ? "2xx or 4xx other than 401/403" : caller == Caller.Anonymous ? "401" : "403";
            // Allowed: the request got past authorization (a 4xx from validation or a 404 is fine; a redirect or a 5xx is not).
            var ok = allowed
                ? status is (>= 200 and < 300) or (>= 400 and < 500 and not 401 and not 403)
                : status == (caller == Caller.Anonymous ? 401 : 403)
                  && response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (!ok)
            {
                wrong.Add($"{caller}: {status} (expected {expected}) {Shorten(await response.Content.ReadAsStringAsync())}");
            }
        }
        Assert.That(wrong, Is.Empty, $"{rule.Method} {path}");
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
