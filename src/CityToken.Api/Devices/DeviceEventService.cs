using CityToken.Api.Rewards;
using Microsoft.AspNetCore.DataProtection;

namespace CityToken.Api.Devices;

/// <summary>
/// A device's signed event: checks the timestamp and the HMAC signature (current key, or the key it replaced during
/// the rotation overlap), refuses a replayed signature, and reports the event as a civic action for <c>device:{id}</c>.
/// </summary>
public sealed class DeviceEventService(CityTokenDb db, IDataProtectionProvider protection, ActionService actions, TimeProvider time)
{
    public const int MaxEventBytes = 64 * 1024;

    /// <summary>
    /// Receives <paramref name="body"/> (at most <see cref="MaxEventBytes"/>) signed with <paramref name="timestamp"/> and
    /// <paramref name="signature"/> (the X-CityToken-Timestamp and X-CityToken-Signature headers as sent).
    /// </summary>
    public async Task<Outcome<ActionReported>> ReceiveAsync(string deviceId, Stream body, string timestamp, string signature, CancellationToken ct)
    {
        var device = await db.Set<Device>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == deviceId, ct);
        if (device is null)
        {
            return DeviceService.NotFound(deviceId);
        }
        var bytes = await ReadBodyAsync(body, ct);
        if (bytes is null)
        {
            return new Problem(StatusCodes.Status413PayloadTooLarge, "The event is too large.", $"The event body is larger than {MaxEventBytes} bytes.");
        }

        // Authenticate: fresh timestamp, then a signature made with the device's current key (or the key it replaced,
        // during the rotation overlap), seen once.
        var now = time.GetUtcNow();
        if (!DeviceSigning.TryParseTimestamp(timestamp, out var signedAt))
        {
            return Unauthorized($"{DeviceSigning.TimestampHeader} must hold the signing time in Unix seconds.", "The timestamp is missing or malformed.");
        }
        if ((now - signedAt).Duration() > DeviceSigning.ReplayWindow)
        {
            return Unauthorized($"The signed timestamp {signedAt:O} is more than {DeviceSigning.ReplayWindow.TotalMinutes} minutes from the server's time {now:O}.", "The request is stale.");
        }
        if (!DeviceSigning.TryParse(signature, out var presented))
        {
            return Unauthorized($"{DeviceSigning.SignatureHeader} must be sha256=<64 hex digits>.", "The signature is missing or malformed.");
        }
        var protector = protection.CreateProtector(DeviceService.ProtectorPurpose);
        var nowSeconds = now.ToUnixTimeSeconds();
        var keys = await db.Set<DeviceKey>().AsNoTracking()
            .Where(k => k.DeviceId == deviceId && (k.RevokedAt == null || k.AcceptedUntil > nowSeconds)).ToListAsync(ct);
        if (!keys.Any(k => DeviceSigning.Matches(protector.Unprotect(k.ProtectedSecret), timestamp, bytes, presented)))
        {
            return Unauthorized("The signature does not match the body and timestamp under the device's current key.", "The signature is not valid.");
        }
        var seen = now.ToUnixTimeSeconds();
        await db.Set<DeviceSignature>().Where(s => s.SeenAt < seen - 2 * (long)DeviceSigning.ReplayWindow.TotalSeconds).ExecuteDeleteAsync(ct);
        db.Add(new DeviceSignature { DeviceId = deviceId, Signature = Convert.ToHexStringLower(presented), SeenAt = seen });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problem.Conflict("The request is a replay.", "This signature was already used: sign each request afresh (new timestamp).");
        }

        // The event itself.
        DeviceEvent? deviceEvent;
        try
        {
            deviceEvent = JsonSerializer.Deserialize<DeviceEvent>(bytes, RewardsJson.Options);
        }
        catch (JsonException ex)
        {
            return Problem.Invalid("body", ex.Message, "The event is not valid JSON.");
        }
        if (deviceEvent is null)
        {
            return Problem.Invalid("body", "A JSON object is required.", "The event is malformed.");
        }
        var program = await db.Set<RewardProgram>().AsNoTracking().Where(p => p.Id == device.ProgramId).Select(p => p.Slug).SingleAsync(ct);
        var request = new ActionRequest(deviceEvent.EventId, program, deviceEvent.Resident, deviceEvent.WeightKg ?? deviceEvent.Quantity,
            deviceEvent.Category, deviceEvent.OccurredAt ?? signedAt, deviceEvent.Evidence);
        var errors = new Dictionary<string, string[]>();
        var submission = ActionSubmissions.From(request, errors, deviceId);
        if (submission is null)
        {
            if (errors.Remove("externalId", out var idErrors))
            {
                errors["eventId"] = idErrors;
            }
            if (errors.Remove("quantity", out var quantityErrors))
            {
                errors["weightKg"] = quantityErrors;
            }
            return Problem.Invalid(errors, "The event is malformed.");
        }
        return await actions.SubmitAsync($"device:{deviceId}", submission, ct);
    }

    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxEventBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Problem Unauthorized(string detail, string title) => new(StatusCodes.Status401Unauthorized, title, detail);
}
