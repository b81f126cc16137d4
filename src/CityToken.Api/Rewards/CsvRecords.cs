using System.Runtime.CompilerServices;
using System.Text;

namespace CityToken.Api.Rewards;

/// <summary>
/// Reads RFC 4180 CSV records from a stream as they arrive (never the whole file): comma-separated,
/// fields optionally in double quotes ("" for a quote inside), CRLF or LF line ends, blank lines skipped.
/// </summary>
public static class CsvRecords
{
    public const int MaxFieldLength = 4096;

    /// <summary>One record: its number (1 = the header) and fields, or an error for that record only.</summary>
    public sealed record Record(long Number, IReadOnlyList<string> Fields, string? Error);

    public static async IAsyncEnumerable<Record> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var buffer = new char[64 * 1024];
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var quoteSeen = false; // the current quoted field has just seen a quote (closing, or first of "")
        var afterCarriageReturn = false;
        string? error = null;
        long number = 0;
        var recordHasContent = false;

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
                            Append(field, c, ref error);
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
                        Append(field, c, ref error);
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
                        fields.Add(field.ToString());
                        field.Clear();
                        recordHasContent = true;
                        break;
                    case '\r' or '\n':
                        afterCarriageReturn = c == '\r';
                        if (recordHasContent || field.Length > 0)
                        {
                            fields.Add(field.ToString());
                            yield return new Record(++number, fields.ToArray(), error);
                        }
                        fields.Clear();
                        field.Clear();
                        error = null;
                        recordHasContent = false;
                        break;
                    default:
                        Append(field, c, ref error);
                        recordHasContent = true;
                        break;
                }
            }
        }
        if (inQuotes && !quoteSeen)
        {
            error ??= "A quoted field is not closed before the end of the file.";
        }
        if (recordHasContent || field.Length > 0 || inQuotes)
        {
            fields.Add(field.ToString());
            yield return new Record(++number, fields.ToArray(), error);
        }
    }

    private static void Append(StringBuilder field, char c, ref string? error)
    {
        if (field.Length < MaxFieldLength)
        {
            field.Append(c);
        }
        else
        {
            error ??= $"A field is longer than {MaxFieldLength} characters.";
        }
    }
}
