using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Nethereum.Util;

namespace CityToken.Api.Auth.Siwe;

/// <summary>
/// A Sign-In with Ethereum message (EIP-4361), parsed strictly after the EIP's ABNF: LF line ends, fields
/// in their fixed order, optional statement between blank lines, an EIP-55 checksummed address, version 1,
/// RFC 3339 times. Anything else is refused rather than guessed at, since the signed text is the contract.
/// </summary>
public sealed partial record SiweMessage(
    string? Scheme,
    string Domain,
    string Address,
    string? Statement,
    Uri Uri,
    string Version,
    long ChainId,
    string Nonce,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpirationTime,
    DateTimeOffset? NotBefore,
    string? RequestId,
    IReadOnlyList<Uri> Resources)
{
    private const string HeaderSuffix = " wants you to sign in with your Ethereum account:";

    public static bool TryParse(string? text, [NotNullWhen(true)] out SiweMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        try
        {
            message = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static SiweMessage Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new FormatException("The message is empty.");
        }
        if (text.Contains('\r'))
        {
            throw new FormatException("Lines must end with LF only (no CR).");
        }
        var lines = text.Split('\n');
        var at = 0;
        string Next(string what) => at < lines.Length ? lines[at++] : throw new FormatException($"The message ends before {what}.");

        var header = Next("the header");
        if (!header.EndsWith(HeaderSuffix, StringComparison.Ordinal))
        {
            throw new FormatException($"Line 1 must be '<domain>{HeaderSuffix}'.");
        }
        var authority = header[..^HeaderSuffix.Length];
        string? scheme = null;
        var separator = authority.IndexOf("://", StringComparison.Ordinal);
        if (separator >= 0)
        {
            scheme = authority[..separator];
            authority = authority[(separator + 3)..];
            if (!SchemePattern().IsMatch(scheme))
            {
                throw new FormatException($"'{scheme}' is not a URI scheme.");
            }
        }
        if (!AuthorityPattern().IsMatch(authority))
        {
            throw new FormatException($"'{authority}' is not a domain (an RFC 3986 authority such as example.com or 127.0.0.1:5080).");
        }

        var address = Next("the address");
        if (!AddressPattern().IsMatch(address))
        {
            throw new FormatException("Line 2 must be the account's address: 0x followed by 40 hexadecimal digits.");
        }
        if (AddressUtil.Current.ConvertToChecksumAddress(address) != address)
        {
            throw new FormatException("The address must be written with its EIP-55 checksum (mixed case).");
        }

        Blank(Next("the blank line after the address"), 3);
        string? statement = null;
        var line = Next("the URI");
        if (line.Length > 0)
        {
            statement = line;
            if (statement.Any(char.IsControl))
            {
                throw new FormatException("The statement holds control characters.");
            }
            Blank(Next("the blank line after the statement"), at);
        }
        // Else that empty line was the ABNF's second blank line: no statement means two blank lines in a row.

        var uriText = Field(Next("the URI"), "URI");
        if (!TryAbsoluteUri(uriText, out var uri))
        {
            throw new FormatException($"URI '{uriText}' is not an absolute RFC 3986 URI.");
        }
        var version = Field(Next("the version"), "Version");
        if (version != "1")
        {
            throw new FormatException($"Version '{version}' is not supported; EIP-4361 defines version 1.");
        }
        var chainText = Field(Next("the chain id"), "Chain ID");
        if (!DigitsPattern().IsMatch(chainText) || !long.TryParse(chainText, NumberStyles.None, CultureInfo.InvariantCulture, out var chainId))
        {
            throw new FormatException($"Chain ID '{chainText}' is not a decimal chain id.");
        }
        var nonce = Field(Next("the nonce"), "Nonce");
        if (!NoncePattern().IsMatch(nonce))
        {
            throw new FormatException("The nonce must be at least 8 letters or digits.");
        }
        var issuedAt = Time(Field(Next("the issued-at time"), "Issued At"), "Issued At");

        DateTimeOffset? expirationTime = null, notBefore = null;
        string? requestId = null;
        var resources = new List<Uri>();
        if (at < lines.Length && lines[at].StartsWith("Expiration Time: ", StringComparison.Ordinal))
        {
            expirationTime = Time(Field(lines[at++], "Expiration Time"), "Expiration Time");
        }
        if (at < lines.Length && lines[at].StartsWith("Not Before: ", StringComparison.Ordinal))
        {
            notBefore = Time(Field(lines[at++], "Not Before"), "Not Before");
        }
        if (at < lines.Length && lines[at].StartsWith("Request ID: ", StringComparison.Ordinal))
        {
            requestId = Field(lines[at++], "Request ID");
            if (requestId.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                throw new FormatException("The request id holds spaces or control characters.");
            }
        }
        if (at < lines.Length && lines[at] == "Resources:")
        {
            at++;
            while (at < lines.Length && lines[at].StartsWith("- ", StringComparison.Ordinal))
            {
                var resource = lines[at++][2..];
                resources.Add(TryAbsoluteUri(resource, out var r) ? r : throw new FormatException($"Resource '{resource}' is not an absolute URI."));
            }
        }
        if (at < lines.Length)
        {
            throw new FormatException($"Line {at + 1} ('{Shorten(lines[at])}') is not expected there: after Issued At come only Expiration Time, Not Before, Request ID and Resources, in that order, and no trailing newline.");
        }
        return new SiweMessage(scheme, authority, address, statement, uri, version, chainId, nonce, issuedAt, expirationTime, notBefore, requestId, resources);
    }

    private static void Blank(string line, int number)
    {
        if (line.Length != 0)
        {
            throw new FormatException($"Line {number} must be blank.");
        }
    }

    private static string Field(string line, string name)
    {
        var prefix = name + ": ";
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"Expected '{prefix}…', found '{Shorten(line)}'.");
        }
        var value = line[prefix.Length..];
        return value.Length > 0 ? value : throw new FormatException($"'{name}' is empty.");
    }

    private static DateTimeOffset Time(string text, string name)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"{name} '{text}' is not an RFC 3339 date-time such as 2026-11-25T20:00:00.000Z.");
        }
        // .NET parses at most 7 fractional digits; finer precision means nothing here.
        var fraction = match.Groups["fraction"].Value;
        var normalized = fraction.Length > 8 ? text.Replace(fraction, fraction[..8], StringComparison.Ordinal) : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"{name} '{text}' is not a valid date-time.");
    }

    /// <summary>An RFC 3986 URI with a scheme (.NET alone would take "/login" for a file path on Unix).</summary>
    private static bool TryAbsoluteUri(string text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && SchemePattern().IsMatch(text[..colon]) && !text.Any(char.IsWhiteSpace)
            && Uri.TryCreate(text, UriKind.Absolute, out uri);
    }

    private static string Shorten(string line) => line.Length > 60 ? line[..60] + "…" : line;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*$")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^(?:[A-Za-z0-9._~%!$&'()*+,;=-]+@)?(?:[A-Za-z0-9._~%!$&'()*+,;=-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$")]
    private static partial Regex AuthorityPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex AddressPattern();

    [GeneratedRegex("^[0-9]{1,18}$")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex("^[A-Za-z0-9]{8,128}$")]
    private static partial Regex NoncePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?<fraction>\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex TimePattern();
}
