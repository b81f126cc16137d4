using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using CityToken.Api.Auth;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Rewards;

/// <summary>
/// POST /api/actions/bulk against hostile files: refused with a problem naming the limits as soon as a limit is
/// crossed, while the service's memory stays flat.
/// </summary>
public sealed class BulkCsvLimitsTests
{
    private const string Header = "externalId,program,resident,quantity,category,occurredAt\n";
    private ServiceFactory _service = null!;
    private HttpClient _reporter = null!;
    private string _key = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // Kestrel on a loopback port, not the in-memory test server: the upload crosses a real socket, as an attacker's
        // would (the test server keeps what the client sends after the answer in memory, which would measure itself).
        _service = ServiceFactory.For(SharedChain.Node);
        // Default field limits (32 fields, 4096 characters); a small row limit so crossing it is cheap.
        _service.Settings["Rewards:MaxBulkRows"] = "1000";
        var port = LoopbackPort.Free();
        _service.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _service.StartServer();
        var key = _key = ApiKey.Generate();
        await using (var scope = _service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            db.ApiKeys.Add(new ApiKey { Name = RewardsHost.Unique("limits-reporter"), Roles = [StaffRoles.Reporter], KeyHash = ApiKey.Hash(key), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        _reporter = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        _reporter.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _reporter.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public async Task AHostile400MegabyteUploadOfCommasIsRefusedWhileMemoryStaysFlat()
    {
        await using var body = new GeneratedBody(Header, ",", 400L * 1024 * 1024);
        using var memory = new MemorySampler();

        var (status, contentType, text) = await RawUpload.PostAsync(_reporter.BaseAddress!, _key, body, 400L * 1024 * 1024 + Header.Length);
        var growth = await memory.StopAsync();

        TestContext.Out.WriteLine($"sent {body.BytesSent / 1024.0:F0} KiB; managed heap +{growth.Managed / 1048576.0:F1} MiB, working set +{growth.WorkingSet / 1048576.0:F1} MiB");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(contentType, Is.EqualTo("application/problem+json"));
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("more than 32 fields"));
        AssertNamesTheLimits(problem);
        Assert.That(problem.GetProperty("record").GetInt64(), Is.EqualTo(2));
        Assert.That(growth.Managed, Is.LessThan(200L * 1024 * 1024), "managed heap growth while the upload was refused");
        Assert.That(growth.WorkingSet, Is.LessThan(200L * 1024 * 1024), "working set growth while the upload was refused");
    }

    [Test]
    public async Task AnOverlongFieldRefusesTheUploadWithA400NamingTheLimits()
    {
        using var response = await _reporter.PostAsync("/api/actions/bulk",
            new StringContent(Header + "a," + new string('x', 5000) + ",0x0,1,,2026-03-01T10:00:00Z\n", Encoding.UTF8, "text/csv"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("longer than 4096 characters"));
        AssertNamesTheLimits(problem);
    }

    [Test]
    public async Task MoreRowsThanTheLimitIsA413NamingTheLimits()
    {
        // Rows with the wrong number of fields: each is an error row, cheap to decide, but still counted.
        await using var body = new GeneratedBody(Header, "a,b\n", 1001 * 4);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new("text/csv");
        using var response = await _reporter.PostAsync("/api/actions/bulk", content);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("at most 1000 rows"));
        Assert.That(problem.GetProperty("record").GetInt64(), Is.EqualTo(1002), "the header is record 1");
        Assert.That(problem.GetProperty("rowsDecided").GetInt64(), Is.EqualTo(1000));
        AssertNamesTheLimits(problem, maxRows: 1000);
    }

    [Test]
    public async Task AFileAtTheRowLimitIsAnswered()
    {
        await using var body = new GeneratedBody(Header, "a,b\n", 1000 * 4);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new("text/csv");
        using var response = await _reporter.PostAsync("/api/actions/bulk", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var answer = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.That(answer.GetProperty("rows").GetInt64(), Is.EqualTo(1000));
        Assert.That(answer.GetProperty("errors").GetInt64(), Is.EqualTo(1000));
    }

    private static void AssertNamesTheLimits(JsonElement problem, int maxRows = 1000)
    {
        var limits = problem.GetProperty("limits");
        Assert.That(limits.GetProperty("maxBytes").GetInt64(), Is.EqualTo(512L * 1024 * 1024));
        Assert.That(limits.GetProperty("maxRows").GetInt32(), Is.EqualTo(maxRows));
        Assert.That(limits.GetProperty("maxFieldsPerRecord").GetInt32(), Is.EqualTo(32));
        Assert.That(limits.GetProperty("maxFieldLength").GetInt32(), Is.EqualTo(4096));
    }

    /// <summary>A request body made as it is read: <c>prefix</c>, then <c>pattern</c> repeated up to <c>length</c> bytes in all.</summary>
    private sealed class GeneratedBody(string prefix, string pattern, long length) : Stream
    {
        private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
        private readonly byte[] _pattern = Encoding.UTF8.GetBytes(pattern);

        public long BytesSent { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = _prefix.Length + length;
            var n = (int)Math.Min(count, total - BytesSent);
            for (var i = 0; i < n; i++)
            {
                var at = BytesSent + i;
                buffer[offset + i] = at < _prefix.Length ? _prefix[at] : _pattern[(at - _prefix.Length) % _pattern.Length];
            }
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

    /// <summary>
    /// An HTTP/1.1 upload over a plain socket, as an attacker's script would send it: the body is written while the
    /// answer is read, and writing stops as soon as the answer has come (HttpClient reports only the reset connection
    /// when the server answers early and closes, as Kestrel does for a body it will not read).
    /// </summary>
    private static class RawUpload
    {
        public static async Task<(HttpStatusCode Status, string? ContentType, string Body)> PostAsync(Uri server, string key, Stream body, long length)
        {
            using var tcp = new System.Net.Sockets.TcpClient();
            await tcp.ConnectAsync(server.Host, server.Port);
            var stream = tcp.GetStream();
            var head = $"POST /api/actions/bulk HTTP/1.1\r\nHost: {server.Authority}\r\n{ApiKeyAuthenticationHandler.HeaderName}: {key}\r\n"
                + $"Content-Type: text/csv\r\nContent-Length: {length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            var reading = ReadAnswerAsync(stream);
            var buffer = new byte[64 * 1024];
            try
            {
                int n;
                while (!reading.IsCompleted && (n = await body.ReadAsync(buffer)) > 0)
                {
                    await stream.WriteAsync(buffer.AsMemory(0, n));
                }
            }
            catch (IOException)
            {
                // The server closed the connection after answering: the answer is what counts.
            }
            var answer = await reading;
            var headerEnd = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            Assert.That(headerEnd, Is.GreaterThan(0), "no answer came: " + answer);
            var lines = answer[..headerEnd].Split("\r\n");
            var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            var contentType = lines.FirstOrDefault(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?["Content-Type:".Length..].Split(';')[0].Trim();
            var content = answer[(headerEnd + 4)..];
            return (status, contentType, lines.Any(l => l.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) ? Unchunk(content) : content);
        }

        private static string Unchunk(string chunked)
        {
            var text = new StringBuilder();
            var at = 0;
            while (true)
            {
                var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
                var size = Convert.ToInt32(chunked[at..lineEnd], 16);
                if (size == 0)
                {
                    return text.ToString();
                }
                text.Append(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        /// <summary>The answer's bytes until its Content-Length is complete or the server closes the connection.</summary>
        private static async Task<string> ReadAnswerAsync(Stream stream)
        {
            var received = new MemoryStream();
            var buffer = new byte[16 * 1024];
            try
            {
                int n;
                while ((n = await stream.ReadAsync(buffer)) > 0)
                {
                    received.Write(buffer, 0, n);
                    var text = Encoding.UTF8.GetString(received.ToArray());
                    var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    var declared = System.Text.RegularExpressions.Regex.Match(text, @"(?im)^Content-Length:\s*(\d+)");
                    var complete = declared.Success
                        ? received.Length - headerEnd - 4 >= long.Parse(declared.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                        : text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
                    if (headerEnd > 0 && complete)
                    {
                        break;
                    }
                }
            }
            catch (IOException)
            {
                // A reset after the answer: keep what came.
            }
            return Encoding.UTF8.GetString(received.ToArray());
        }
    }

    /// <summary>
    /// Samples this process's managed heap and working set every 10 ms (the service runs in-process) and reports the
    /// largest growth over the values at the start.
    /// </summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly Task<(long Managed, long WorkingSet)> _sampling;

        public MemorySampler()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var managed = GC.GetTotalMemory(forceFullCollection: true);
            var process = _process;
            var workingSet = process.WorkingSet64;
            _sampling = Task.Run(async () =>
            {
                long maxManaged = 0, maxWorkingSet = 0;
                while (true)
                {
                    process.Refresh();
                    maxManaged = Math.Max(maxManaged, GC.GetTotalMemory(forceFullCollection: false) - managed);
                    maxWorkingSet = Math.Max(maxWorkingSet, process.WorkingSet64 - workingSet);
                    if (_stop.IsCancellationRequested)
                    {
                        return (maxManaged, maxWorkingSet);
                    }
                    await Task.Delay(10, CancellationToken.None);
                }
            });
        }

        public async Task<(long Managed, long WorkingSet)> StopAsync()
        {
            await _stop.CancelAsync();
            return await _sampling;
        }

        public void Dispose()
        {
            _stop.Dispose();
            _process.Dispose();
        }
    }
}
