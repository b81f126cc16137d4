using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Devices;

/// <summary>Device webhook settings (section "Devices").</summary>
public sealed class DevicesOptions
{
    public const string Section = "Devices";

    /// <summary>
    /// How long a device's previous key is still accepted after its key is rotated, in minutes, so the device can
    /// switch to the new key without losing events; 0 refuses the previous key at once.
    /// </summary>
    [Range(0, 1440)]
    public int KeyRotationOverlapMinutes { get; set; } = 10;

    public TimeSpan KeyRotationOverlap => TimeSpan.FromMinutes(KeyRotationOverlapMinutes);
}
