using System.Runtime.CompilerServices;
using System.Text;

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
/// Reads RFC 4180 CSV records from a stream as they arrive (never the whole file): comma-separated,
/// fields optionally in double quotes ("" for a quote inside), CRLF or LF line ends, blank lines skipped.
/// Memory stays within one record of <see cref="CsvLimits"/>: a record with too many or too long fields
/// throws <see cref="CsvLimitExceededException"/> as soon as the limit is crossed.
/// </summary>
public static class CsvRecords
{
    /// <summary>One record: its number (1 = the header) and fields, or an error for that record only.</summary>
    public sealed record Record(long Number, IReadOnlyList<string> Fields, string? Error);

    public static IAsyncEnumerable<Record> ReadAsync(Stream stream, CancellationToken cancellationToken) =>
        ReadAsync(stream, CsvLimits.Default, cancellationToken);

    public static async IAsyncEnumerable<Record> ReadAsync(Stream stream, CsvLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var buffer = new char[64 * 1024];
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var quoteSeen = false; // the current quoted field has just seen a quote (closing, or first of "")
        var afterCarriageReturn = false;
        long number = 0;
        var recordHasContent = false;

        void Append(char c)
        {
            if (field.Length >= limits.MaxFieldLength)
            {
                throw new CsvLimitExceededException(number + 1,
                    $"Record {number + 1} has a field longer than {limits.MaxFieldLength} characters.");
            }
            field.Append(c);
        }

        void EndField()
        {
            // The field that would cross the limit is refused before it is kept.
            if (fields.Count >= limits.MaxFieldsPerRecord)
            {
                throw new CsvLimitExceededException(number + 1,
                    $"Record {number + 1} has more than {limits.MaxFieldsPerRecord} fields.");
            }
            fields.Add(field.ToString());
            field.Clear();
        }

        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (afterCarriageReturn)
                {
                    afterCarriageReturn = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }
                if (inQuotes)
                {
                    if (quoteSeen)
                    {
                        quoteSeen = false;
                        if (c == '"')
                        {
                            Append(c);
                            continue;
                        }
                        inQuotes = false; // that quote closed the field: fall through to handle c
                    }
                    else if (c == '"')
                    {
                        quoteSeen = true;
                        continue;
                    }
                    else
                    {
                        Append(c);
                        continue;
                    }
                }
                switch (c)
                {
                    case '"' when field.Length == 0:
                        inQuotes = true;
                        recordHasContent = true;
                        break;
                    case ',':
                        EndField();
                        recordHasContent = true;
                        break;
                    case '\r' or '\n':
                        afterCarriageReturn = c == '\r';
                        if (recordHasContent || field.Length > 0)
                        {
                            EndField();
                            yield return new Record(++number, fields.ToArray(), null);
                        }
                        fields.Clear();
                        field.Clear();
                        recordHasContent = false;
                        break;
                    default:
                        Append(c);
                        recordHasContent = true;
                        break;
                }
            }
        }
        string? error = inQuotes && !quoteSeen ? "A quoted field is not closed before the end of the file." : null;
        if (recordHasContent || field.Length > 0 || inQuotes)
        {
            EndField();
            yield return new Record(++number, fields.ToArray(), error);
        }
    }
}
