using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Nodes;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// A JWS in compact serialisation (header.payload.signature, each base64url without padding) whose header and payload
/// are JSON objects: what JWT Verifiable Credentials and Presentations are. Parsing never throws: hostile input is a
/// reason, not an exception.
/// </summary>
public sealed record CompactJwt(JsonObject Header, JsonObject Payload, string SigningInput, byte[] Signature)
{
    /// <summary>The token as it was parsed.</summary>
    public string Token => SigningInput + "." + Encode(Signature);

    /// <summary>The longest token parsed (a presentation with a handful of credentials is a few kilobytes).</summary>
    public const int MaxLength = 32 * 1024;

    /// <summary>The header's <c>alg</c>, or null when it is missing or not a string.</summary>
    public string? Algorithm => Header["alg"] is JsonValue value && value.TryGetValue<string>(out var alg) ? alg : null;

    /// <summary>A string claim of the payload, or null.</summary>
    public string? Claim(string name) => Payload[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A numeric date claim (seconds since 1970) of the payload, or null when absent or not a number.</summary>
    public long? TimeClaim(string name) =>
        Payload[name] is JsonValue value && value.TryGetValue<double>(out var seconds) && double.IsFinite(seconds)
            && seconds is >= 0 and < 253402300800 ? (long)seconds : null;

    public static bool TryParse(string? token, [NotNullWhen(true)] out CompactJwt? jwt, [NotNullWhen(false)] out string? reason)
    {
        jwt = null;
        if (string.IsNullOrEmpty(token))
        {
            reason = "The token is empty.";
            return false;
        }
        if (token.Length > MaxLength)
        {
            reason = $"The token is longer than {MaxLength} characters.";
            return false;
        }
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            reason = $"A compact JWT has three parts separated by '.', this one has {parts.Length}.";
            return false;
        }
        if (!TryDecode(parts[0], out var headerBytes) || !TryDecode(parts[1], out var payloadBytes) || !TryDecode(parts[2], out var signature))
        {
            reason = "A part of the token is not base64url (RFC 7515, without padding).";
            return false;
        }
        if (ParseObject(headerBytes) is not { } header || ParseObject(payloadBytes) is not { } payload)
        {
            reason = "The token's header or payload is not a JSON object.";
            return false;
        }
        jwt = new CompactJwt(header, payload, parts[0] + "." + parts[1], signature);
        reason = null;
        return true;
    }

    /// <summary>header.payload of a token to be signed.</summary>
    public static string SigningInputOf(JsonObject header, JsonObject payload) =>
        Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) || text.Length % 4 == 1)
        {
            return false;
        }
        var padded = text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - text.Length % 4) % 4);
        bytes = Convert.FromBase64String(padded);
        return true;
    }

    private static JsonObject? ParseObject(byte[] utf8)
    {
        try
        {
            if (JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) is not JsonObject parsed)
            {
                return null;
            }
            // JsonObject reads its properties lazily: a duplicate name throws here, not later in a caller.
            _ = parsed.Count;
            return parsed;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
