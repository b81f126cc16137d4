using System.Text.Json.Nodes;
using CityToken.Api.Auth.Siwe;
using Nethereum.Util;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>The compact JWT of a Verifiable Credential: <c>{ "jwt": "…" }</c>.</summary>
public sealed record CredentialJwt(string Jwt);

/// <summary>
/// The signed documents of the credential layer, built from the indexed chain on each request (signing is
/// deterministic, so a credential's JWT is always the same): a credential's VC JWT (did-jwt-vc's JWT encoding of the
/// VC Data Model 1.1), the revocation status lists, and the DIF Well-Known DID Configuration.
/// </summary>
public sealed class CredentialDocuments(CityTokenDb db, CityIssuer issuer, CredentialTypes types, IOptions<ChainOptions> chain,
    IOptions<SiweOptions> siwe, TimeProvider time)
{
    /// <summary>The VC Data Model 1.1 context did-jwt-vc requires, and the Bitstring Status List vocabulary.</summary>
    public static readonly string[] Context = ["https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/status/v1"];

    private const string DidConfigurationContext = "https://identity.foundation/.well-known/did-configuration/v1";

    private readonly long _chainId = chain.Value.ChainId;

    /// <summary>The service's origin (scheme, host, port) from Auth:Siwe:Uri: configured, never taken from a request's Host.</summary>
    public string Origin { get; } = new Uri(siwe.Value.Uri).GetLeftPart(UriPartial.Authority);

    /// <summary>What a presentation's audience must name (Auth:Siwe:Domain, the service's host and port).</summary>
    public string Domain { get; } = siwe.Value.Domain;

    public string StatusListUrl(long list) => $"{Origin}/api/credentials/status/{list.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The credential's stable id (the JWT's <c>jti</c>): chain and on-chain credential id.</summary>
    public string CredentialUri(long credentialId) =>
        $"urn:citytoken:{_chainId.ToString(CultureInfo.InvariantCulture)}:credential:{credentialId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The subject's DID: did:ethr with this chain's network and the EIP-55 address.</summary>
    public string SubjectDid(string address) =>
        $"did:ethr:0x{_chainId.ToString("x", CultureInfo.InvariantCulture)}:{AddressUtil.Current.ConvertToChecksumAddress(address)}";

    /// <summary>The VC type of a credential type name: "resident" → "ResidentCredential", "parking-permit" → "ParkingPermitCredential".</summary>
    public static string VcTypeOf(string name) =>
        string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Credential";

    /// <summary>The VC JWT of an on-chain credential: valid from its issue to its expiry, revocable through its status list bit.</summary>
    public string Credential(CredentialRecord record)
    {
        var typeName = types.NameOf(record.CredentialType);
        var (list, index) = StatusList.PositionOf(record.Id);
        var statusList = StatusListUrl(list);
        var payload = new JsonObject
        {
            ["iss"] = issuer.Did,
            ["sub"] = SubjectDid(record.Subject),
            ["nbf"] = record.IssuedAt,
            ["exp"] = record.ExpiresAt,
            ["jti"] = CredentialUri(record.Id),
            ["vc"] = new JsonObject
            {
                ["@context"] = Strings(Context),
                ["type"] = Strings(["VerifiableCredential", VcTypeOf(typeName)]),
                ["credentialSubject"] = new JsonObject
                {
                    ["credentialType"] = typeName,
                    ["chainId"] = _chainId,
                    ["credentialId"] = record.Id,
                },
                ["credentialStatus"] = new JsonObject
                {
                    ["id"] = $"{statusList}#{index.ToString(CultureInfo.InvariantCulture)}",
                    ["type"] = "BitstringStatusListEntry",
                    ["statusPurpose"] = "revocation",
                    ["statusListIndex"] = index.ToString(CultureInfo.InvariantCulture),
                    ["statusListCredential"] = statusList,
                },
            },
        };
        return issuer.Sign(payload);
    }

    /// <summary>
    /// Status list <paramref name="list"/> as a signed BitstringStatusListCredential: the revocations the indexer has
    /// seen so far (a revocation on chain is in the list once its block is indexed).
    /// </summary>
    public async Task<string> StatusListCredentialAsync(long list, CancellationToken cancellationToken)
    {
        var first = StatusList.CredentialIdAt(list, 0);
        var last = first + StatusList.Size;
        var revoked = await db.Set<CredentialRecord>().AsNoTracking()
            .Where(c => c.RevokedAt != null && c.Id >= first && c.Id < last)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var url = StatusListUrl(list);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = issuer.Did,
            ["sub"] = url + "#list",
            ["nbf"] = now,
            ["jti"] = url,
            ["vc"] = new JsonObject
            {
                ["@context"] = Strings(Context),
                ["type"] = Strings(["VerifiableCredential", "BitstringStatusListCredential"]),
                ["credentialSubject"] = new JsonObject
                {
                    ["type"] = "BitstringStatusList",
                    ["statusPurpose"] = "revocation",
                    // Milliseconds a verifier may cache the list (the specification's ttl).
                    ["ttl"] = 60_000,
                    ["encodedList"] = StatusList.Encode(revoked.Select(id => StatusList.PositionOf(id).Index)),
                },
            },
        };
        return issuer.Sign(payload);
    }

    /// <summary>
    /// The DIF Well-Known DID Configuration: a DomainLinkageCredential (JWT) by the city's DID naming this origin, valid
    /// for a year from the start of the current day (UTC).
    /// </summary>
    public JsonObject DidConfiguration()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var from = now - now % 86_400;
        var until = from + 366 * 86_400;
        var payload = new JsonObject
        {
            ["iss"] = issuer.Did,
            ["sub"] = issuer.Did,
            ["nbf"] = from,
            ["exp"] = until,
            ["vc"] = new JsonObject
            {
                ["@context"] = Strings([Context[0], DidConfigurationContext]),
                ["issuer"] = issuer.Did,
                ["issuanceDate"] = DateTimeOffset.FromUnixTimeSeconds(from).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["expirationDate"] = DateTimeOffset.FromUnixTimeSeconds(until).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["type"] = Strings(["VerifiableCredential", "DomainLinkageCredential"]),
                ["credentialSubject"] = new JsonObject { ["id"] = issuer.Did, ["origin"] = Origin },
            },
        };
        return new JsonObject
        {
            ["@context"] = DidConfigurationContext,
            ["linked_dids"] = Strings([issuer.Sign(payload)]),
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
