using System.Text;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;

namespace CityToken.Api.Auth.Siwe;

/// <summary>Why a sign-in was refused: the HTTP status, a stable code and a title a person understands.</summary>
public sealed record SiweRefusal(int Status, string Code, string Title, string Detail);

/// <summary>Issues single-use nonces and checks signed EIP-4361 messages against configuration.</summary>
public sealed class SiweVerifier(
    CityTokenDb db, IOptions<SiweOptions> options, IOptions<ChainOptions> chain, ContractSignatures contracts, TimeProvider time)
{
    private const string NonceAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public long ChainId => options.Value.ChainId ?? chain.Value.ChainId;

    /// <summary>A fresh 22-character nonce (about 131 bits), stored until it expires; expired ones are pruned.</summary>
    public async Task<SiweNonce> IssueNonceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.Set<SiweNonce>().Where(n => n.ExpiresAt < now.ToUnixTimeSeconds()).ExecuteDeleteAsync(ct);
        var nonce = new SiweNonce
        {
            Value = System.Security.Cryptography.RandomNumberGenerator.GetString(NonceAlphabet, 22),
            IssuedAt = now,
            ExpiresAt = now.AddSeconds(options.Value.NonceLifetimeSeconds).ToUnixTimeSeconds(),
        };
        db.Add(nonce);
        await db.SaveChangesAsync(ct);
        return nonce;
    }

    /// <summary>Checks everything, then consumes the nonce; null means the message signs in its address.</summary>
    public async Task<SiweRefusal?> VerifyAsync(SiweMessage message, string rawMessage, string signature, CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var skew = TimeSpan.FromSeconds(settings.MaxClockSkewSeconds);
        var expectedUri = new Uri(settings.Uri);

        if (!string.Equals(message.Domain, settings.Domain, StringComparison.OrdinalIgnoreCase)
            || (message.Scheme is not null && !string.Equals(message.Scheme, expectedUri.Scheme, StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse("siwe.domain", "The message is for another domain.",
                $"The message asks to sign in to '{message.Domain}'; this service is '{settings.Domain}'.");
        }
        if (!SameOriginAndUnder(message.Uri, expectedUri))
        {
            return Refuse("siwe.uri", "The message is for another URI.",
                $"The message's URI '{message.Uri}' is not under '{settings.Uri}'.");
        }
        if (message.ChainId != ChainId)
        {
            return Refuse("siwe.chain", "The message is for another chain.",
                $"The message names chain {message.ChainId}; this service runs on chain {ChainId}.");
        }
        if (message.ExpirationTime is { } expires && expires <= now)
        {
            return Refuse("siwe.expired", "The message has expired.", $"Its Expiration Time {expires:O} has passed.");
        }
        if (message.NotBefore is { } notBefore && notBefore > now + skew)
        {
            return Refuse("siwe.not-yet-valid", "The message is not valid yet.", $"Its Not Before time {notBefore:O} has not come.");
        }
        if (message.IssuedAt > now + skew)
        {
            return Refuse("siwe.issued-in-future", "The message is issued in the future.",
                $"Its Issued At time {message.IssuedAt:O} is ahead of the service's clock ({now:O}).");
        }

        var stored = await db.Set<SiweNonce>().AsNoTracking().SingleOrDefaultAsync(n => n.Value == message.Nonce, ct);
        if (stored is null || stored.ExpiresAt <= now.ToUnixTimeSeconds())
        {
            return NonceUnknown();
        }
        if (stored.UsedAt is not null)
        {
            return NonceUsed();
        }

        if (!SignedBy(rawMessage, signature, message.Address))
        {
            // A smart-contract wallet signs as ERC-1271 says (the contracts accept it so): it is asked on chain.
            try
            {
                if (await contracts.AcceptsAsync(message.Address, new EthereumMessageSigner().HashPrefixedMessage(Encoding.UTF8.GetBytes(rawMessage)),
                        signature.HexToByteArray()))
                {
                    return await ConsumeNonceAsync(message, now, ct);
                }
            }
            catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
            {
                return new SiweRefusal(StatusCodes.Status503ServiceUnavailable, "chain.unavailable", "The chain is unavailable.",
                    "The signature is not the address's own key's; whether its smart-contract wallet accepts it cannot be asked now: " +
                    ChainErrors.Describe(ex, chain.Value.RpcUrl));
            }
            return Refuse("siwe.signature", "The signature does not match the address.",
                $"The signature was not made by {message.Address} over this exact message (EIP-191 personal_sign).");
        }

        return await ConsumeNonceAsync(message, now, ct);
    }

    private async Task<SiweRefusal?> ConsumeNonceAsync(SiweMessage message, DateTimeOffset now, CancellationToken ct)
    {
        // Consume the nonce in one conditional UPDATE: of two concurrent sign-ins with it, exactly one wins.
        var consumed = await db.Set<SiweNonce>()
            .Where(n => n.Value == message.Nonce && n.UsedAt == null && n.ExpiresAt > now.ToUnixTimeSeconds())
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.UsedAt, now), ct);
        return consumed == 1 ? null : NonceUsed();
    }

    private static bool SignedBy(string message, string signature, string address)
    {
        try
        {
            var signer = new EthereumMessageSigner().EncodeUTF8AndEcRecover(message, signature);
            return string.Equals(signer, address, StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IndexOutOfRangeException or InvalidOperationException
                                      or Org.BouncyCastle.Crypto.CryptoException)
        {
            // A signature of the right length whose r/s/v do not form a point recovers nobody.
            return false;
        }
    }

    private static bool SameOriginAndUnder(Uri uri, Uri expected) =>
        string.Equals(uri.Scheme, expected.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, expected.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == expected.Port
        && UnderPath(uri.AbsolutePath, expected.AbsolutePath.TrimEnd('/'));

    private static bool UnderPath(string path, string prefix) =>
        prefix.Length == 0 || path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static SiweRefusal NonceUnknown() => Refuse("siwe.nonce-unknown", "The nonce is unknown or expired.",
        "Ask GET /api/auth/siwe/nonce for a fresh nonce and sign a new message with it.");

    private static SiweRefusal NonceUsed() => Refuse("siwe.nonce-used", "The nonce was already used.",
        "Each nonce signs in once; ask GET /api/auth/siwe/nonce for a fresh one.");

    private static SiweRefusal Refuse(string code, string title, string detail) =>
        new(StatusCodes.Status401Unauthorized, code, title, detail);
}
