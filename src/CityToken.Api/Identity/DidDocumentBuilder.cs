using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Identity;

/// <summary>What <see cref="DidDocumentBuilder.Build"/> produces: the document (without @context) and version facts.</summary>
public sealed record BuiltDidDocument(JsonObject Document, bool Deactivated, long VersionId, long? NextVersionId);

/// <summary>
/// Builds a did:ethr DID document from an identity's ERC-1056 history, following the document rules of
/// ethr-did-resolver (the reference implementation of the did:ethr method) so that both produce equal documents
/// from the same chain: controller entry, optional controllerKey, delegates (veriKey, sigAuth), did/pub keys,
/// did/svc services, expiry against <c>now</c>, deactivation by owner 0x0, and version ids.
/// </summary>
public static partial class DidDocumentBuilder
{
    public const string RecoveryMethod2020 = "EcdsaSecp256k1RecoveryMethod2020";
    public const string VerificationKey2019 = "EcdsaSecp256k1VerificationKey2019";
    private const string NullAddress = "0x0000000000000000000000000000000000000000";

    /// <summary>JSON-LD contexts of a did:ethr document (DID Core, secp256k1 recovery 2020, security v3 for publicKeyHex).</summary>
    public static IReadOnlyList<string> Context { get; } =
    [
        "https://www.w3.org/ns/did/v1",
        "https://w3id.org/security/suites/secp256k1recovery-2020/v2",
        "https://w3id.org/security/v3-unstable",
    ];

    private static readonly Dictionary<string, string> AttributeKeyPurposes = new(StringComparer.Ordinal)
    {
        ["sigAuth"] = "SignatureAuthentication2018",
        ["veriKey"] = "VerificationKey2018",
        ["enc"] = "KeyAgreementKey2019",
    };

