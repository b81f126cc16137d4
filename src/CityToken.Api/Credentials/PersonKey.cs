using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Credentials;

/// <summary>
/// Derives the person key that CredentialRegistry counts people by: HMAC-SHA256 of the normalised official id under
/// the city's secret. The official id itself is neither stored nor logged; only this key reaches the database and
/// the chain, and without the secret nobody can test a guessed id against it.
/// </summary>
public sealed class PersonKeyDeriver(IOptions<CredentialsOptions> options)
{
    // Versioned so that a future derivation (another normalisation) can never collide with this one.
    private const string Domain = "citytoken:person-key:v1:";

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(
        options.Value.PersonKeySecret ?? throw new InvalidOperationException("Credentials:PersonKeySecret is not set."));

    /// <summary>The 32-byte person key of a normalised official id (see <see cref="TryNormalize"/>).</summary>
    public byte[] Derive(string normalizedOfficialId) =>
        HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(Domain + normalizedOfficialId));

    /// <summary>
    /// Normalises an official id so that the ways people write the same number give the same key: full-width forms
    /// folded to ASCII (what NFKC would do for them; the service runs with invariant globalization, without ICU's
    /// normalisation), separators (spaces, '-', '.', '/', '_') removed, letters upper-cased. The result must be 4 to 64 ASCII letters
    /// and digits. The error never repeats the id.
    /// </summary>
    public static bool TryNormalize(string? officialId, out string normalized, out string error)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(officialId))
        {
            error = "Required: the person's official id (it is turned into a person key and never stored).";
            return false;
        }
        if (officialId.Length > 200)
        {
            error = "Must be at most 200 characters.";
            return false;
        }
        var builder = new StringBuilder();
        foreach (var written in officialId)
        {
            // U+FF01..U+FF5E are the full-width forms of ASCII '!'..'~'; U+3000 is the ideographic space.
            var c = written is >= '\uFF01' and <= '\uFF5E' ? (char)(written - 0xFEE0) : written == '\u3000' ? ' ' : written;
            if (char.IsWhiteSpace(c) || c is '-' or '.' or '/' or '_')
            {
                continue;
            }
            if (!char.IsAsciiLetterOrDigit(c))
            {
                error = "May contain only letters, digits, spaces and the separators - . / _";
                return false;
            }
            builder.Append(char.ToUpper(c, CultureInfo.InvariantCulture));
        }
        if (builder.Length is < 4 or > 64)
        {
            error = "Must have 4 to 64 letters or digits (separators aside).";
            return false;
        }
        normalized = builder.ToString();
        error = "";
        return true;
    }
}
