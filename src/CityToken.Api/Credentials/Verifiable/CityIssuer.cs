using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CityToken.Api.Identity;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Util;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// The city as the issuer of Verifiable Credentials: its DID (<c>did:ethr:0x7a69:&lt;issuer address&gt;</c> unless
/// configured) and the key that signs as it. A did:ethr with no registry events lists its address as
/// <c>#controller</c> (EcdsaSecp256k1RecoveryMethod2020), so ES256K-R tokens signed here verify with ethr-did-resolver
/// against the chain alone. Tokens are signed deterministically (RFC 6979): the same credential gives the same JWT.
/// </summary>
public sealed class CityIssuer
{
    /// <summary>JWS algorithm: ES256K with the recovery id appended (r ‖ s ‖ recoveryParam 0/1), as did-jwt signs it.</summary>
    public const string Algorithm = "ES256K-R";

    // Versioned so that another derivation can never give the same key.
    private const string DerivationLabel = "citytoken:vc-issuer-key:v1";

    private readonly EthECKey _key;

    public CityIssuer(IOptions<CredentialsOptions> options, IOptions<ChainOptions> chain)
    {
        var settings = options.Value;
        var secret = settings.IssuerKey is { } configured
            ? configured[2..].HexToByteArray()
            : HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.PersonKeySecret ?? throw new InvalidOperationException("Credentials:PersonKeySecret is not set.")),
                Encoding.UTF8.GetBytes(DerivationLabel));
        var scalar = new BigInteger(secret, isUnsigned: true, isBigEndian: true);
        if (scalar.IsZero || scalar >= EcdsaSignature.CurveOrder)
        {
            throw new InvalidOperationException("Credentials:IssuerKey is not a valid secp256k1 private key (zero, or not below the curve order).");
        }
        _key = new EthECKey(secret, true);
        Address = AddressUtil.Current.ConvertToChecksumAddress(_key.GetPublicAddress());
        var network = "0x" + chain.Value.ChainId.ToString("x", CultureInfo.InvariantCulture);
        Did = string.IsNullOrWhiteSpace(settings.IssuerDid) ? $"did:ethr:{network}:{Address}" : settings.IssuerDid.Trim();
        KeyId = string.IsNullOrWhiteSpace(settings.IssuerDid) ? Did + "#controller" : null;
    }

    /// <summary>The city's DID: the <c>iss</c> of every credential it signs.</summary>
    public string Did { get; }

    /// <summary>The signing key's address (EIP-55).</summary>
    public string Address { get; }

    /// <summary>The verification method of the signing key when the DID is the key's own; null for a configured DID.</summary>
    public string? KeyId { get; }

    /// <summary>Signs <paramref name="payload"/> as the city: a compact JWT, header <c>{"alg":"ES256K-R","typ":"JWT"}</c>.</summary>
    public string Sign(JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = Algorithm, ["typ"] = "JWT" };
        if (KeyId is not null)
        {
            header["kid"] = KeyId;
        }
        return SignEs256K(_key, header, payload);
    }

    /// <summary>
    /// A compact JWT signed with <paramref name="key"/> over SHA-256 of the signing input: r ‖ s, and the recovery id
    /// (0/1) after them when the header's alg is ES256K-R.
    /// </summary>
    public static string SignEs256K(EthECKey key, JsonObject header, JsonObject payload)
    {
        var signingInput = CompactJwt.SigningInputOf(header, payload);
        var signature = key.SignAndCalculateV(SHA256.HashData(Encoding.ASCII.GetBytes(signingInput)));
        var recoverable = header["alg"]?.GetValue<string>() == Algorithm;
        var bytes = new byte[recoverable ? 65 : 64];
        Pad32(signature.R).CopyTo(bytes, 0);
        Pad32(signature.S).CopyTo(bytes, 32);
        if (recoverable)
        {
            bytes[64] = (byte)(signature.V[0] - 27);
        }
        return signingInput + "." + CompactJwt.Encode(bytes);
    }

    /// <summary>Whether <paramref name="did"/> names the city (the same did:ethr identity, with or without the network part).</summary>
    public bool IsCity(string did, long chainId) =>
        did == Did || (EthrDid.TryParse(did, chainId, out var parsed, out _) && EthrDid.TryParse(Did, chainId, out var city, out _)
            && parsed!.Identity == city!.Identity);

    private static byte[] Pad32(byte[] value) =>
        value.Length >= 32 ? value[^32..] : [.. new byte[32 - value.Length], .. value];
}
