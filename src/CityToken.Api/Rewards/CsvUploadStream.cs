using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CityToken.Api.Rewards;

/// <summary>
/// The bytes of an uploaded CSV file on their way to CsvHelper. It reads the file's start to decide the encoding (a
/// UTF-8 byte order mark, or valid UTF-8: UTF-8; else GB18030, which Chinese Excel writes) and the separator (the
/// header line's: a semicolon when it has more semicolons than commas, as Swiss and German Excel write, else a comma),
/// and it guards the limits as bytes pass: a record with more than <see cref="CsvLimits.MaxFieldsPerRecord"/> fields
/// or a field of more than 4 × <see cref="CsvLimits.MaxFieldLength"/> bytes (so more characters than the limit in
/// either encoding) ends the stream there, and <see cref="Crossed"/> says which record and why. The library then never
/// buffers an oversized record, and nothing after it is read. Quotes, separators and line breaks are ASCII bytes that
/// neither UTF-8 nor GB18030 uses inside a multi-byte character, so the guard needs no decoding.
/// </summary>
public sealed class CsvUploadStream : Stream
{
    private const int PrefixSize = 64 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream _inner;
    private readonly CsvLimits _limits;
    private readonly byte _separator;
    private readonly long _maxFieldBytes;
    private byte[]? _prefix;
    private int _prefixStart;
    private int _prefixEnd;

    // The guard's view of the current record, as RFC 4180 reads it.
    private long _recordsEnded;
    private int _fields;
    private long _fieldBytes;
    private bool _inQuotes;
    private bool _quoteSeen;
    private bool _afterCarriageReturn;
    private bool _recordHasContent;

    private CsvUploadStream(Stream inner, CsvLimits limits, byte[] prefix, int length)
    {
        _inner = inner;
        _limits = limits;
        _prefix = prefix;
        _prefixEnd = length;
        _maxFieldBytes = 4L * limits.MaxFieldLength;
        var start = prefix.AsSpan(0, length);
        if (start.StartsWith(Utf8Bom))
        {
            _prefixStart = Utf8Bom.Length; // the library gets no byte order mark: the encoding is set explicitly
            Encoding = Encoding.UTF8;
        }
        else
        {
            Encoding = IsUtf8(start, complete: length < PrefixSize) ? Encoding.UTF8 : Gb18030;
        }
        _separator = DetectSeparator(start[_prefixStart..]);
    }

    /// <summary>GB18030, the encoding of Chinese Windows (code page 54936; a superset of GBK and GB2312).</summary>
    public static Encoding Gb18030 { get; } = CodePage(54936);

    /// <summary>The file's encoding, decided from its first 64 KiB.</summary>
    public Encoding Encoding { get; }

    /// <summary>The separator, decided from the header line.</summary>
    public char Separator => (char)_separator;

    /// <summary>The limit that ended the stream, with the number of the record that crossed it (1 = the header); null while none was.</summary>
    public CsvLimitExceededException? Crossed { get; private set; }

    /// <summary>Reads the start of <paramref name="inner"/> (up to 64 KiB) to decide the encoding and the separator.</summary>
    public static async Task<CsvUploadStream> OpenAsync(Stream inner, CsvLimits limits, CancellationToken cancellationToken)
    {
        var prefix = ArrayPool<byte>.Shared.Rent(PrefixSize);
        var length = await inner.ReadAtLeastAsync(prefix.AsMemory(0, PrefixSize), PrefixSize, throwOnEndOfStream: false, cancellationToken);
        return new CsvUploadStream(inner, limits, prefix, length);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Crossed is not null || buffer.IsEmpty)
        {
            return 0;
        }
        int read;
        if (_prefix is not null && _prefixStart < _prefixEnd)
        {
            read = Math.Min(buffer.Length, _prefixEnd - _prefixStart);
            _prefix.AsSpan(_prefixStart, read).CopyTo(buffer.Span);
            _prefixStart += read;
        }
        else
        {
            ReturnPrefix();
            read = await _inner.ReadAsync(buffer, cancellationToken);
        }
        return Guard(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>Passes <paramref name="bytes"/> through the guard; returns how many may go on (fewer when a limit is crossed in them).</summary>
    private int Guard(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (_afterCarriageReturn)
            {
                _afterCarriageReturn = false;
                if (b == '\n')
                {
                    continue;
                }
            }
            if (_inQuotes)
            {
                if (b == '"' && !_quoteSeen)
                {
                    _quoteSeen = true;
                    continue;
                }
                var closed = _quoteSeen && b != '"'; // a quote not doubled closed the field: b is outside it
                _quoteSeen = false;
                if (!closed)
                {
                    if (!FieldByte())
                    {
                        return i;
                    }
                    continue;
                }
                _inQuotes = false;
            }
            if (b == '"' && _fieldBytes == 0)
            {
                _inQuotes = true;
                _recordHasContent = true;
            }
            else if (b == _separator)
            {
                _recordHasContent = true;
                _fieldBytes = 0;
                if (++_fields >= _limits.MaxFieldsPerRecord)
                {
                    // The separator that starts one field more than the limit: the record has crossed it.
                    Crossed = new CsvLimitExceededException(_recordsEnded + 1, $"Record {_recordsEnded + 1} has more than {_limits.MaxFieldsPerRecord} fields.");
                    return i;
                }
            }
            else if (b is (byte)'\r' or (byte)'\n')
            {
                _afterCarriageReturn = b == '\r';
                if (_recordHasContent || _fieldBytes > 0)
                {
                    _recordsEnded++;
                }
                (_fields, _fieldBytes, _recordHasContent) = (0, 0, false);
            }
            else
            {
                _recordHasContent = true;
                if (!FieldByte())
                {
                    return i;
                }
            }
        }
        return bytes.Length;
    }

    private bool FieldByte()
    {
        if (++_fieldBytes <= _maxFieldBytes)
        {
            return true;
        }
        Crossed = new CsvLimitExceededException(_recordsEnded + 1,
            $"Record {_recordsEnded + 1} has a field longer than {_limits.MaxFieldLength} characters.");
        return false;
    }

    /// <summary>Whether <paramref name="start"/> is valid UTF-8; a character cut at the end of an incomplete start counts as valid.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> start, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(start.Length + 1);
        try
        {
            return Utf8.ToUtf16(start, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete) != OperationStatus.InvalidData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The header line's separator: a semicolon when it has more semicolons than commas outside quotes, else a comma.</summary>
    private static byte DetectSeparator(ReadOnlySpan<byte> start)
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        foreach (var b in start)
        {
            if (b == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && b is (byte)'\r' or (byte)'\n' && commas + semicolons > 0)
            {
                break;
            }
            else if (!inQuotes)
            {
                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
            }
        }
        return semicolons > commas ? (byte)';' : (byte)',';
    }

    /// <summary>A Windows code page: .NET has them from the provider of System.Text.Encoding.CodePages (in the shared framework).</summary>
    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private void ReturnPrefix()
    {
        if (_prefix is not null)
        {
            ArrayPool<byte>.Shared.Return(_prefix);
            _prefix = null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        ReturnPrefix();
        base.Dispose(disposing);
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
