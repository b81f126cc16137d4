using System.Security.Cryptography;
using CityToken.Api.Auth.Siwe;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>A challenge for a presentation: put it in the presentation's <c>nonce</c> and <see cref="Domain"/> in its <c>aud</c>.</summary>
public sealed record PresentationChallenge(string Challenge, string Domain, DateTimeOffset ExpiresAt);

/// <summary>How a presented challenge fared: consumed now, or refused.</summary>
public enum ChallengeUse
{
    Consumed,
    Unknown,
    Used,
}

/// <summary>
/// Single-use, short-lived presentation challenges, kept in the database with the sign-in nonces (one table of
/// single-use values, pruned the same way, consumed by one conditional UPDATE so that two instances or two requests
/// cannot both consume one). Stored under the prefix <c>vp:</c>, which a sign-in nonce (letters and digits) cannot
/// have, so a challenge never signs anybody in and a sign-in nonce is no challenge.
/// </summary>
public sealed class PresentationChallenges(CityTokenDb db, CredentialDocuments documents, IOptions<CredentialsOptions> options, TimeProvider time)
{
    private const string Prefix = "vp:";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public async Task<PresentationChallenge> IssueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Set<SiweNonce>().Where(n => n.ExpiresAt < now.ToUnixTimeSeconds()).ExecuteDeleteAsync(cancellationToken);
        var challenge = RandomNumberGenerator.GetString(Alphabet, 32);
        var expiresAt = now.AddSeconds(options.Value.ChallengeLifetimeSeconds);
        db.Add(new SiweNonce { Value = Prefix + challenge, IssuedAt = now, ExpiresAt = expiresAt.ToUnixTimeSeconds() });
        await db.SaveChangesAsync(cancellationToken);
        return new PresentationChallenge(challenge, documents.Domain, DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    /// <summary>Consumes <paramref name="challenge"/>: once only, and only before it expires.</summary>
    public async Task<ChallengeUse> ConsumeAsync(string challenge, CancellationToken cancellationToken)
    {
        if (challenge.Length is 0 or > 60)
        {
            return ChallengeUse.Unknown;
        }
        var value = Prefix + challenge;
        var now = time.GetUtcNow();
        var consumed = await db.Set<SiweNonce>()
            .Where(n => n.Value == value && n.UsedAt == null && n.ExpiresAt > now.ToUnixTimeSeconds())
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.UsedAt, now), cancellationToken);
        if (consumed == 1)
        {
            return ChallengeUse.Consumed;
        }
        var stored = await db.Set<SiweNonce>().AsNoTracking().SingleOrDefaultAsync(n => n.Value == value, cancellationToken);
        return stored?.UsedAt is not null ? ChallengeUse.Used : ChallengeUse.Unknown;
    }
}
