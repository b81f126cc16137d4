using System.Text.Json.Nodes;
using CityToken.Api.Identity;
using static CityToken.Api.Credentials.Verifiable.VerificationCodes;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// Verifies a JWT Verifiable Presentation (as did-jwt-vc's createVerifiablePresentationJwt makes one, with
/// <c>challenge</c> → <c>nonce</c> and <c>domain</c> → <c>aud</c>): signed by a key the holder's DID document lists for
/// authentication, for a challenge issued here and unused, for this domain; and each credential in it signed by a
/// trusted issuer's assertion key, about the holder, within its validity window (by the chain's clock), and not
/// revoked (its status list bit). DID documents come from this service's own did:ethr resolver (the indexed registry).
/// Never throws on hostile input: every failure is a <see cref="VerificationError"/>.
/// </summary>
public sealed class PresentationVerifier(
    DidResolver resolver, PresentationChallenges challenges, CredentialDocuments documents, CityIssuer issuer, CityTokenDb db,
    IOptions<CredentialsOptions> options, IOptions<ChainOptions> chain, TimeProvider time)
{
    /// <summary>The most credentials one presentation may carry.</summary>
    public const int MaxCredentials = 10;

    // Tolerance for a holder's clock that runs ahead (the presentation's iat / nbf).
    private const long SkewSeconds = 60;

    private readonly long _chainId = chain.Value.ChainId;

    public async Task<PresentationVerification> VerifyAsync(CompactJwt presentation, CancellationToken cancellationToken)
    {
        var errors = new List<VerificationError>();
        if (presentation.Algorithm is not (DidSignatures.Es256K or DidSignatures.Es256KR or DidSignatures.EthPersonalSign))
        {
            errors.Add(new(UnsupportedAlgorithm, $"The presentation's alg is '{presentation.Algorithm ?? "(none)"}'; accepted: ES256K, ES256K-R, {DidSignatures.EthPersonalSign}."));
            return new(false, null, [], errors);
        }
        var holderDid = presentation.Claim("iss");
        var holder = await ResolveAsync(holderDid, InvalidHolder, "holder", null, cancellationToken);
        if (holder.Error is not null)
        {
            errors.Add(holder.Error);
            return new(false, holderDid, [], errors);
        }
        if (!DidSignatures.Lists(holder.Document!, "authentication", DidSignatures.Signers(presentation)))
        {
            errors.Add(new(InvalidSignature, $"The presentation is not signed by a key {holderDid} lists for authentication."));
            return new(false, holderDid, [], errors);
        }
        if (presentation.Payload["vp"] is not JsonObject vp || !Types(vp).Contains("VerifiablePresentation")
            || vp["verifiableCredential"] is not (JsonArray or JsonValue))
        {
            errors.Add(new(MalformedPresentation, "The presentation has no vp claim of type VerifiablePresentation with a verifiableCredential list."));
            return new(false, holderDid, [], errors);
        }

        // Signed by the holder: from here on the challenge is consumed, whatever else fails.
        await CheckChallengeAsync(presentation, errors, cancellationToken);
        var wallNow = time.GetUtcNow().ToUnixTimeSeconds();
        if (presentation.TimeClaim("exp") is { } exp && exp <= wallNow)
        {
            errors.Add(new(PresentationExpired, $"The presentation expired at {Iso(exp)}."));
        }
        if ((presentation.TimeClaim("nbf") ?? presentation.TimeClaim("iat")) is { } from && from > wallNow + SkewSeconds)
        {
            errors.Add(new(PresentationExpired, $"The presentation is valid only from {Iso(from)}."));
        }

        var presented = vp["verifiableCredential"] is JsonArray array ? [.. array] : new List<JsonNode?> { vp["verifiableCredential"] };
        if (presented.Count == 0)
        {
            errors.Add(new(NoCredentials, "The presentation holds no credential."));
        }
        if (presented.Count > MaxCredentials)
        {
            errors.Add(new(MalformedPresentation, $"A presentation here holds at most {MaxCredentials} credentials; this one holds {presented.Count}."));
            return new(false, holderDid, [], errors);
        }
        var chainNow = await ChainClock.NowAsync(db, time, cancellationToken);
        var credentials = new List<PresentedCredential>();
        for (var i = 0; i < presented.Count; i++)
        {
            credentials.Add(await CheckCredentialAsync(presented[i], i, holder.Did!, chainNow, errors, cancellationToken));
        }
        return new(errors.Count == 0, holderDid, credentials, errors);
    }

    private async Task CheckChallengeAsync(CompactJwt presentation, List<VerificationError> errors, CancellationToken cancellationToken)
    {
        if (presentation.Claim("nonce") is not { Length: > 0 } nonce)
        {
            errors.Add(new(ChallengeMissing, "The presentation has no nonce: ask GET /api/presentations/challenge for one and sign it in."));
        }
        else
        {
            switch (await challenges.ConsumeAsync(nonce, cancellationToken))
            {
                case ChallengeUse.Unknown:
                    errors.Add(new(ChallengeUnknown, "The presentation's challenge was not issued here or has expired; ask for a new one."));
                    break;
                case ChallengeUse.Used:
                    errors.Add(new(ChallengeUsed, "The presentation's challenge was already used: a presentation is accepted once."));
                    break;
            }
        }
        var audience = presentation.Payload["aud"] switch
        {
            JsonArray list => list.Select(a => a is JsonValue v && v.TryGetValue<string>(out var s) ? s : null),
            JsonValue one when one.TryGetValue<string>(out var s) => [s],
            _ => [],
        };
        if (!audience.Contains(documents.Domain, StringComparer.Ordinal))
        {
            errors.Add(new(DomainMismatch, $"The presentation is not for this verifier: its aud must name {documents.Domain}."));
        }
    }

    private async Task<PresentedCredential> CheckCredentialAsync(
        JsonNode? node, int position, EthrDid holder, long now, List<VerificationError> errors, CancellationToken cancellationToken)
    {
        var before = errors.Count;
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        if (!CompactJwt.TryParse(text, out var jwt, out var reason) || jwt.Payload["vc"] is not JsonObject vc || !Types(vc).Contains("VerifiableCredential"))
        {
            errors.Add(new(MalformedCredential, "Not a JWT Verifiable Credential" + (reason is null ? " (no vc claim of type VerifiableCredential)." : ": " + reason), position));
            return new(null, [], null, null, null, null, MalformedCredential);
        }
        var issuerDid = jwt.Claim("iss");
        var view = new PresentedCredential(jwt.Claim("jti"), Types(vc), issuerDid, jwt.Claim("sub"),
            jwt.TimeClaim("nbf") is { } nbf ? DateTimeOffset.FromUnixTimeSeconds(nbf) : null,
            jwt.TimeClaim("exp") is { } exp ? DateTimeOffset.FromUnixTimeSeconds(exp) : null, "valid");

        if (jwt.Algorithm is not (DidSignatures.Es256K or DidSignatures.Es256KR))
        {
            errors.Add(new(UnsupportedAlgorithm, $"The credential's alg is '{jwt.Algorithm ?? "(none)"}'; accepted: ES256K, ES256K-R.", position));
        }
        else if (!IsTrusted(issuerDid))
        {
            errors.Add(new(EthrDid.TryParse(issuerDid ?? "", _chainId, out _, out var error) || error!.Code != "unknownNetwork" ? UntrustedIssuer : WrongChain,
                $"The credential's issuer {issuerDid ?? "(none)"} is not one this verifier trusts.", position));
        }
        else
        {
            var signer = await ResolveAsync(issuerDid, UntrustedIssuer, "issuer", position, cancellationToken);
            if (signer.Error is not null)
            {
                errors.Add(signer.Error);
            }
            else if (!DidSignatures.Lists(signer.Document!, "assertionMethod", DidSignatures.Signers(jwt)))
            {
                errors.Add(new(InvalidSignature, $"The credential is not signed by a key {issuerDid} lists for assertions.", position));
            }
        }
        if (!EthrDid.TryParse(view.Subject ?? "", _chainId, out var subject, out var subjectError))
        {
            errors.Add(new(subjectError!.Code == "unknownNetwork" ? WrongChain : SubjectNotHolder, $"The credential's subject {view.Subject ?? "(none)"} is not a did:ethr of this chain.", position));
        }
        else if (subject!.Identity != holder.Identity)
        {
            errors.Add(new(SubjectNotHolder, $"The credential is about {view.Subject}, not about the presentation's holder {holder.Did}.", position));
        }
        if (jwt.TimeClaim("nbf") is { } from && from > now + SkewSeconds)
        {
            errors.Add(new(NotYetValid, $"The credential is valid only from {Iso(from)}.", position));
        }
        if (jwt.TimeClaim("exp") is { } until && until <= now)
        {
            errors.Add(new(Expired, $"The credential expired at {Iso(until)}.", position));
        }
        if (IsTrusted(issuerDid))
        {
            // An untrusted issuer's status says nothing: that error stands alone.
            await CheckStatusAsync(vc, issuerDid, position, errors, cancellationToken);
        }
        return errors.Count == before ? view : view with { Status = errors[before].Code };
    }

    /// <summary>The revocation bit of a credential of the city's, read where its status list is built from: the indexed chain.</summary>
    private async Task CheckStatusAsync(JsonObject vc, string? issuerDid, int position, List<VerificationError> errors, CancellationToken cancellationToken)
    {
        var prefix = documents.StatusListUrl(0)[..^1];
        if (issuerDid is null || !issuer.IsCity(issuerDid, _chainId)
            || vc["credentialStatus"] is not JsonObject status
            || Text(status, "type") != "BitstringStatusListEntry" || Text(status, "statusPurpose") != "revocation"
            || Text(status, "statusListCredential") is not { } url || !url.StartsWith(prefix, StringComparison.Ordinal)
            || !long.TryParse(url[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var list) || list > StatusList.MaxList
            || !int.TryParse(Text(status, "statusListIndex"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= StatusList.Size)
        {
            errors.Add(new(StatusUnknown, "The credential has no revocation status entry in a status list of this service.", position));
            return;
        }
        var id = StatusList.CredentialIdAt(list, index);
        if (await db.Set<CredentialRecord>().AnyAsync(c => c.Id == id && c.RevokedAt != null, cancellationToken))
        {
            errors.Add(new(Revoked, $"The credential was revoked (status list {list}, index {index}).", position));
        }
    }

    private bool IsTrusted(string? did) =>
        did is not null && (issuer.IsCity(did, _chainId) || options.Value.TrustedIssuers.Any(trusted => trusted == did
            || (EthrDid.TryParse(trusted, _chainId, out var t, out _) && EthrDid.TryParse(did, _chainId, out var d, out _) && t!.Identity == d!.Identity)));

    /// <summary>A signer's parsed DID and current DID document, or why there is none (another chain, unparsable, deactivated).</summary>
    private async Task<(EthrDid? Did, JsonObject? Document, VerificationError? Error)> ResolveAsync(
        string? did, string code, string role, int? position, CancellationToken cancellationToken)
    {
        if (!EthrDid.TryParse(did ?? "", _chainId, out var parsed, out var parseError))
        {
            return (null, null, new(parseError!.Code == "unknownNetwork" ? WrongChain : code, $"The {role} '{did ?? "(none)"}' is not a did:ethr of this chain: {parseError.Message}", position));
        }
        var resolved = await resolver.ResolveAsync(parsed!.Did, null, null, cancellationToken);
        if (resolved.Error is not null || resolved.Document is null || resolved.Deactivated)
        {
            return (null, null, new(code, $"The {role}'s DID {did} has no active DID document{(resolved.Error is null ? "" : ": " + resolved.Error.Message)}.", position));
        }
        return (parsed, resolved.Document, null);
    }

    private static List<string> Types(JsonObject claims) => claims["type"] switch
    {
        JsonArray list => [.. list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()],
        JsonValue one when one.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static string? Text(JsonObject claims, string name) => claims[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Iso(long seconds) => DidDocumentBuilder.IsoTime(seconds);
}
