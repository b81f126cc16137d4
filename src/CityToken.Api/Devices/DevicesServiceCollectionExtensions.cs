using CityToken.Api.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Devices;

public static class DevicesServiceCollectionExtensions
{
    /// <summary>Folder under the data directory that holds the Data Protection keys (they encrypt device keys).</summary>
    public const string KeysFolder = "dataprotection-keys";

    /// <summary>Device registry and webhook: its options, Data Protection with its keys persisted under the data directory.</summary>
    public static IHostApplicationBuilder AddDevices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DevicesOptions>()
            .Bind(builder.Configuration.GetSection(DevicesOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddDataProtection().SetApplicationName("CityToken");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                var folder = new DirectoryInfo(Path.Combine(services.GetRequiredService<DatabaseLocation>().DataDirectory, KeysFolder));
                options.XmlRepository = new FileSystemXmlRepository(folder, services.GetRequiredService<ILoggerFactory>());
            }));
        return builder;
    }
}
