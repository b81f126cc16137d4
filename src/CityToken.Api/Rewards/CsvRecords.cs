using System.Runtime.CompilerServices;
using CsvHelper;

namespace CityToken.Api.Rewards;

/// <summary>How much one CSV record may hold: crossing either stops the read at once (the rest is never read).</summary>
public sealed record CsvLimits(int MaxFieldsPerRecord, int MaxFieldLength)
{
    public static readonly CsvLimits Default = new(32, 4096);
}

/// <summary>A CSV record crossed a <see cref="CsvLimits"/> bound; <see cref="Record"/> is its number (1 = the header).</summary>
public sealed class CsvLimitExceededException(long record, string message) : Exception(message)
{
    public long Record { get; } = record;
}

/// <summary>
/// Reads CSV records from an upload as they arrive (never the whole file) with CsvHelper: RFC 4180 quoting ("" for a
/// quote inside), CRLF or LF line ends, blank lines skipped; the encoding (UTF-8 with or without a byte order mark, or
/// GB18030) and the separator (comma or semicolon) are detected by <see cref="CsvUploadStream"/>, which also guards
/// <see cref="CsvLimits"/> before the library buffers a record: a record with too many or too long fields throws
/// <see cref="CsvLimitExceededException"/> once the records before it have been read.
/// </summary>
public static class CsvRecords
{
    /// <summary>One record: its number (1 = the header) and fields, or an error for that record only.</summary>
    public sealed record Record(long Number, IReadOnlyList<string> Fields, string? Error);

    public static IAsyncEnumerable<Record> ReadAsync(Stream stream, CancellationToken cancellationToken) =>
        ReadAsync(stream, CsvLimits.Default, cancellationToken);

    public static async IAsyncEnumerable<Record> ReadAsync(Stream stream, CsvLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var upload = await CsvUploadStream.OpenAsync(stream, limits, cancellationToken);
        long? unclosedQuote = null;
        var options = CsvReaderOptions.Default with
        {
            Separator = upload.Separator,
            Encoding = upload.Encoding,
            HasHeader = false, // the caller reads the header as record 1
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            // A quoted field still open at the end of the file is that record's error; stray quotes are kept as text.
            OnMalformedRecord = malformed =>
            {
                if (malformed.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unclosedQuote = malformed.RecordNumber;
                }
            },
        };
        await using var reader = CsvReader.Create(upload, options, leaveOpen: true);
        long number = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            number++;
            if (upload.Crossed is { } crossed && number >= crossed.Record)
            {
                throw crossed; // the stream ended inside this record: it is cut short, not read
            }
            var fields = new string[reader.FieldCount];
            string? error = null;
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i) ?? "";
                if (fields[i].Length > limits.MaxFieldLength)
                {
                    throw new CsvLimitExceededException(number, $"Record {number} has a field longer than {limits.MaxFieldLength} characters.");
                }
                if (fields[i].Contains('\uFFFD', StringComparison.Ordinal))
                {
                    error = $"Record {number} is not valid {upload.Encoding.WebName} text (the encoding is detected from the start of the file); save the whole file as UTF-8.";
                }
            }
            yield return new Record(number, fields, unclosedQuote == number ? "A quoted field is not closed before the end of the file." : error);
        }
        if (upload.Crossed is { } last)
        {
            throw last;
        }
    }
}
