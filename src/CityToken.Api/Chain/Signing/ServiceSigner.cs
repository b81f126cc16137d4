using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.KeyStore;
using Nethereum.Model;
using Nethereum.Signer;
using Nethereum.Util;

namespace CityToken.Api.Chain.Signing;

/// <summary>
/// Holds the service's signing key and signs EIP-1559 (type 2) or legacy (type 0, EIP-155) transactions for the
/// configured chain id.
/// The key is loaded once at start-up from <see cref="SignerOptions"/>; it never leaves this class.
/// </summary>
public sealed class ServiceSigner
{
    private readonly EthECKey _key;
    private readonly Transaction1559Signer _signer = new();
    private readonly LegacyTransactionSigner _legacySigner = new();

    public ServiceSigner(IOptions<SignerOptions> options, IOptions<ChainOptions> chain, IHostEnvironment environment)
    {
        _key = LoadKey(options.Value, environment.ContentRootPath);
        ChainId = chain.Value.ChainId;
        Address = _key.GetPublicAddress();
    }

    /// <summary>Checksummed address of the signing account.</summary>
    public string Address { get; }

    /// <summary>Chain id every signature commits to (EIP-155 replay protection).</summary>
    public long ChainId { get; }

    /// <summary>Signs a type-2 (or, when <see cref="UnsignedTransaction.Legacy"/>, type-0) transaction; returns the raw transaction (0x hex) and its hash.</summary>
    public SignedTransaction Sign(UnsignedTransaction tx)
    {
        if (tx.Legacy)
        {
            // Its gas price is the max fee: the whole price is paid, there is no separate tip.
            var legacy = _legacySigner.SignTransaction(_key.GetPrivateKeyAsBytes(), ChainId, tx.To, tx.Value, tx.Nonce,
                tx.MaxFeePerGas, tx.GasLimit, tx.Data).EnsureHexPrefix();
            return new SignedTransaction(legacy, TransactionUtils.CalculateTransactionHash(legacy).EnsureHexPrefix());
        }
        var transaction = new Transaction1559(ChainId, tx.Nonce, tx.MaxPriorityFeePerGas, tx.MaxFeePerGas, tx.GasLimit,
            tx.To, tx.Value, tx.Data, []);
        var raw = _signer.SignTransaction(_key, transaction).EnsureHexPrefix();
        return new SignedTransaction(raw, TransactionUtils.CalculateTransactionHash(raw).EnsureHexPrefix());
    }

    internal static EthECKey LoadKey(SignerOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.PrivateKey))
        {
            return new EthECKey(options.PrivateKey.Trim());
        }
        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeystoreFile!));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Signer:KeystoreFile {path} does not exist.");
        }
        var password = !string.IsNullOrEmpty(options.KeystorePassword)
            ? options.KeystorePassword
            : File.ReadAllText(Path.GetFullPath(Path.Combine(contentRoot, options.KeystorePasswordFile!))).TrimEnd('\r', '\n');
        try
        {
            return new EthECKey(new KeyStoreService().DecryptKeyStoreFromJson(password, File.ReadAllText(path)), true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Signer:KeystoreFile {path} could not be decrypted (wrong password or not a keystore v3 file): {ex.Message}", ex);
        }
    }
}

/// <summary>
/// What to sign: a type-2 transaction from the service's account, or a legacy one (<paramref name="Legacy"/>) whose gas
/// price is <paramref name="MaxFeePerGas"/>.
/// </summary>
public sealed record UnsignedTransaction(
    BigInteger Nonce, BigInteger MaxPriorityFeePerGas, BigInteger MaxFeePerGas, BigInteger GasLimit,
    string To, BigInteger Value, string Data, bool Legacy = false);

/// <summary>A signed raw transaction (0x hex) and its hash.</summary>
public sealed record SignedTransaction(string Raw, string Hash);
