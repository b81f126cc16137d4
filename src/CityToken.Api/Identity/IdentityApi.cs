using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace CityToken.Api.Identity;

/// <summary>
/// <c>GET /1.0/identifiers/{did}</c>: DID resolution over HTTP (the DID Resolution HTTP(S) binding, as served by the
/// Universal Resolver), for did:ethr DIDs of the configured chain.
/// </summary>
public static class IdentityApi
{
    /// <summary>The DID resolution result media type (JSON-LD profile form); the default answer.</summary>
    public const string ResolutionResultLd = "application/ld+json;profile=\"https://w3id.org/did-resolution\"";

    /// <summary>The DID resolution result media type (DID Resolution v1.0 form).</summary>
    public const string ResolutionResult = "application/did-resolution";

    /// <summary>A bare DID document in JSON-LD (with @context).</summary>
    public const string DidLdJson = "application/did+ld+json";

    /// <summary>A bare DID document in plain JSON (without @context).</summary>
    public const string DidJson = "application/did+json";

    private const string ResolutionProfile = "https://w3id.org/did-resolution";

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/1.0/identifiers/{did}", ResolveAsync)
            .WithTags("Identity")
            .AllowAnonymous()
            .WithName("ResolveDid")
            .WithSummary("Resolves a did:ethr DID of this chain (W3C DID Resolution, HTTP(S) binding).")
            .WithDescription(
                "did:ethr:0x7a69:<address>, did:ethr:<address> or did:ethr:0x7a69:<compressed public key>. Query: versionId " +
                "(block number) or versionTime (ISO 8601). Accept: application/ld+json;profile=\"https://w3id.org/did-resolution\" " +
                "or application/did-resolution (resolution result, the default), application/did+ld+json or application/did+json " +
                "(the bare DID document). Errors are resolution results with didResolutionMetadata.error: invalidDid (400), " +
                "invalidOptions (400), unknownNetwork (400), notFound (404), representationNotSupported (406), methodNotSupported (501). " +
                "A deactivated DID answers 410 with its (empty) document and deactivated: true.")
            .Produces<JsonObject>(StatusCodes.Status200OK, contentType: ResolutionResultLd, additionalContentTypes: [ResolutionResult, DidLdJson, DidJson])
            .Produces<JsonObject>(StatusCodes.Status400BadRequest, contentType: ResolutionResultLd)
            .Produces<JsonObject>(StatusCodes.Status404NotFound, contentType: ResolutionResultLd)
            .Produces<JsonObject>(StatusCodes.Status406NotAcceptable, contentType: ResolutionResultLd)
            .Produces<JsonObject>(StatusCodes.Status410Gone, contentType: ResolutionResultLd)
            .Produces<JsonObject>(StatusCodes.Status501NotImplemented, contentType: ResolutionResultLd);
        return routes;
    }

    internal static async Task<IResult> ResolveAsync(string did, string? versionId, string? versionTime,
        HttpRequest request, DidResolver resolver, CancellationToken cancellationToken)
    {
        var representation = Negotiate(request.Headers.Accept.ToString());
        if (representation is null)
        {
            return Respond(new DidResolutionResult(null, [], DidResolutionError.RepresentationNotSupported(
                $"Cannot answer '{request.Headers.Accept}': ask for {ResolutionResultLd}, {ResolutionResult}, {DidLdJson} or {DidJson}.")),
                Representation.Default);
        }
        DidResolutionResult result;
        try
        {
            result = await resolver.ResolveAsync(did, versionId, versionTime, cancellationToken);
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            result = new DidResolutionResult(null, [], DidResolutionError.InternalError("The chain is unavailable: " + ex.Message));
        }
        return Respond(result, representation);
    }

    private static IResult Respond(DidResolutionResult result, Representation representation)
    {
        var status = result.Error?.HttpStatus ?? (result.Deactivated ? StatusCodes.Status410Gone : StatusCodes.Status200OK);
        JsonObject? document = null;
        if (result.Document is not null)
        {
            document = representation.WithContext
                ? new JsonObject { ["@context"] = new JsonArray([.. DidDocumentBuilder.Context.Select(c => (JsonNode)c)]) }
                : [];
            foreach (var (key, value) in result.Document.ToList())
            {
                result.Document.Remove(key);
                document[key] = value;
            }
        }
        if (representation.BareDocument && document is not null)
        {
            return Results.Content(document.ToJsonString(), representation.ContentType, Encoding.UTF8, status);
        }
        var resolutionMetadata = new JsonObject();
        if (result.Error is { } error)
        {
            resolutionMetadata["error"] = error.Code;
            resolutionMetadata["message"] = error.Message;
        }
        else
        {
            resolutionMetadata["contentType"] = representation.WithContext ? DidLdJson : DidJson;
        }
        var body = new JsonObject
        {
            ["didDocument"] = document,
            ["didDocumentMetadata"] = result.DocumentMetadata,
            ["didResolutionMetadata"] = resolutionMetadata,
        };
        var contentType = representation.BareDocument ? Representation.Default.ContentType : representation.ContentType;
        return Results.Content(body.ToJsonString(), contentType, Encoding.UTF8, status);
    }

    private sealed record Representation(string ContentType, bool BareDocument, bool WithContext)
    {
        public static readonly Representation Default = new(ResolutionResultLd, false, true);
    }

    /// <summary>Picks the representation for an Accept header (highest quality first; none acceptable: null).</summary>
    private static Representation? Negotiate(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Representation.Default;
        }
        if (!MediaTypeHeaderValue.TryParseList([accept], out var ranges))
        {
            return null;
        }
        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var mediaType = range.MediaType.Value?.ToLowerInvariant();
            switch (mediaType)
            {
                case "*/*" or "application/*":
                    return Representation.Default;
                case ResolutionResult:
                    return new Representation(ResolutionResult, false, true);
                case "application/ld+json":
                    var profile = range.Parameters.FirstOrDefault(p => p.Name.Equals("profile", StringComparison.OrdinalIgnoreCase));
                    if (profile is not null && HeaderUtilities.RemoveQuotes(profile.Value).ToString()
                            .Split(' ').Contains(ResolutionProfile, StringComparer.Ordinal))
                    {
                        return Representation.Default;
                    }
                    break;
                case DidLdJson:
                    return new Representation(DidLdJson, true, true);
                case DidJson:
                    return new Representation(DidJson, true, false);
            }
        }
        return null;
    }
}
