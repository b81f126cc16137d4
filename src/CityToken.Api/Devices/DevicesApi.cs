using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using CityToken.Api.Auth;
using CityToken.Api.Hosting;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Devices;

/// <summary>Registering a device: its id (a-z, 0-9, '-', '_', '.'), a name and the program it reports for.</summary>
public sealed record DeviceRequest(string? Id, string? Name, string? Program);

/// <summary>
/// A device; <c>key</c> is present only in the answer that created it (shown once). <c>previousKeyAcceptedUntil</c>:
/// while a rotation's overlap lasts, until when the key it replaced is still accepted (null otherwise).
/// </summary>
public sealed record DeviceResponse(string Id, string Name, string Program, int? KeyId, DateTimeOffset? KeyCreatedAt, string? Key = null,
    DateTimeOffset? PreviousKeyAcceptedUntil = null);

/// <summary>
/// A new device key, shown once. The previous key is still accepted until <c>previousKeyAcceptedUntil</c>
/// (Devices:KeyRotationOverlapMinutes after the rotation), or refused at once (null: no overlap, or <c>immediate</c>).
/// </summary>
public sealed record DeviceKeyResponse(string DeviceId, int KeyId, string Key, DateTimeOffset CreatedAt, DateTimeOffset? PreviousKeyAcceptedUntil);

/// <summary>
/// A device's event: <c>eventId</c> is the device's own id for it (idempotency key); a smart bin sends
/// <c>category</c> and <c>weightKg</c>, other devices <c>quantity</c>; <c>occurredAt</c> defaults to the
/// signed timestamp.
/// </summary>
public sealed record DeviceEvent(string? EventId, string? Resident, JsonElement? Quantity, JsonElement? WeightKg, string? Category,
    DateTimeOffset? OccurredAt, string? Evidence);

public static partial class DevicesApi
{
    public const int MaxEventBytes = 64 * 1024;
    private const string ProtectorPurpose = "CityToken.Devices.Keys.v1";