    private static readonly Dictionary<string, string> LegacyKeyTypes = new(StringComparer.Ordinal)
    {
        ["Secp256k1VerificationKey2018"] = VerificationKey2019,
        ["Ed25519SignatureAuthentication2018"] = "Ed25519VerificationKey2018",
        ["Secp256k1SignatureAuthentication2018"] = VerificationKey2019,
        ["RSAVerificationKey2018"] = "RSAVerificationKey2018",
        ["Ed25519VerificationKey2018"] = "Ed25519VerificationKey2018",
        ["X25519KeyAgreementKey2019"] = "X25519KeyAgreementKey2019",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Builds the document of <paramref name="did"/>.
    /// </summary>
    /// <param name="did">The DID as asked (its id and the prefix of every fragment id).</param>
    /// <param name="address">The identity's checksummed address.</param>
    /// <param name="controllerKeyHex">The public key of a public-key DID (0x…), else null.</param>
    /// <param name="chainId">Chain id for blockchainAccountId (eip155:chainId:address).</param>
    /// <param name="history">Every event of the identity, in (block, log index) order.</param>
    /// <param name="blockHeight">Build the document as of this block (null: latest); later events only set the next version.</param>
    /// <param name="now">Unix time against which delegate and attribute validity is compared.</param>
    public static BuiltDidDocument Build(string did, string address, string? controllerKeyHex, long chainId,
        IEnumerable<DidEvent> history, long? blockHeight, long now)
    {
        ArgumentNullException.ThrowIfNull(history);
        var controller = address;
        long versionId = 0;
        long? nextVersionId = null;
        var deactivated = false;
        var delegateCount = 0;
        var serviceCount = 0;
        // Insertion-ordered maps keyed by (event, type/name, delegate/value): re-adding an entry keeps its place,
        // an expired or revoked entry leaves, and a later re-add goes to the end.
        var auth = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var keyAgreement = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var signing = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var keys = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var services = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);

        foreach (var e in history)
        {
            string? name = null;
            if (e.Kind != DidEventKind.OwnerChanged)
            {
                // A delegate type or attribute name that is not UTF-8 is not a DID event: skipped entirely.
                name = Bytes32ToString(e.Name ?? []);
                if (name is null)
                {
                    continue;
                }
            }
            if (blockHeight is { } height && e.BlockNumber > height)
            {
                if (nextVersionId is null || nextVersionId > e.BlockNumber)
                {
                    nextVersionId = e.BlockNumber;
                }
                continue;
            }
            versionId = Math.Max(versionId, e.BlockNumber);

            if (e.Kind == DidEventKind.OwnerChanged)
            {
                controller = e.Address!;
                if (controller == NullAddress)
                {
                    deactivated = true;
                    break;
                }
                continue;
            }

            var valueHex = (e.Value ?? []).ToHex(prefix: true);
            var index = e.Kind == DidEventKind.DelegateChanged
                ? $"DIDDelegateChanged-{(name!.Length == 0 ? "undefined" : name)}-{e.Address}"
                : $"DIDAttributeChanged-{name}-{valueHex}";

            if (e.ValidTo != 0 && e.ValidTo >= now)
            {
                if (e.Kind == DidEventKind.DelegateChanged)
                {
                    delegateCount++;
                    if (name is "sigAuth" or "veriKey")
                    {
                        var id = $"{did}#delegate-{delegateCount}";
                        if (name == "sigAuth")
                        {
                            auth[index] = id;
                        }
                        keys[index] = new JsonObject
                        {
                            ["id"] = id,
                            ["type"] = RecoveryMethod2020,
                            ["controller"] = did,
                            ["blockchainAccountId"] = $"eip155:{chainId}:{e.Address}",
                        };
                        signing[index] = id;
                    }
                    continue;
                }
                var match = AttributeName().Match(name!);
                if (!match.Success)
                {
                    continue;
                }
                var section = match.Groups[1].Value;
                var algorithm = match.Groups[2].Value;
                var purpose = match.Groups[4].Success ? match.Groups[4].Value : null;
                var encoding = match.Groups[6].Success ? match.Groups[6].Value : null;
                if (section == "pub")
                {
                    delegateCount++;
                    var id = $"{did}#delegate-{delegateCount}";
                    var purposeType = purpose is null ? "undefined" : AttributeKeyPurposes.GetValueOrDefault(purpose, purpose);
                    var key = new JsonObject
                    {
                        ["id"] = id,
                        ["type"] = LegacyKeyTypes.GetValueOrDefault(algorithm + purposeType, algorithm),
                        ["controller"] = did,
                    };
                    var value = e.Value ?? [];
                    switch (encoding)
                    {
                        case null or "hex":
                            key["publicKeyHex"] = valueHex[2..];
                            break;
                        case "base64":
                            key["publicKeyBase64"] = Convert.ToBase64String(value);
                            break;
                        case "base58":
                            key["publicKeyBase58"] = Base58(value);
                            break;
                        case "pem":
                            var pem = TryUtf8(value);
                            if (pem is null)
                            {
                                continue; // not UTF-8: no key (the delegate counter has moved on)
                            }
                            key["publicKeyPem"] = pem;
                            break;
                        default:
                            key["value"] = valueHex[2..];
                            break;
                    }
                    keys[index] = key;
                    if (purpose == "sigAuth")
                    {
                        auth[index] = id;
                        signing[index] = id;
                    }
                    else if (purpose == "enc")
                    {
                        keyAgreement[index] = id;
                    }
                    else
                    {
                        signing[index] = id;
                    }
                }
                else
                {
                    serviceCount++;
                    var text = TryUtf8(e.Value ?? []);
                    if (text is null)
                    {
                        continue; // not UTF-8: no service
                    }
                    services[index] = new JsonObject
                    {
                        ["id"] = $"{did}#service-{serviceCount}",
                        ["type"] = algorithm,
                        ["serviceEndpoint"] = ParseEndpoint(text),
                    };
                }
            }
            else
            {
                // Expired or revoked: the entry leaves the document, but its number stays used.
                if (e.Kind == DidEventKind.DelegateChanged || name!.StartsWith("did/pub/", StringComparison.Ordinal))
                {
                    delegateCount++;
                }
                else if (name.StartsWith("did/svc/", StringComparison.Ordinal))
                {
                    serviceCount++;
                }
                auth.Remove(index);
                signing.Remove(index);
                keys.Remove(index);
                services.Remove(index);
                // Like the reference resolver, a keyAgreement reference is not withdrawn here.
            }
        }

        var document = new JsonObject
        {
            ["id"] = did,
            ["verificationMethod"] = new JsonArray(),
            ["authentication"] = new JsonArray(),
            ["assertionMethod"] = new JsonArray(),
        };
        if (deactivated)
        {
            return new BuiltDidDocument(document, true, versionId, nextVersionId);
        }

        var verificationMethods = new JsonArray
        {
            new JsonObject
            {
                ["id"] = $"{did}#controller",
                ["type"] = RecoveryMethod2020,
                ["controller"] = did,
                ["blockchainAccountId"] = $"eip155:{chainId}:{controller}",
            },
        };
        var authentication = new JsonArray { $"{did}#controller" };
        var assertion = new JsonArray { $"{did}#controller" };
        if (controllerKeyHex is not null && controller == address)
        {
            verificationMethods.Add(new JsonObject
            {
                ["id"] = $"{did}#controllerKey",
                ["type"] = VerificationKey2019,
                ["controller"] = did,
                ["publicKeyHex"] = controllerKeyHex.StartsWith("0x", StringComparison.Ordinal) ? controllerKeyHex[2..] : controllerKeyHex,
            });
            authentication.Add($"{did}#controllerKey");
            assertion.Add($"{did}#controllerKey");
        }
        foreach (var key in keys.Values)
        {
            verificationMethods.Add(key);
        }
        foreach (var id in auth.Values)
        {
            authentication.Add(id);
        }
        foreach (var id in signing.Values)
        {
            assertion.Add(id);
        }
        document["verificationMethod"] = verificationMethods;
        document["authentication"] = authentication;
        document["assertionMethod"] = assertion;
        if (services.Count > 0)
        {
            document["service"] = new JsonArray([.. services.Values]);
        }
        if (keyAgreement.Count > 0)
        {
            document["keyAgreement"] = new JsonArray([.. keyAgreement.Values.Select(v => (JsonNode)v)]);
        }
        return new BuiltDidDocument(document, false, versionId, nextVersionId);
    }

