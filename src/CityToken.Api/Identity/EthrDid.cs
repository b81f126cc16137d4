using System.Text.RegularExpressions;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using CityToken.Api.TokenReadModel;
using Nethereum.Util;

namespace CityToken.Api.Identity;

/// <summary>
/// A parsed <c>did:ethr</c> for the configured chain: <c>did:ethr[:&lt;network&gt;]:&lt;address | compressed public key&gt;</c>,
/// where the network part, when present, must be the configured chain id in hex (<c>0x7a69</c> for 31337).
/// </summary>
public sealed partial record EthrDid(string Did, string Address, string? PublicKeyHex, string? Network)
{
    /// <summary>The identity's address in the registry: lower-case, as the projection stores it.</summary>
    public string Identity => Address.ToLowerInvariant();

    /// <summary>Parses a DID (without query or fragment) for the chain <paramref name="chainId"/>.</summary>
    public static bool TryParse(string did, long chainId, out EthrDid? parsed, out DidResolutionError? error)
    {
        parsed = null;
        error = null;
        var syntax = DidSyntax().Match(did);
        if (!syntax.Success)
        {
            error = DidResolutionError.InvalidDid($"Not a valid DID: {did}");
            return false;
        }
        var method = syntax.Groups["method"].Value;
        if (method != "ethr")
        {
            error = DidResolutionError.MethodNotSupported($"This resolver supports did:ethr only, not did:{method}.");
            return false;
        }
        var ethr = EthrIdentifier().Match(syntax.Groups["msid"].Value);
        if (!ethr.Success)
        {
            error = DidResolutionError.InvalidDid($"Not a valid did:ethr: {did}");
            return false;
        }
        var network = ethr.Groups["network"].Success ? ethr.Groups["network"].Value : null;
        var expectedNetwork = "0x" + chainId.ToString("x", CultureInfo.InvariantCulture);
        if (network is not null && network != expectedNetwork)
        {
            error = DidResolutionError.UnknownNetwork(
                $"This resolver serves chain {chainId} (did:ethr:{expectedNetwork}:… or did:ethr:…), not network {network}.");
            return false;
        }
        var id = ethr.Groups["id"].Value;
        string address;
        string? publicKey = null;
        if (id.Length == 42)
        {
            // The identifier pattern already requires 0x and 40 hex digits: what can fail is the EIP-55 checksum.
            if (!ResidentAddress.TryParse(id, out var checksummed, out _))
            {
                error = DidResolutionError.InvalidDid($"The address in {did} has mixed case but is not a valid EIP-55 checksum.");
                return false;
            }
            address = checksummed;
        }
        else
        {
            var key = id.HexToByteArray();
            if (key[0] is not (0x02 or 0x03))
            {
                error = DidResolutionError.InvalidDid($"The public key in {did} is not a compressed secp256k1 key.");
                return false;
            }
            try
            {
                address = AddressUtil.Current.ConvertToChecksumAddress(new EthECKey(key, false).GetPublicAddress());
            }
            catch (Exception)
            {
                error = DidResolutionError.InvalidDid($"The public key in {did} is not a point on secp256k1.");
                return false;
            }
            publicKey = id;
        }
        parsed = new EthrDid(did, address, publicKey, network);
        return true;
    }

    // DID syntax (W3C DID Core): did:<method>:<method-specific-id>, idchar = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded.
    [GeneratedRegex(@"^did:(?<method>[a-z0-9]+):(?<msid>(?:(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})*:)*(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex DidSyntax();

    [GeneratedRegex(@"^(?:(?<network>.+):)?(?<id>0x[0-9a-fA-F]{40}|0x[0-9a-fA-F]{66})\z", RegexOptions.CultureInvariant)]
    private static partial Regex EthrIdentifier();
}
