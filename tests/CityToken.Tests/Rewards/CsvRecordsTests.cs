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
    public async Task AnOverlongFieldIsAnErrorOfItsRecord()
    {
        var records = await ReadAsync("a\n" + new string('x', CsvRecords.MaxFieldLength + 1) + "\nok\n");
        Assert.That(records[1].Error, Does.Contain("longer"));
        Assert.That(records[2].Error, Is.Null);
        Assert.That(records[2].Fields, Is.EqualTo(Expect.Items("ok")));
    }
}
