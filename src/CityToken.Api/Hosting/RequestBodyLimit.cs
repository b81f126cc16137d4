using Microsoft.AspNetCore.Http.Features;

namespace CityToken.Api.Hosting;

/// <summary>
/// Marks an endpoint that bounds its own request body (the CSV upload, the device webhook), so the small default
/// limit of <see cref="RequestLimitsExtensions.UseRequestLimits"/> leaves it alone.
/// </summary>
public sealed class OwnRequestBodyLimit
{
    public static readonly OwnRequestBodyLimit Instance = new();
}

/// <summary>Bounds how many bytes of a request body are read; crossing the bound is a 413 the handler can answer.</summary>
public static class RequestBodyLimit
{
    /// <summary>
    /// Limits <paramref name="context"/>'s body to <paramref name="maxBytes"/>: Kestrel's own limit where the server
    /// has one and it is still settable, and a counting stream in every case (the in-memory test server and a body
    /// already wrapped by a smaller default limit included). Reading past the bound throws a
    /// <see cref="BadHttpRequestException"/> with status 413.
    /// </summary>
    public static void Apply(HttpContext context, long maxBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
        var body = context.Request.Body is LimitedStream limited ? limited.Inner : context.Request.Body;
        context.Request.Body = new LimitedStream(body, maxBytes, context.Request.ContentLength);
    }

    /// <summary>Whether <paramref name="exception"/> says the body was larger than allowed.</summary>
    public static bool IsTooLarge(Exception exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    private sealed class LimitedStream(Stream inner, long maxBytes, long? declaredLength) : Stream
    {
        private long _read;

        public Stream Inner => inner;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Allowed(count)));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // At most one byte past the bound is ever asked for: enough to know the body is too large.
        private int Allowed(int count)
        {
            if (declaredLength > maxBytes)
            {
                throw TooLarge();
            }
            return (int)Math.Min(count, maxBytes - _read + 1);
        }

        private int Count(int read)
        {
            _read += read;
            return _read > maxBytes ? throw TooLarge() : read;
        }

        private BadHttpRequestException TooLarge() =>
            new($"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
