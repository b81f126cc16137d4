using System.Security.Cryptography;
using System.Xml.Linq;

namespace CityToken.Api.KeyRing;

/// <summary>
/// Before anything reads the key ring (Data Protection warms it up as a hosted service, and would make a new key
/// when it cannot read the old ones): refuses to start when a stored key cannot be decrypted with the configured
/// secret, and encrypts the keys written unencrypted by an earlier version, so cookies, device keys and voucher codes
/// made before the upgrade stay readable.
/// </summary>
public sealed partial class KeyRingGuard(
    KeyRingLocation location,
    DatabaseLocation database,
    IServiceScopeFactory scopes,
    SecretKeyEncryptionKey key,
    ILogger<KeyRingGuard> logger) : IHostedLifecycleService
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == StorageProvider.PostgreSQL)
        {
            // The ring in the database was only ever written encrypted: check that this secret reads it.
            await using var scope = scopes.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<CityTokenDb>().DataProtectionKeys.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var stored in keys.Where(k => k.Xml is not null))
            {
                EnsureDecryptable(XDocument.Parse(stored.Xml!), stored.FriendlyName ?? $"#{stored.Id}", "the database");
            }
            return;
        }
        if (!Directory.Exists(location.Folder))
        {
            return;
        }
        var reprotected = 0;
        foreach (var path in Directory.EnumerateFiles(location.Folder, "*.xml"))
        {
            var document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
            EnsureDecryptable(document, Path.GetFileName(path), location.Folder);
            var plaintext = document.Descendants().Where(e => (string?)e.Attribute(RequiresEncryption) == "true").ToList();
            if (plaintext.Count == 0)
            {
                continue;
            }
            // As Data Protection itself writes an encrypted secret (XmlEncryptionExtensions.EncryptIfNecessary).
            foreach (var secret in plaintext)
            {
                secret.ReplaceWith(new XElement(EncryptedSecret,
                    new XComment($" This key is encrypted with {nameof(SecretXmlDecryptor)}. "),
                    new XAttribute("decryptorType", typeof(SecretXmlDecryptor).AssemblyQualifiedName!),
                    key.Encrypt(secret)));
            }
            // Written beside, then moved over the old file: a crash leaves either the old file or the new one.
            var temporary = path + ".tmp";
            document.Save(temporary, SaveOptions.DisableFormatting);
            File.Move(temporary, path, overwrite: true);
            reprotected++;
        }
        if (reprotected > 0)
        {
            LogReprotected(logger, reprotected, location.Folder);
        }
    }

    /// <summary>Throws, stopping the start, when a key of <paramref name="document"/> cannot be decrypted with the configured secret.</summary>
    private void EnsureDecryptable(XDocument document, string name, string where)
    {
        foreach (var encrypted in document.Descendants(EncryptedSecret).ToList())
        {
            if (encrypted.Elements(SecretKeyEncryptionKey.EncryptedKeyName).SingleOrDefault() is not { } ours)
            {
                continue;
            }
            try
            {
                key.Decrypt(ours);
            }
            catch (Exception e) when (e is CryptographicException or FormatException)
            {
                throw new InvalidOperationException(
                    $"The Data Protection key {name} in {where} cannot be decrypted with DataProtection:KeyEncryptionSecret: {e.Message} " +
                    "Start with the secret the key ring was written with (./scripts/start.sh keeps it in data/dataprotection-secret).", e);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Encrypted {Count} Data Protection key file(s) in {Folder} that an earlier version stored unencrypted")]
    private static partial void LogReprotected(ILogger logger, int count, string folder);
}
