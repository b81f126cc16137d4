using System.Text;
using CityToken.Api.Rewards;

namespace CityToken.Tests.Rewards;

/// <summary>
/// The upload reader on the files city staff actually have: Swiss and German Excel's semicolons, Chinese Excel's
/// GB18030, UTF-8 with a byte order mark; the limits and the clear per-record errors hold for each.
/// </summary>
public sealed class CsvUploadEncodingTests
{
    private static async Task<List<CsvRecords.Record>> ReadAsync(byte[] bytes, CsvLimits? limits = null)
    {
        var records = new List<CsvRecords.Record>();
        await foreach (var record in CsvRecords.ReadAsync(new MemoryStream(bytes), limits ?? CsvLimits.Default, CancellationToken.None))
        {
            records.Add(record);
        }
        return records;
    }

    [Test]
    public async Task SemicolonsSeparateWhenTheHeaderUsesThem()
    {
        var records = await ReadAsync(Encoding.UTF8.GetBytes("externalId;program;quantity\r\nr1;\"bins; north\";1,5\r\nr2;park;2\r\n"));
        Assert.That(records.Select(r => r.Fields), Is.EqualTo(new[]
        {
            Expect.Items("externalId", "program", "quantity"), Expect.Items("r1", "bins; north", "1,5"), Expect.Items("r2", "park", "2"),
        }));
        Assert.That(records.All(r => r.Error is null));
    }

    [Test]
    public async Task CommasStillSeparateWhenTheHeaderUsesThem()
    {
        var records = await ReadAsync(Encoding.UTF8.GetBytes("a,b\nx;y,z\n"));
        Assert.That(records[1].Fields, Is.EqualTo(Expect.Items("x;y", "z")));
    }

    [Test]
    public async Task AGb18030FileWithChineseTextIsDecoded()
    {
        var text = "externalId;category;evidence\r\nr1;塑料瓶;\"雄安新区 容城县, 垃圾分类\"\r\nr2;纸板;杭州 西湖区\r\n";
        var bytes = CsvUploadStream.Gb18030.GetBytes(text);
        Assert.That(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), Throws.InstanceOf<DecoderFallbackException>(),
            "the file is not UTF-8");
        var records = await ReadAsync(bytes);
        Assert.That(records[1].Fields, Is.EqualTo(Expect.Items("r1", "塑料瓶", "雄安新区 容城县, 垃圾分类")));
        Assert.That(records[2].Fields, Is.EqualTo(Expect.Items("r2", "纸板", "杭州 西湖区")));
        Assert.That(records.All(r => r.Error is null));
    }

    [Test]
    public async Task Utf8WithAByteOrderMarkKeepsTheFirstColumnsName()
    {
        var records = await ReadAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("externalId,category\nr1,Zürich Altstätten\n")]);
        Assert.That(records[0].Fields[0], Is.EqualTo("externalId"), "no mark glued to the first name");
        Assert.That(records[1].Fields, Is.EqualTo(Expect.Items("r1", "Zürich Altstätten")));
    }

    [Test]
    public async Task Utf8WithoutAMarkIsNotTakenForGb18030()
    {
        var records = await ReadAsync(Encoding.UTF8.GetBytes("a;b\n서울;Tallinn\n"));
        Assert.That(records[1].Fields, Is.EqualTo(Expect.Items("서울", "Tallinn")));
    }

    [Test]
    public async Task ARecordThatIsNotTextOfTheDetectedEncodingIsThatRecordsError()
    {
        // A UTF-8 start, then a byte that UTF-8 never uses, past the 64 KiB the encoding is decided from.
        var start = Encoding.UTF8.GetBytes("a,b\n" + string.Concat(Enumerable.Repeat("x,y\n", 20_000)));
        var records = await ReadAsync([.. start, .. Encoding.UTF8.GetBytes("bad,"), 0xFF, .. Encoding.UTF8.GetBytes("\nok,1\n")]);
        Assert.That(records[^2].Error, Does.Contain($"Record {records[^2].Number} is not valid utf-8"));
        Assert.That(records[^1].Error, Is.Null);
        Assert.That(records[^1].Fields, Is.EqualTo(Expect.Items("ok", "1")));
    }

    [Test]
    public async Task AnUnclosedQuoteInASemicolonFileIsItsRecordsError()
    {
        var records = await ReadAsync(Encoding.UTF8.GetBytes("a;b\n1;2\n3;\"open; still open"));
        Assert.That(records[1].Error, Is.Null);
        Assert.That(records[2].Error, Does.Contain("not closed"));
    }

    [Test]
    public void TheLimitsHoldForSemicolonsAndGb18030()
    {
        var tooMany = Assert.ThrowsAsync<CsvLimitExceededException>(() => ReadAsync(Encoding.UTF8.GetBytes("a;b\n1;2\n" + new string(';', 40) + "\n")));
        Assert.That(tooMany!.Record, Is.EqualTo(3));
        Assert.That(tooMany.Message, Does.Contain("more than 32 fields"));
        // 5 Chinese characters are 10 GB18030 bytes: the limit counts characters.
        var records = ReadAsync(CsvUploadStream.Gb18030.GetBytes("a;b\n纸板纸板纸;x\n"), new CsvLimits(3, 5)).GetAwaiter().GetResult();
        Assert.That(records[1].Fields[0], Is.EqualTo("纸板纸板纸"));
        var tooLong = Assert.ThrowsAsync<CsvLimitExceededException>(() => ReadAsync(CsvUploadStream.Gb18030.GetBytes("a;b\nok;1\n纸板纸板纸板;x\n"), new CsvLimits(3, 5)));
        Assert.That(tooLong!.Record, Is.EqualTo(3));
        Assert.That(tooLong.Message, Does.Contain("longer than 5 characters"));
    }
}
