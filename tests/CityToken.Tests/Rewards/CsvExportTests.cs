using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Api.Rewards.Minting;
using CityToken.Tests.Infrastructure;
using CsvHelper;
using Nethereum.Signer;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards;

/// <summary>
/// The CSV exports next to each list: the list's columns, filters and authorization, formula cells neutralised, the
/// Excel byte order mark on request. The actions come in through a GB18030, semicolon-separated upload, as a Chinese
/// Excel writes it, so the Chinese text makes the round trip. Under Rewards so that test.sh runs it on PostgreSQL too.
/// </summary>
public sealed class CsvExportTests
{
    private const string Formula = "=HYPERLINK(\"http://127.0.0.1/x\";\"click\")";
    private RewardsHost _host = null!;
    private HttpClient _auditor = null!;
    private HttpClient _reporter = null!;
    private string _slug = null!;
    private string _other = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await RewardsHost.StartAsync();
        _auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("export-auditor"));
        _reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("export-reporter"));
        _slug = Unique("export");
        _other = Unique("export-other");
        await _host.CreateProgramAsync(Program(_slug, Fixed("1")));
        await _host.CreateProgramAsync(Program(_other, Fixed("1")));
        var resident = NewResident();
        // The formula row's externalId is quoted (it holds the separator): "=HYPERLINK(""http://…"";""click"")".
        var csv = $"""
            externalId;program;resident;quantity;category;occurredAt
            a1;{_slug};{resident};1;塑料瓶;2026-03-01T10:00:00Z
            a2;{_slug};{resident};2;"纸; 纸板";2026-03-01T11:00:00Z
            "{Formula.Replace("\"", "\"\"")}";{_slug};{resident};1;@SUM(1+1);2026-03-01T12:00:00Z
            """;
        using var upload = await _reporter.PostAsync("/api/actions/bulk",
            new ByteArrayContent(CsvUploadStream.Gb18030.GetBytes(csv)) { Headers = { { "Content-Type", "text/csv" } } });
        var body = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("queued").GetInt64(), Is.EqualTo(3), body.ToString());
        var (status, _) = await PostActionAsync(_host.Admin, Action(_other, resident, 1));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _auditor.Dispose();
        _reporter.Dispose();
        await _host.DisposeAsync();
    }

    private static async Task<(HttpResponseMessage Response, byte[] Bytes, List<string[]> Records)> GetCsvAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var records = new List<string[]>();
        await using var reader = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        while (await reader.ReadAsync())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return (response, bytes, records);
    }

    [Test]
    public async Task TheActionsExportHasTheListsColumnsRowsAndFilters()
    {
        var (response, bytes, records) = await GetCsvAsync(_auditor, $"/api/actions/export?program={_slug}");
        using (response)
        {
            Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.StartWith("actions-"));
        }
        Assert.That(bytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark unless excel=true");
        Assert.That(records[0], Is.EqualTo(ActionService.ExportColumns.Select(c => c.Name)));
        Assert.That(records[0], Is.EqualTo(Expect.Items("id", "externalId", "reporter", "program", "resident", "quantity", "category", "occurredAt",
            "status", "amount", "reason", "reasonDetail", "batchId", "txHash", "blockNumber", "createdAt", "updatedAt")));
        var rows = records.Skip(1).ToList();
        var list = await _auditor.GetFromJsonAsync<JsonElement>($"/api/actions?program={_slug}");
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64().ToString())),
            "the same actions as the list, newest first");
        Assert.That(rows.Select(r => r[3]).Distinct(), Is.EqualTo(Expect.Items(_slug)));
        Assert.That(rows.Single(r => r[1] == "a1")[6], Is.EqualTo("塑料瓶"), "GB18030 in, UTF-8 out");
        Assert.That(rows.Single(r => r[1] == "a2")[6], Is.EqualTo("纸; 纸板"));
        Assert.That(rows.Single(r => r[1] == "a2")[9], Is.EqualTo("1000000000000000000"));
        Assert.That(rows.Single(r => r[1] == "a1")[7], Is.EqualTo("2026-03-01T10:00:00.0000000+00:00"));

        var (_, _, others) = await GetCsvAsync(_auditor, $"/api/actions/export?program={_other}&status=queued");
        Assert.That(others, Has.Count.EqualTo(2));
        var (_, _, none) = await GetCsvAsync(_auditor, $"/api/actions/export?program={_slug}&status=rejected");
        Assert.That(none, Has.Count.EqualTo(1), "the header alone when nothing matches");

        // The city's days the actions happened, as the dashboard filters: the list and the export agree.
        var (_, _, sameDay) = await GetCsvAsync(_auditor, $"/api/actions/export?program={_slug}&from=2026-03-01&to=2026-03-01");
        Assert.That(sameDay, Has.Count.EqualTo(4));
        var (_, _, dayAfter) = await GetCsvAsync(_auditor, $"/api/actions/export?program={_slug}&from=2026-03-02");
        Assert.That(dayAfter, Has.Count.EqualTo(1));
        var listDayAfter = await _auditor.GetFromJsonAsync<JsonElement>($"/api/actions?program={_slug}&from=2026-03-02");
        Assert.That(listDayAfter.GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task AFieldThatWouldRunAsAFormulaGetsALeadingQuote()
    {
        var (_, bytes, records) = await GetCsvAsync(_host.Admin, $"/api/actions/export?program={_slug}");
        var row = records.Single(r => r[1].Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.That(row[1], Is.EqualTo("'" + Formula));
        Assert.That(row[6], Is.EqualTo("'@SUM(1+1)"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.Not.Contain(",=").And.Not.Contain(",@").And.Not.Contain(",\"=").And.Not.Contain(",\"@"));
    }

    [Test]
    public async Task ExcelTrueStartsTheFileWithAByteOrderMark()
    {
        var (_, bytes, records) = await GetCsvAsync(_auditor, $"/api/actions/export?program={_slug}&excel=true");
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(records[0][0], Is.EqualTo("id"), "a reader that knows the mark skips it");
        Assert.That(records.Skip(1).Select(r => r[6]), Does.Contain("塑料瓶"));
    }

    private static readonly string[] StaffExports =
        ["/api/actions/export", "/api/mint-batches/export", "/api/redemptions/export", "/api/audit/export"];

    [Test]
    public async Task ExportsNeedTheListsRoles()
    {
        using var anonymous = _host.Anonymous();
        foreach (var path in StaffExports.Append("/api/credentials/export"))
        {
            using var response = await anonymous.GetAsync(path);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
        foreach (var path in StaffExports)
        {
            using var response = await _reporter.GetAsync(path);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            (await GetCsvAsync(_auditor, path)).Response.Dispose();
        }
    }

    [Test]
    public async Task ABadFilterIsA400NamingIt()
    {
        (string Path, string Field)[] cases =
        [
            ("/api/actions/export?status=nope", "status"),
            ("/api/actions/export?resident=0x12", "resident"),
            ("/api/mint-batches/export?status=nope", "status"),
            ("/api/redemptions/export?status=nope", "status"),
            ("/api/credentials/export?type=nope", "type"),
        ];
        foreach (var (path, field) in cases)
        {
            using var response = await _host.Admin.GetAsync(path);
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), path);
        }
        using var notABoolean = await _host.Admin.GetAsync("/api/actions/export?excel=maybe");
        Assert.That(notABoolean.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task TheCredentialsExportNeverHoldsTheOfficialId()
    {
        const string officialId = "756.4242.1717.03";
        var did = $"did:ethr:0x7a69:{EthECKey.GenerateKey().GetPublicAddress()}";
        using var issued = await _host.Admin.PostAsJsonAsync("/api/credentials",
            new { did, type = "resident", officialId, expiresAt = "2031-01-31T00:00:00Z" });
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await issued.Content.ReadAsStringAsync());

        var (_, bytes, records) = await GetCsvAsync(_auditor, $"/api/credentials/export?did={did}");
        Assert.That(records[0], Is.EqualTo(Expect.Items("id", "did", "subject", "type", "status", "expiresAt", "credentialId", "issuedAt",
            "revokedAt", "revocationReason", "supersededBy", "issueTransactionHash", "issueBlockNumber", "requestedBy", "requestedAt")));
        Assert.That(records.Skip(1).Single()[1], Is.EqualTo(did));
        Assert.That(records.Skip(1).Single()[3], Is.EqualTo("resident"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.Not.Contain(officialId).And.Not.Contain("4242"));
    }

    [Test]
    public async Task MintBatchesRedemptionsAuditAndBallotResultsHaveTheirColumns()
    {
        var (_, _, batches) = await GetCsvAsync(_auditor, "/api/mint-batches/export?status=confirmed");
        Assert.That(batches[0], Is.EqualTo(MintingService.ExportColumns.Select(c => c.Name)));
        Assert.That(batches.Skip(1).Select(r => r[2]).Distinct(), Is.SubsetOf(Expect.Items("confirmed")));
        var (_, _, redemptions) = await GetCsvAsync(_auditor, "/api/redemptions/export");
        Assert.That(redemptions[0], Is.EqualTo(Expect.Items("redemptionId", "resident", "rewardId", "rewardName", "quantity", "price", "total",
            "transactionHash", "blockNumber", "blockTime", "status", "voucherMerchant", "voucherIssuedAt", "voucherUsedAt", "usedBy")));
        var (_, _, ballots) = await GetCsvAsync(_host.Anonymous(), "/api/ballots/results/export");
        Assert.That(ballots[0], Is.EqualTo(Expect.Items("ballotId", "title", "credentialType", "start", "end", "status", "final", "option",
            "label", "votes", "turnout", "quorum", "quorumReached")));

        // The programs created in the set-up were audited: the export filtered by target holds that write only.
        var (_, _, audit) = await GetCsvAsync(_auditor, $"/api/audit/export?target={_slug}");
        Assert.That(audit[0], Is.EqualTo(Expect.Items("id", "at", "actorKeyId", "actorName", "actorRoles", "method", "route", "path", "targetId",
            "statusCode", "before", "after")));
        Assert.That(audit.Skip(1).Select(r => (r[5], r[8])), Is.EqualTo(new[] { ("POST", _slug) }));
        var list = await _auditor.GetFromJsonAsync<JsonElement>($"/api/audit?target={_slug}");
        Assert.That(audit.Skip(1).Select(r => r[0]), Is.EqualTo(list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64().ToString())));
    }
}
