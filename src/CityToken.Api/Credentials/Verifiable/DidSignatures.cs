using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CityToken.Api.Identity;
using Nethereum.Signer;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// Checks a JWT's signature against the keys a DID document lists for a purpose (<c>authentication</c> for a holder,
/// <c>assertionMethod</c> for an issuer), as did-jwt does: the signing key is recovered from the signature (both
/// recovery ids for a 64-byte ES256K signature) and compared with each listed method's address or public key.
/// Recovering and comparing is the same check as verifying against each key, and covers address-only methods.
/// </summary>
public static class DidSignatures
{
    /// <summary>RFC 8812 ES256K: r ‖ s over SHA-256 of the signing input.</summary>
    public const string Es256K = "ES256K";

    /// <summary>did-jwt's ES256K-R: r ‖ s ‖ recovery id (0/1) over SHA-256 of the signing input.</summary>
    public const string Es256KR = "ES256K-R";

    /// <summary>
    /// A wallet's EIP-191 personal_sign over the signing input (r ‖ s ‖ v, 65 bytes), for presentations a browser wallet
    /// signs: wallets sign no raw SHA-256 digest. Accepted for presentations only; not a registered JWS algorithm, so
    /// only this service verifies it (did-jwt does not).
    /// </summary>
    public const string EthPersonalSign = "EthPersonalSign";

    /// <summary>The keys that may have made <paramref name="jwt"/>'s signature under its algorithm; empty when malformed.</summary>
    public static IReadOnlyList<EthECKey> Signers(CompactJwt jwt)
    {
        var signature = jwt.Signature;
        var input = Encoding.ASCII.GetBytes(jwt.SigningInput);
        return jwt.Algorithm switch
        {
            Es256K when signature.Length == 64 => [.. new byte[] { 27, 28 }.SelectMany(v => Recover(signature, v, SHA256.HashData(input)))],
            Es256KR when signature.Length == 65 => Recover(signature[..64], signature[64], SHA256.HashData(input)),
            EthPersonalSign when signature.Length == 65 => Recover(signature[..64], signature[64], new EthereumMessageSigner().HashPrefixedMessage(input)),
            _ => [],
        };
    }

    /// <summary>Whether one of <paramref name="signers"/> is a key <paramref name="document"/> lists under <paramref name="relationship"/>.</summary>
    public static bool Lists(JsonObject document, string relationship, IReadOnlyList<EthECKey> signers)
    {
        if (signers.Count == 0 || document[relationship] is not JsonArray references)
        {
            return false;
        }
        var methods = (document["verificationMethod"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(m => m["id"] is JsonValue)
            .GroupBy(m => m["id"]!.ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var reference in references)
        {
            var method = reference switch
            {
                JsonObject embedded => embedded,
                JsonValue id when id.TryGetValue<string>(out var key) => methods.GetValueOrDefault(key),
                _ => null,
            };
            if (method is not null && signers.Any(signer => Matches(method, signer)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(JsonObject method, EthECKey key)
    {
        var address = key.GetPublicAddress();
        if (Text(method, "blockchainAccountId") is { } account)
        {
            // CAIP-10 (eip155:<chain>:<address>) or the older <address>@eip155:<chain>.
            var listed = account.Contains('@', StringComparison.Ordinal) ? account.Split('@')[0] : account.Split(':')[^1];
            return string.Equals(listed, address, StringComparison.OrdinalIgnoreCase);
        }
        if (Text(method, "ethereumAddress") is { } ethereumAddress)
        {
            return string.Equals(ethereumAddress, address, StringComparison.OrdinalIgnoreCase);
        }
        byte[][] forms = [key.GetPubKey(true), key.GetPubKey(false)];
        return Text(method, "publicKeyHex") is { } hex
                && forms.Any(f => string.Equals(Convert.ToHexStringLower(f), hex.StartsWith("0x", StringComparison.Ordinal) ? hex[2..] : hex, StringComparison.OrdinalIgnoreCase))
            || Text(method, "publicKeyBase64") is { } base64 && forms.Any(f => Convert.ToBase64String(f) == base64)
            || Text(method, "publicKeyBase58") is { } base58 && forms.Any(f => DidDocumentBuilder.Base58(f) == base58);
    }

    private static string? Text(JsonObject method, string name) =>
        method[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The key of a well-formed signature (low s, r and s in range), or none.</summary>
    private static EthECKey[] Recover(byte[] rs, byte v, byte[] digest)
    {
        var hex = "0x" + Convert.ToHexStringLower(rs) + v.ToString("x2", CultureInfo.InvariantCulture);
        if (EcdsaSignature.Defect(hex, acceptRecoveryIdAsV: true) is not null)
        {
            return [];
        }
        try
        {
            var signature = EthECDSASignatureFactory.FromComponents(rs[..32], rs[32..], (byte)(v < 27 ? v + 27 : v));
            return [EthECKey.RecoverFromSignature(signature, digest)];
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or ArithmeticException or NullReferenceException)
        {
            return [];
        }
    }
}
