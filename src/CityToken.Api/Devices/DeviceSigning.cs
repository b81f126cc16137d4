using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Devices;

/// <summary>
/// The webhook signature: HMAC-SHA256, keyed with the device key's UTF-8 bytes, over
/// <c>{timestamp}.{raw body}</c>, where timestamp is the X-CityToken-Timestamp header (Unix seconds);
/// sent as <c>X-CityToken-Signature: sha256=&lt;lower-case hex&gt;</c>.
/// </summary>
public static class DeviceSigning
{
    public const string TimestampHeader = "X-CityToken-Timestamp";
    public const string SignatureHeader = "X-CityToken-Signature";
    public const string Scheme = "sha256=";

    /// <summary>Requests older or newer than this are refused; signatures are remembered this long.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    public static byte[] Compute(string key, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message);
    }

    /// <summary>The header value a device sends for this body at this time.</summary>
    public static string Header(string key, string timestamp, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(Compute(key, timestamp, body));

    /// <summary>Parses "sha256=&lt;64 hex&gt;" into the 32 signature bytes.</summary>
    public static bool TryParse(string? header, out byte[] signature)
    {
        signature = [];
        if (header is null || !header.StartsWith(Scheme, StringComparison.Ordinal) || header.Length != Scheme.Length + 64)
        {
            return false;
        }
        try
        {
            signature = Convert.FromHexString(header.AsSpan(Scheme.Length));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Constant-time comparison of the computed and the presented signature.</summary>
    public static bool Matches(string key, string timestamp, ReadOnlySpan<byte> body, ReadOnlySpan<byte> presented) =>
        CryptographicOperations.FixedTimeEquals(Compute(key, timestamp, body), presented);

    public static bool TryParseTimestamp(string? header, out DateTimeOffset at)
    {
        at = default;
        if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return false;
        }
        at = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>A new random device key with a recognisable prefix (256 bits).</summary>
    public static string GenerateKey() => "ctd_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
