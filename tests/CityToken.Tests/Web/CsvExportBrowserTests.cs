using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CityToken.Api.Auth;
using CityToken.Api.Rewards;
using CityToken.Tests.Infrastructure;
using CsvHelper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityToken.Tests.Web;

public sealed partial class BrowserTests
{
    [Test]
    public async Task AnAdminExportsTheFilteredActionsAndTheFileOpensWithTheRightColumns()
    {
        var slug = Unique("export");
        var resident = TestWallet.Fresh().Address;
        using (var api = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) })
        {
            api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, ServiceFactory.AdminKey);
            using var created = await api.PostAsJsonAsync("/api/programs", new
            {
                slug, name = "Sorting " + slug, actionType = "waste-sorting", rule = new { kind = "fixed", amount = "2" },
                maxQuantity = "10", budget = "500", startsAt = "2026-01-01T00:00:00Z",
            });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            var now = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture);
            foreach (var (id, category) in new[] { ("e1", "塑料瓶"), ("e2", "=1+1") })
            {
                using var reported = await api.PostAsJsonAsync("/api/actions",
                    new { externalId = $"{slug}-{id}", program = slug, resident, quantity = 1, category, occurredAt = now });
                Assert.That(reported.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await reported.Content.ReadAsStringAsync());
            }
        }

        await using var context = await _host.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await WebHost.SignInAsync(page, ServiceFactory.AdminKey);
        await page.GotoAsync($"/admin/actions?program={slug}");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        // The days filter (the city's days, whatever its time zone: yesterday to tomorrow in UTC holds today's).
        string Day(int offset) => DateTime.UtcNow.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GotoAsync($"/admin/actions?program={slug}&from={Day(2)}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No action matches.");
        await page.GotoAsync($"/admin/actions?program={slug}&from={Day(-1)}&to={Day(1)}");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await WebHost.ScreenshotAsync(page, "admin-actions-export");

        // The link carries the page's filter: the file holds this program's actions only, with the API's columns.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-export='csv']").ClickAsync());
        Assert.That(download.SuggestedFilename, Does.Match(@"^actions-\d{8}T\d{6}Z\.csv$"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var records = await ParseAsync(bytes);
        Assert.That(records[0], Is.EqualTo(ActionService.ExportColumns.Select(c => c.Name)));
        Assert.That(string.Join(",", records[0][..7]), Is.EqualTo("id,externalId,reporter,program,resident,quantity,category"));
        var rows = records.Skip(1).ToList();
        Assert.That(rows.Select(r => r[1]), Is.EquivalentTo(new[] { $"{slug}-e1", $"{slug}-e2" }));
        Assert.That(rows.Select(r => r[3]).Distinct(), Is.EqualTo(new[] { slug }));
        Assert.That(rows.Select(r => r[4]).Distinct(), Is.EqualTo(new[] { resident }).IgnoreCase);
        Assert.That(rows.Single(r => r[1].EndsWith("-e1", StringComparison.Ordinal))[6], Is.EqualTo("塑料瓶"));
        Assert.That(rows.Single(r => r[1].EndsWith("-e2", StringComparison.Ordinal))[6], Is.EqualTo("'=1+1"), "a formula stays text");
        Assert.That(rows.Select(r => r[9]), Is.All.EqualTo("2000000000000000000"));

        // The Excel variant: the same rows after a UTF-8 byte order mark.
        var excel = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-export='excel']").ClickAsync());
        var excelBytes = await File.ReadAllBytesAsync(await excel.PathAsync());
        Assert.That(excelBytes[..3], Is.EqualTo(System.Text.Encoding.UTF8.Preamble.ToArray()));
        Assert.That((await ParseAsync(excelBytes)).Skip(1).Select(r => r[0]), Is.EqualTo(rows.Select(r => r[0])));

        // The other lists' links: each page's export answers its file, headed by the API's columns.
        (string Page, string File, string FirstColumns)[] others =
        [
            ("/admin/minting?status=confirmed", "mint-batches", "id,batchId,status"),
            ("/admin/redemptions?status=used", "redemptions", "redemptionId,resident,rewardId"),
            ("/admin/credentials?filterType=resident", "credentials", "id,did,subject"),
            ("/admin/ballots", "ballot-results", "ballotId,title,credentialType"),
            ($"/admin/programs/{slug}/audit", "audit", "id,at,actorKeyId"),
        ];
        foreach (var (path, file, firstColumns) in others)
        {
            await page.GotoAsync(path);
            var other = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-export='csv']").ClickAsync());
            Assert.That(other.SuggestedFilename, Does.StartWith(file + "-"), path);
            var otherRecords = await ParseAsync(await File.ReadAllBytesAsync(await other.PathAsync()));
            Assert.That(string.Join(",", otherRecords[0][..3]), Is.EqualTo(firstColumns), path);
            if (file == "audit")
            {
                Assert.That(otherRecords.Skip(1).Select(r => r[8]), Is.EqualTo(new[] { slug }), "the program's creation, filtered by the page's program");
            }
        }
        Assert.That(errors, Is.Empty);
    }

    private static async Task<List<string[]>> ParseAsync(byte[] bytes)
    {
        var records = new List<string[]>();
        await using var reader = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        while (await reader.ReadAsync())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return records;
    }
}
