using System.Reflection;
using CsvHelper;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace CityToken.Api.Hosting;

/// <summary>One column of a CSV export: its header name and the text a row gives it (null: an empty field).</summary>
public sealed record CsvColumn<T>(string Name, Func<T, string?> Value);

/// <summary>
/// A CSV export a feature service answers: the file's base name, its columns and its rows, read as they are written
/// (an EF query enumerated with AsNoTracking, never a list), so a file of any size takes one row of memory.
/// </summary>
public sealed record CsvExport<T>(string Name, IReadOnlyList<CsvColumn<T>> Columns, IAsyncEnumerable<T> Rows);

/// <summary>How the columns of exports write values, the same in every file.</summary>
public static class CsvText
{
    /// <summary>A time in ISO 8601 UTC (2026-03-01T10:00:00Z): sorts as text and reads in any spreadsheet locale.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? time) => time is { } t ? Time(t) : null;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Writes a <see cref="CsvExport{T}"/> to the response body as rows arrive: RFC 4180 (CRLF, quotes when needed),
/// UTF-8, <c>text/csv; charset=utf-8</c>, as an attachment. A field a spreadsheet would run as a formula (starting
/// with = + - @, tab or CR) gets a leading <c>'</c> (CsvHelper's <see cref="CsvInjection.Escape"/>), so an exported
/// value a resident or a device typed cannot run in the city's Excel. <c>excel</c>: a UTF-8 byte order mark first, so
/// Excel reads Chinese and accented text as UTF-8 instead of the machine's code page.
/// </summary>
public sealed class CsvFileResult<T>(CsvExport<T> export, bool excel) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Plain = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
    private static readonly CsvWriterOptions Excel = Plain with { WriteByteOrderMark = true };

    public int? StatusCode => StatusCodes.Status200OK;

    public string? ContentType => MediaType;

    /// <summary>The file name: the export's name and the time it was made, e.g. actions-20260301T100000Z.csv.</summary>
    public string FileName { get; } = $"{export.Name}-{DateTimeOffset.UtcNow.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.csv";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var ct = httpContext.RequestAborted;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName }.ToString();
        response.Headers.CacheControl = "no-store";
        // Async writes only: Kestrel refuses synchronous I/O, and a flush happens whenever the 64 KiB buffer fills.
        await using var writer = CsvWriter.Create(response.Body, excel ? Excel : Plain, leaveOpen: true);
        var fields = new string?[export.Columns.Count];
        await writer.WriteRecordAsync(export.Columns.Select(c => c.Name).ToArray(), ct);
        await foreach (var row in export.Rows.WithCancellation(ct))
        {
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = export.Columns[i].Value(row);
            }
            await writer.WriteRecordAsync(fields, ct);
        }
        await writer.FlushAsync(ct);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "IEndpointMetadataProvider's member is static by design.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/csv"]));
}

/// <summary>Maps an export outcome to its file or its problem.</summary>
public static class CsvExportResults
{
    /// <summary>The query string switch of every export: <c>excel=true</c> starts the file with a UTF-8 byte order mark.</summary>
    public const string ExcelSwitch = "excel";

    public static Results<CsvFileResult<T>, ValidationProblem, ProblemHttpResult> ToCsv<T>(this Outcome<CsvExport<T>> outcome, bool? excel)
    {
        if (outcome.Succeeded)
        {
            return new CsvFileResult<T>(outcome.Value, excel == true);
        }
        return outcome.Problem.Errors is null ? outcome.Problem.ToProblem() : outcome.Problem.ToValidationProblem();
    }
}
