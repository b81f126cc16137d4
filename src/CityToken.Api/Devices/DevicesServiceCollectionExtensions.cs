using CityToken.Api.KeyRing;

namespace CityToken.Api.Devices;

public static class DevicesServiceCollectionExtensions
{
    /// <summary>Folder under the data directory that holds the Data Protection keys (they encrypt device keys).</summary>
    public const string KeysFolder = KeyRingLocation.FolderName;

    /// <summary>Device registry and webhook: its options, their services, Data Protection with its key ring, encrypted at rest, under the data directory.</summary>
    public static IHostApplicationBuilder AddDevices(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DevicesOptions>(DevicesOptions.Section);
        builder.Services.AddScoped<DeviceService>();
        builder.Services.AddScoped<DeviceEventService>();
        return builder.AddProtectedKeyRing();
    }
}
