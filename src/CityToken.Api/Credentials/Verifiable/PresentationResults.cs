namespace CityToken.Api.Credentials.Verifiable;

/// <summary>Body of POST /api/presentations/verify: a JWT Verifiable Presentation.</summary>
public sealed record VerifyPresentationRequest(string? Presentation);

/// <summary>
/// Why a presentation or one of its credentials failed: a stable <see cref="Code"/> (see <see cref="VerificationCodes"/>),
/// a message for people, and the credential's position in the presentation when the error is about one.
/// </summary>
public sealed record VerificationError(string Code, string Message, int? Credential = null);

/// <summary>
/// A presented credential as the verifier read it. <see cref="Status"/>: "valid", or the code of its first error
/// (e.g. "revoked", "expired", "invalid_signature", "untrusted_issuer").
/// </summary>
public sealed record PresentedCredential(
    string? Id, IReadOnlyList<string> Type, string? Issuer, string? Subject, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, string Status);

/// <summary>The verdict on a presentation: verified only when it and every credential in it passed every check.</summary>
public sealed record PresentationVerification(bool Verified, string? Holder, IReadOnlyList<PresentedCredential> Credentials, IReadOnlyList<VerificationError> Errors);

/// <summary>The error codes of presentation verification; stable, documented in docs/credentials.md.</summary>
public static class VerificationCodes
{
    /// <summary>The header's alg is none, missing or not ES256K / ES256K-R (or, for a presentation, EthPersonalSign).</summary>
    public const string UnsupportedAlgorithm = "unsupported_algorithm";

    /// <summary>The presentation's claims are not a W3C presentation (no vp, no VerifiablePresentation type, no credential list).</summary>
    public const string MalformedPresentation = "malformed_presentation";

    /// <summary>A presented credential is not a compact JWT with a vc claim of type VerifiableCredential.</summary>
    public const string MalformedCredential = "malformed_credential";

    /// <summary>The presentation's iss is not a did:ethr, or its DID document cannot be resolved or is deactivated.</summary>
    public const string InvalidHolder = "invalid_holder";

    /// <summary>A DID (holder, issuer or subject) names another chain than this service's.</summary>
    public const string WrongChain = "wrong_chain";

    /// <summary>The signature was not made by a key the signer's DID document lists for the purpose.</summary>
    public const string InvalidSignature = "invalid_signature";

    /// <summary>The presentation has no nonce (the challenge).</summary>
    public const string ChallengeMissing = "challenge_missing";

    /// <summary>The challenge was never issued here, or has expired.</summary>
    public const string ChallengeUnknown = "challenge_unknown";

    /// <summary>The challenge was already used by a presentation.</summary>
    public const string ChallengeUsed = "challenge_used";

    /// <summary>The presentation's aud does not name this verifier's domain.</summary>
    public const string DomainMismatch = "domain_mismatch";

    /// <summary>The presentation's own exp has passed, or its nbf / iat is in the future.</summary>
    public const string PresentationExpired = "presentation_expired";

    /// <summary>The presentation holds no credential.</summary>
    public const string NoCredentials = "no_credentials";

    /// <summary>The credential's issuer is not the city nor one of Credentials:TrustedIssuers.</summary>
    public const string UntrustedIssuer = "untrusted_issuer";

    /// <summary>The credential is about another DID than the presentation's holder.</summary>
    public const string SubjectNotHolder = "subject_not_holder";

    /// <summary>The credential's exp has passed (by the chain's clock).</summary>
    public const string Expired = "expired";

    /// <summary>The credential's nbf is in the future.</summary>
    public const string NotYetValid = "not_yet_valid";

    /// <summary>The credential's status list bit is set: revoked on chain.</summary>
    public const string Revoked = "revoked";

    /// <summary>The credential has no status entry this verifier can read (none, or another service's list).</summary>
    public const string StatusUnknown = "status_unknown";
}