    /// <summary>Device registry (admin) and the signed device webhook under /api/devices.</summary>
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/devices").WithTags("Devices");
        group.MapPost("/", Create).RequireAuthorization(StaffRoles.Admin)
            .WithName("CreateDevice").WithSummary("Registers a device bound to a program and returns its first HMAC key, shown once (admin).");
        group.MapGet("/", List).RequireAuthorization(StaffRoles.Admin)
            .WithName("ListDevices").WithSummary("Registered devices and when their key was made (admin).");
        group.MapPost("/{deviceId}/keys", Rotate).RequireAuthorization(StaffRoles.Admin)
            .WithName("RotateDeviceKey").WithSummary("Issues a new HMAC key for a device, shown once; the previous key is still accepted for Devices:KeyRotationOverlapMinutes, or refused at once with ?immediate=true (a leaked key) (admin).");
        group.MapPost("/{deviceId}/events", Event).AllowAnonymous().WithMetadata(OwnRequestBodyLimit.Instance)
            .Accepts<DeviceEvent>("application/json")
            .WithName("PostDeviceEvent")
            .WithSummary("A device reports an action, signed: X-CityToken-Timestamp (Unix seconds) and X-CityToken-Signature: sha256=<hex HMAC-SHA256 of \"{timestamp}.{body}\">.");
        return routes;
    }

    internal static async Task<Results<Created<DeviceResponse>, ValidationProblem, ProblemHttpResult>> Create(
        DeviceRequest request, CityTokenDb db, IDataProtectionProvider protection, TimeProvider time, CancellationToken ct)
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
            return TypedResults.ValidationProblem(errors, title: "The device is not valid.");
        }
        if (await db.Set<Device>().AnyAsync(d => d.Id == request.Id, ct))
        {
            return TypedResults.Problem($"A device '{request.Id}' exists already.", statusCode: StatusCodes.Status409Conflict, title: "The device id is taken.");
        }
        var now = time.GetUtcNow();
        var device = new Device { Id = request.Id!, Name = request.Name!.Trim(), ProgramId = program!.Id, CreatedAt = now };
        db.Add(device);
        var (key, secret) = NewKey(device.Id, protection, now);
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/devices/{device.Id}", new DeviceResponse(device.Id, device.Name, program.Slug, key.Id, now, secret));
    }

    internal static async Task<Ok<List<DeviceResponse>>> List(CityTokenDb db, TimeProvider time, CancellationToken ct)
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
        return TypedResults.Ok(rows.Select(r => new DeviceResponse(r.Id, r.Name, r.Slug, r.KeyId, r.KeyCreatedAt, null,
            r.previousUntil is { } until ? DateTimeOffset.FromUnixTimeSeconds(until) : null)).ToList());
    }

    /// <summary>
    /// Replaces the device's key. The previous key stays accepted for the configured overlap so a device can switch
    /// without losing events; <paramref name="immediate"/> (a leaked key) refuses it, and any key still in an earlier
    /// overlap, at once.
    /// </summary>
    internal static async Task<Results<Created<DeviceKeyResponse>, ProblemHttpResult>> Rotate(
        string deviceId, CityTokenDb db, IDataProtectionProvider protection, TimeProvider time, IOptions<DevicesOptions> options,
        CancellationToken ct, bool immediate = false)
    {
        if (!await db.Set<Device>().AnyAsync(d => d.Id == deviceId, ct))
        {
            return DeviceNotFound(deviceId);
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
        var (key, secret) = NewKey(deviceId, protection, now);
        db.Add(key);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/devices/{deviceId}", new DeviceKeyResponse(deviceId, key.Id, secret, now,
            acceptedUntil is { } until ? DateTimeOffset.FromUnixTimeSeconds(until) : null));
    }

    internal static async Task<Results<Accepted<ActionAccepted>, Ok<ActionAccepted>, ValidationProblem, ProblemHttpResult>> Event(
        string deviceId, HttpRequest http, CityTokenDb db, IDataProtectionProvider protection, IntakeService intake, TimeProvider time, CancellationToken ct)
    {
        var device = await db.Set<Device>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == deviceId, ct);
        if (device is null)
        {
            return DeviceNotFound(deviceId);
        }
        var body = await ReadBodyAsync(http.Body, ct);
        if (body is null)
        {
            return TypedResults.Problem($"The event body is larger than {MaxEventBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "The event is too large.");
        }

        // Authenticate: fresh timestamp, then a signature made with the device's current key (or the key it replaced,
        // during the rotation overlap), seen once.
        var now = time.GetUtcNow();
        var timestamp = http.Headers[DeviceSigning.TimestampHeader].ToString();
        if (!DeviceSigning.TryParseTimestamp(timestamp, out var signedAt))
        {
            return Unauthorized($"{DeviceSigning.TimestampHeader} must hold the signing time in Unix seconds.", "The timestamp is missing or malformed.");
        }
        if ((now - signedAt).Duration() > DeviceSigning.ReplayWindow)
        {
            return Unauthorized($"The signed timestamp {signedAt:O} is more than {DeviceSigning.ReplayWindow.TotalMinutes} minutes from the server's time {now:O}.", "The request is stale.");
        }
        if (!DeviceSigning.TryParse(http.Headers[DeviceSigning.SignatureHeader].ToString(), out var presented))
        {
            return Unauthorized($"{DeviceSigning.SignatureHeader} must be sha256=<64 hex digits>.", "The signature is missing or malformed.");
        }
        var protector = protection.CreateProtector(ProtectorPurpose);
        var nowSeconds = now.ToUnixTimeSeconds();
        var keys = await db.Set<DeviceKey>().AsNoTracking()
            .Where(k => k.DeviceId == deviceId && (k.RevokedAt == null || k.AcceptedUntil > nowSeconds)).ToListAsync(ct);
        if (!keys.Any(k => DeviceSigning.Matches(protector.Unprotect(k.ProtectedSecret), timestamp, body, presented)))
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
            return TypedResults.Problem("This signature was already used: sign each request afresh (new timestamp).",
                statusCode: StatusCodes.Status409Conflict, title: "The request is a replay.");
        }

        // The event itself.
        DeviceEvent? deviceEvent;
        try
        {
            deviceEvent = JsonSerializer.Deserialize<DeviceEvent>(body, RewardsJson.Options);
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [ex.Message] }, title: "The event is not valid JSON.");
        }
        if (deviceEvent is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object is required."] }, title: "The event is malformed.");
        }
        var program = await db.Set<RewardProgram>().AsNoTracking().Where(p => p.Id == device.ProgramId).Select(p => p.Slug).SingleAsync(ct);
        var request = new ActionRequest(deviceEvent.EventId, program, deviceEvent.Resident, deviceEvent.WeightKg ?? deviceEvent.Quantity,
            deviceEvent.Category, deviceEvent.OccurredAt ?? signedAt, deviceEvent.Evidence);
        var errors = new Dictionary<string, string[]>();
        var submission = ActionsApi.ToSubmission(request, errors, deviceId);
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
            return TypedResults.ValidationProblem(errors, title: "The event is malformed.");
        }
        var outcome = await intake.SubmitAsync($"device:{deviceId}", submission, ct);
        return ActionsApi.Answer(outcome, submission.ExternalId);
    }

    private static (DeviceKey Key, string Secret) NewKey(string deviceId, IDataProtectionProvider protection, DateTimeOffset now)
    {
        var secret = DeviceSigning.GenerateKey();
        var key = new DeviceKey { DeviceId = deviceId, ProtectedSecret = protection.CreateProtector(ProtectorPurpose).Protect(secret), CreatedAt = now };
        return (key, secret);
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

    private static ProblemHttpResult Unauthorized(string detail, string title) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: title);

    private static ProblemHttpResult DeviceNotFound(string deviceId) =>
        TypedResults.Problem($"No device '{deviceId}'.", statusCode: StatusCodes.Status404NotFound, title: "Device not found.");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex DeviceIdPattern();
}
