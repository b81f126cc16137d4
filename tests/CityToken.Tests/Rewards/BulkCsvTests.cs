using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using static CityToken.Tests.Rewards.RewardsHost;

namespace CityToken.Tests.Rewards;

/// <summary>POST /api/actions/bulk: per-row results, bad rows never stop the others, streamed 100k rows.</summary>
public sealed class BulkCsvTests
{
    private RewardsHost _host = null!;
    private HttpClient _reporter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await RewardsHost.StartAsync();
        _reporter = await _host.ClientAsync(StaffRoles.Reporter, "bin-operator");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _reporter.Dispose();
        await _host.DisposeAsync();
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Test]
    public async Task EachRowIsDecidedOnItsOwn()
    {
        var slug = Unique("bulk");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-unit", rates = new { plastic = "1", paper = "0.5" } }, budget: "100", dailyCap: "5"));
        var alice = NewResident();
        var csv = $"""
            externalId,program,resident,quantity,category,occurredAt,evidence
            r1,{slug},{alice},2,plastic,2026-03-01T10:00:00Z,"bin 7, north"
            r2,{slug},{alice},abc,plastic,2026-03-01T10:00:00Z,
            r3,{slug},{alice},1,plastic,not-a-date,
            r4,{slug},0x12,1,plastic,2026-03-01T10:00:00Z,
            r5,{slug},{alice},4,paper,2026-03-01T11:00:00Z,
            ,{slug},{alice},1,plastic,2026-03-01T10:00:00Z,
            r7,{slug},{alice},1,plastic,2026-03-01T10:00:00Z
            r1,{slug},{alice},2,plastic,2026-03-01T10:00:00Z,"bin 7, north"
            r1,{slug},{alice},3,plastic,2026-03-01T10:00:00Z,
            r10,{slug},{alice},4,plastic,2026-03-01T12:00:00Z,
            """;

        using var response = await _reporter.PostAsync("/api/actions/bulk", Csv(csv));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var rows = body.GetProperty("results").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("row").GetInt64()), Is.EqualTo(Expect.Items<long>(2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));
        string? Outcome(int i) => rows[i].GetProperty("error").GetString() is { } e ? "error:" + e[..Math.Min(e.Length, 12)]
            : rows[i].GetProperty("reason").GetString() ?? rows[i].GetProperty("status").GetString();
        Assert.That(Outcome(0), Is.EqualTo(ActionStatus.Queued));
        Assert.That(Outcome(1), Is.EqualTo(RejectionReasons.InvalidQuantity));
        Assert.That(Outcome(2), Does.StartWith("error:occurredAt"));
        Assert.That(Outcome(3), Is.EqualTo(RejectionReasons.InvalidResident));
        Assert.That(Outcome(4), Is.EqualTo(ActionStatus.Queued));
        Assert.That(Outcome(5), Does.StartWith("error:externalId"));
        Assert.That(Outcome(6), Does.StartWith("error:The row has"));
        Assert.That(Outcome(7), Is.EqualTo(ActionStatus.Queued), "the same row again is the same action");
        Assert.That(rows[7].GetProperty("id").GetInt64(), Is.EqualTo(rows[0].GetProperty("id").GetInt64()));
        Assert.That(rows[7].GetProperty("replayed").GetBoolean(), Is.True);
        Assert.That(Outcome(8), Does.StartWith("error:externalId"), "another body under r1");
        Assert.That(Outcome(9), Is.EqualTo(RejectionReasons.DailyCapReached), "2 + 2 tokens used, 4 more exceed the cap of 5");
        Assert.That(body.GetProperty("rows").GetInt64(), Is.EqualTo(10));
        Assert.That(body.GetProperty("queued").GetInt64(), Is.EqualTo(3));
        Assert.That(body.GetProperty("rejected").GetInt64(), Is.EqualTo(3));
        Assert.That(body.GetProperty("replayed").GetInt64(), Is.EqualTo(1));
        Assert.That(body.GetProperty("errors").GetInt64(), Is.EqualTo(4));
        var stored = await _host.GetActionAsync(rows[0].GetProperty("id").GetInt64());
        Assert.That(stored.GetProperty("amount").GetString(), Is.EqualTo("2000000000000000000"));
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("reserved").GetString(), Is.EqualTo("4"));
    }

    [Test]
    public async Task AHeaderWithoutARequiredColumnIsA400Problem()
    {
        using var response = await _reporter.PostAsync("/api/actions/bulk", Csv("externalId,program,resident,colour\nr1,p,0x0,1\n"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name),
            Is.EquivalentTo(Expect.Items("header.colour", "header.quantity", "header.occurredAt")));
    }

    [Test]
    public async Task AnAuditorCannotUpload()
    {
        using var auditor = await _host.ClientAsync(StaffRoles.Auditor, Unique("auditor"));
        using var response = await auditor.PostAsync("/api/actions/bulk", Csv("externalId\n"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    /// <summary>A generated 100,000-row file, sent as a stream (never built in memory on either side).</summary>
    private sealed class GeneratedCsv(string slug, int rows) : Stream
    {
        private readonly IEnumerator<byte[]> _lines = Lines(slug, rows).GetEnumerator();
        private byte[] _current = [];
        private int _offset;

        public long BytesSent { get; private set; }

        private static IEnumerable<byte[]> Lines(string slug, int rows)
        {
            yield return Encoding.UTF8.GetBytes("externalId,program,resident,quantity,category,occurredAt\n");
            string[] categories = ["plastic", "paper", "glass", "metal"];
            for (var i = 0; i < rows; i++)
            {
                // Every 10th row is rejected (zero quantity); the others are queued.
                var quantity = i % 10 == 9 ? "0" : "1.5";
                // Residents from 0x…01 up (the zero address is refused at intake).
                yield return Encoding.UTF8.GetBytes($"row-{i},{slug},0x{i + 1:x40},{quantity},{categories[i % 4]},2026-03-01T10:00:00Z\n");
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_offset == _current.Length)
            {
                if (!_lines.MoveNext())
                {
                    return 0;
                }
                _current = _lines.Current;
                _offset = 0;
            }
            var n = Math.Min(count, _current.Length - _offset);
            Array.Copy(_current, _offset, buffer, offset, n);
            _offset += n;
            BytesSent += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public async Task AHundredThousandRowsAreStreamedAndEachDecided()
    {
        const int rows = 100_000;
        var slug = Unique("bulk-100k");
        await _host.CreateProgramAsync(Program(slug, new { kind = "per-unit", rates = new { plastic = "1", paper = "1", glass = "1", metal = "1" } },
            budget: "1000000", dailyCap: "10"));
        await using var csv = new GeneratedCsv(slug, rows);
        using var content = new StreamContent(csv);
        content.Headers.ContentType = new("text/csv");
        using var reporter = await _host.ClientAsync(StaffRoles.Reporter, Unique("bulk-reporter"));
        reporter.Timeout = TimeSpan.FromMinutes(10);

        var clock = Stopwatch.StartNew();
        using var response = await reporter.PostAsync("/api/actions/bulk", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        clock.Stop();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        TestContext.Out.WriteLine($"100,000-row CSV ({csv.BytesSent / 1024 / 1024.0:F1} MiB): {clock.Elapsed.TotalSeconds:F1} s, {rows / clock.Elapsed.TotalSeconds:F0} rows/s");
        Assert.That(body.GetProperty("rows").GetInt64(), Is.EqualTo(rows));
        Assert.That(body.GetProperty("queued").GetInt64(), Is.EqualTo(90_000));
        Assert.That(body.GetProperty("rejected").GetInt64(), Is.EqualTo(10_000));
        Assert.That(body.GetProperty("errors").GetInt64(), Is.EqualTo(0));
        var results = body.GetProperty("results");
        Assert.That(results[rows - 1].GetProperty("row").GetInt64(), Is.EqualTo(rows + 1));
        Assert.That(results[rows - 1].GetProperty("reason").GetString(), Is.EqualTo(RejectionReasons.QuantityNotPositive));
        Assert.That((await _host.GetProgramAsync(slug)).GetProperty("reserved").GetString(), Is.EqualTo("135000"));
    }
}
