using System.Text;
using System.Text.RegularExpressions;
using Nethereum.Util;

namespace CityToken.Api.Credentials;

/// <summary>
/// Credential type names (e.g. "resident") and their on-chain form, keccak256 of the UTF-8 name, as
/// CredentialRegistry and BallotBox store them.
/// </summary>
public sealed partial class CredentialTypes
{
    /// <summary>The residency credential; always known.</summary>
    public const string Resident = "resident";

    private readonly Dictionary<string, string> _namesByHash;

    public CredentialTypes(IOptions<CredentialsOptions> options)
    {
        Names = [.. new[] { Resident }.Concat(options.Value.Types).Distinct(StringComparer.Ordinal)];
        _namesByHash = Names.ToDictionary(HashOf, n => n, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The types this city issues.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool IsKnown(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The name of an on-chain type hash, or the hash itself when the type is not one of ours.</summary>
    public string NameOf(string hash) => _namesByHash.GetValueOrDefault(hash, hash);

    /// <summary>0x-prefixed lower-case keccak256 of the name.</summary>
    public static string HashOf(string name) => "0x" + Convert.ToHexStringLower(HashBytesOf(name));

    public static byte[] HashBytesOf(string name) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(name));

    public static bool IsWellFormed(string? name) => name is not null && TypeName().IsMatch(name);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();
}
