using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CityToken.Api.KeyRing;

/// <summary>
/// AES-256-GCM under a key derived (HKDF-SHA256) from <see cref="KeyRingOptions.KeyEncryptionSecret"/>. The element
/// written names the secret by a short fingerprint, so a ring read with another secret fails with a clear reason.
/// </summary>
public sealed class SecretKeyEncryptionKey
{
    public static readonly XNamespace Namespace = "urn:citytoken:dataprotection:v1";
    public static readonly XName EncryptedKeyName = Namespace + "encryptedKey";

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SecretKeyEncryptionKey(string secret)
    {
        var material = Encoding.UTF8.GetBytes(secret);
        var salt = Encoding.UTF8.GetBytes("CityToken key ring");
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 32, salt, Encoding.UTF8.GetBytes("key-encryption-key"));
        Fingerprint = Convert.ToHexStringLower(HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 8, salt, Encoding.UTF8.GetBytes("fingerprint")));
    }

    /// <summary>Names the secret without revealing it (64 bits of a separate HKDF output).</summary>
    public string Fingerprint { get; }

    public XElement Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length), Associated());
        }
        return new XElement(EncryptedKeyName,
            new XComment(" AES-256-GCM under a key derived from DataProtection:KeyEncryptionSecret "),
            new XElement(Namespace + "secret", Fingerprint),
            new XElement(Namespace + "value", Convert.ToBase64String(sealedBytes)));
    }

    public XElement Decrypt(XElement encryptedElement)
    {
        var fingerprint = (string?)encryptedElement.Element(Namespace + "secret");
        if (fingerprint != Fingerprint)
        {
            throw new CryptographicException(
                $"This key was encrypted with another DataProtection:KeyEncryptionSecret (fingerprint {fingerprint}, the configured secret's is {Fingerprint}).");
        }
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element(Namespace + "value") ?? "");
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The encrypted key is truncated.");
        }
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plaintext, Associated());
        }
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }

    /// <summary>Binds each ciphertext to this format, so it cannot be passed off as anything else.</summary>
    private static byte[] Associated() => Encoding.UTF8.GetBytes(Namespace.NamespaceName);
}

/// <summary>Encrypts the ring's secret elements as Data Protection writes new keys.</summary>
public sealed class SecretXmlEncryptor(SecretKeyEncryptionKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(key.Encrypt(plaintextElement), typeof(SecretXmlDecryptor));
}

/// <summary>Decrypts them again; Data Protection creates it by type, with the service provider (hence the constructor).</summary>
public sealed class SecretXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        services.GetRequiredService<SecretKeyEncryptionKey>().Decrypt(encryptedElement);
}

internal static class SecretKeyEncryptionKeyFactory
{
    public static SecretKeyEncryptionKey Create(IServiceProvider services) =>
        new(services.GetRequiredService<IOptions<KeyRingOptions>>().Value.KeyEncryptionSecret
            ?? throw new InvalidOperationException("DataProtection:KeyEncryptionSecret is not set."));
}
