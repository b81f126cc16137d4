using System.Text;
using CityToken.Api.Rewards;

namespace CityToken.Tests.Rewards;

public sealed class CsvRecordsTests
{
    private static async Task<List<CsvRecords.Record>> ReadAsync(string text)
    {
        var records = new List<CsvRecords.Record>();
        await foreach (var record in CsvRecords.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None))
        {
            records.Add(record);
        }
        return records;
    }

    [Test]
    public async Task QuotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        var records = await ReadAsync("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\n2,,last");
        Assert.That(records.Select(r => r.Number), Is.EqualTo(Expect.Items(1, 2, 3)));
        Assert.That(records[1].Fields, Is.EqualTo(Expect.Items("1", "x, \"y\"", "two\nlines")));
        Assert.That(records[2].Fields, Is.EqualTo(Expect.Items("2", "", "last")));
        Assert.That(records.All(r => r.Error is null));
    }

    [Test]
    public async Task AnUnclosedQuoteIsAnErrorOfTheLastRecordOnly()
    {
        var records = await ReadAsync("a,b\n1,2\n3,\"open");
        Assert.That(records[1].Error, Is.Null);
        Assert.That(records[2].Error, Does.Contain("not closed"));
    }

    [Test]
    public void AnOverlongFieldStopsTheRead()
    {
        var error = Assert.ThrowsAsync<CsvLimitExceededException>(() =>
            ReadAsync("a\nok\n" + new string('x', CsvLimits.Default.MaxFieldLength + 1) + "\nok\n"));
        Assert.That(error!.Record, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain($"longer than {CsvLimits.Default.MaxFieldLength} characters"));
    }

    [Test]
    public void ARecordWithTooManyFieldsStopsTheReadBeforeTheRestIsRead()
    {
        // 64 MB of commas: the reader gives up at the 33rd field, having read one buffer, not the file.
        var commas = new CommaStream(64L * 1024 * 1024);
        var error = Assert.ThrowsAsync<CsvLimitExceededException>(async () =>
        {
            await foreach (var _ in CsvRecords.ReadAsync(commas, new CsvLimits(32, 4096), CancellationToken.None))
            {
            }
        });
        Assert.That(error!.Message, Does.Contain("more than 32 fields"));
        Assert.That(commas.Position, Is.LessThan(1024 * 1024));
    }

    [Test]
    public async Task ARecordAtTheLimitsIsRead()
    {
        var limits = new CsvLimits(3, 5);
        var records = new List<CsvRecords.Record>();
        await foreach (var record in CsvRecords.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("abcde,\"a\"\"cd\",x\n")), limits, CancellationToken.None))
        {
            records.Add(record);
        }
        Assert.That(records.Single().Fields, Is.EqualTo(Expect.Items("abcde", "a\"cd", "x")));
    }

    /// <summary>A body of <c>length</c> commas made as it is read.</summary>
    private sealed class CommaStream(long length) : Stream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)',');
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