    /// <summary>A bytes32 as text: UTF-8 with trailing NULs removed, or null when not UTF-8.</summary>
    public static string? Bytes32ToString(byte[] bytes) => TryUtf8(bytes)?.TrimEnd('\0');

    private static string? TryUtf8(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A service endpoint: the value's JSON when it parses, else the text itself.</summary>
    private static JsonNode? ParseEndpoint(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private const string Base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>Base58 (Bitcoin alphabet), one leading '1' per leading zero byte.</summary>
    public static string Base58(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var result = new StringBuilder();
        while (value > 0)
        {
            value = BigInteger.DivRem(value, 58, out var remainder);
            result.Insert(0, Base58Alphabet[(int)remainder]);
        }
        foreach (var b in bytes)
        {
            if (b != 0)
            {
                break;
            }
            result.Insert(0, '1');
        }
        return result.ToString();
    }

    /// <summary>ISO 8601 time of a block, in the form the reference resolver prints (no milliseconds).</summary>
    public static string IsoTime(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // did/(pub|svc)/<algorithm>[/<purpose>][/<encoding>], word characters as in JavaScript (ASCII only).
    [GeneratedRegex(@"^did/(pub|svc)/([A-Za-z0-9_]+)(/([A-Za-z0-9_]+))?(/([A-Za-z0-9_]+))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();
}
