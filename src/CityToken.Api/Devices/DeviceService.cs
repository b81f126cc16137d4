using System.Text.RegularExpressions;
using CityToken.Api.Rewards;
using Microsoft.AspNetCore.DataProtection;

namespace CityToken.Api.Devices;

/// <summary>
/// The device registry: registering a device with its first HMAC key, listing devices, rotating a key. Keys are
/// kept encrypted (Data Protection) and shown once, in the answer that made them. Used by /api/devices and the dashboard.
/// </summary>
public sealed partial class DeviceService(CityTokenDb db, IDataProtectionProvider protection, TimeProvider time, IOptions<DevicesOptions> options)
{
    /// <summary>The Data Protection purpose of device keys (the webhook unprotects with it).</summary>
    internal const string ProtectorPurpose = "CityToken.Devices.Keys.v1";

    public async Task<Outcome<DeviceResponse>> CreateAsync(DeviceRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Id is null || !DeviceIdPattern().IsMatch(request.Id))
        {
            errors["id"] = ["Required: 2 to 64 characters of a-z, 0-9, '-', '_', '.'."];
        }
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["Required, at most 200 characters."];
        }
        var program = request.Program is null ? null : await db.Set<RewardProgram>().SingleOrDefaultAsync(p => p.Slug == request.Program, ct);
        if (program is null)
        {
            errors["program"] = [$"Required: the slug of an existing program{(request.Program is null ? "" : $" ('{request.Program}' is unknown)")}."];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, "The device is not valid.");
        }
        if (await db.Set<Device>().AnyAsync(d => d.Id == request.Id, ct))
        {
            return Problem.Conflict("The device id is taken.", $"A device '{request.Id}' exists already.");
        }
        var now = time.GetUtcNow();
        var device = new Device { Id = request.Id!, Name = request.Name!.Trim(), ProgramId = program!.Id, CreatedAt = now };
        db.Add(device);
        var (key, secret) = NewKey(device.Id, now);
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return new DeviceResponse(device.Id, device.Name, program.Slug, key.Id, now, secret);
    }

    public async Task<List<DeviceResponse>> ListAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var rows = await (
            from d in db.Set<Device>().AsNoTracking()
            join p in db.Set<RewardProgram>() on d.ProgramId equals p.Id
            let key = db.Set<DeviceKey>().Where(k => k.DeviceId == d.Id && k.RevokedAt == null).OrderByDescending(k => k.Id).FirstOrDefault()
            let previousUntil = db.Set<DeviceKey>().Where(k => k.DeviceId == d.Id && k.RevokedAt != null && k.AcceptedUntil > now).Max(k => k.AcceptedUntil)
            orderby d.Id
            select new { d.Id, d.Name, p.Slug, KeyId = key == null ? (int?)null : key.Id, KeyCreatedAt = key == null ? (DateTimeOffset?)null : key.CreatedAt, previousUntil })
            .ToListAsync(ct);
        return rows.Select(r => new DeviceResponse(r.Id, r.Name, r.Slug, r.KeyId, r.KeyCreatedAt, null,
            r.previousUntil is { } until ? DateTimeOffset.FromUnixTimeSeconds(until) : null)).ToList();
    }

    /// <summary>
    /// Replaces the device's key. The previous key stays accepted for the configured overlap so a device can switch
    /// without losing events; <paramref name="immediate"/> (a leaked key) refuses it, and any key still in an earlier
    /// overlap, at once.
    /// </summary>
    public async Task<Outcome<DeviceKeyResponse>> RotateAsync(string deviceId, bool immediate, CancellationToken ct)
    {
        if (!await db.Set<Device>().AnyAsync(d => d.Id == deviceId, ct))
        {
            return NotFound(deviceId);
        }
        var now = time.GetUtcNow();
        var overlap = immediate ? TimeSpan.Zero : options.Value.KeyRotationOverlap;
        long? acceptedUntil = overlap > TimeSpan.Zero ? (now + overlap).ToUnixTimeSeconds() : null;
        // One transaction: a device is never left with its key revoked and no new one.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (immediate)
        {
            await db.Set<DeviceKey>().Where(k => k.DeviceId == deviceId && k.AcceptedUntil != null)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.AcceptedUntil, (long?)null), ct);
        }
        await db.Set<DeviceKey>().Where(k => k.DeviceId == deviceId && k.RevokedAt == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.AcceptedUntil, acceptedUntil), ct);
        var (key, secret) = NewKey(deviceId, now);
        db.Add(key);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DeviceKeyResponse(deviceId, key.Id, secret, now, acceptedUntil is { } until ? DateTimeOffset.FromUnixTimeSeconds(until) : null);
    }

    internal static Problem NotFound(string deviceId) => Problem.NotFound("Device not found.", $"No device '{deviceId}'.");

    private (DeviceKey Key, string Secret) NewKey(string deviceId, DateTimeOffset now)
    {
        var secret = DeviceSigning.GenerateKey();
        var key = new DeviceKey { DeviceId = deviceId, ProtectedSecret = protection.CreateProtector(ProtectorPurpose).Protect(secret), CreatedAt = now };
        return (key, secret);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex DeviceIdPattern();
}
