using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CityToken.Api.KeyRing;

/// <summary>Where the key ring lives: {Storage:DataDirectory}/dataprotection-keys.</summary>
public sealed class KeyRingLocation(DatabaseLocation database)
{
    public const string FolderName = "dataprotection-keys";

    public string Folder { get; } = Path.Combine(database.DataDirectory, FolderName);
}

public static class KeyRingServiceCollectionExtensions
{
    /// <summary>
    /// Data Protection (session cookies, device keys, voucher codes) with its key ring under the data directory (SQLite:
    /// one instance) or in the database (PostgreSQL: every instance reads and writes the same ring, so a cookie made by
    /// one is read by another), each key encrypted at rest with a key derived from DataProtection:KeyEncryptionSecret.
    /// </summary>
    public static IHostApplicationBuilder AddProtectedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<KeyRingOptions>(KeyRingOptions.Section);
        builder.Services.AddSingleton<KeyRingLocation>();
        builder.Services.AddSingleton(SecretKeyEncryptionKeyFactory.Create);
        builder.Services.AddDataProtection().SetApplicationName("CityToken");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                var loggers = services.GetRequiredService<ILoggerFactory>();
                options.XmlRepository = services.GetRequiredService<DatabaseLocation>().Provider == StorageProvider.PostgreSQL
                    ? new EntityFrameworkCoreXmlRepository<CityTokenDb>(services, loggers)
                    : new FileSystemXmlRepository(new DirectoryInfo(services.GetRequiredService<KeyRingLocation>().Folder), loggers);
                options.XmlEncryptor = new SecretXmlEncryptor(services.GetRequiredService<SecretKeyEncryptionKey>());
            }));
        builder.Services.AddHostedService<KeyRingGuard>();
        return builder;
    }
}
