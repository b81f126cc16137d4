using CityToken.Api.Rewards;

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

/// <summary>Device registry (admin) and the signed device webhook under /api/devices; the work is <see cref="DeviceService"/>'s and <see cref="DeviceEventService"/>'s.</summary>
public static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/devices").WithTags("Devices");
        group.MapPost("/", Create).RequireRoles(AccessRules.Admins)
            .WithName("CreateDevice").WithSummary("Registers a device bound to a program and returns its first HMAC key, shown once (admin).");
        group.MapGet("/", List).RequireRoles(AccessRules.Admins)
            .WithName("ListDevices").WithSummary("Registered devices and when their key was made (admin).");
        group.MapPost("/{deviceId}/keys", Rotate).RequireRoles(AccessRules.Admins)
            .WithName("RotateDeviceKey").WithSummary("Issues a new HMAC key for a device, shown once; the previous key is still accepted for Devices:KeyRotationOverlapMinutes, or refused at once with ?immediate=true (a leaked key) (admin).");
        group.MapPost("/{deviceId}/events", Event).AllowAnonymous().WithMetadata(OwnRequestBodyLimit.Instance)
            .Accepts<DeviceEvent>("application/json")
            .WithName("PostDeviceEvent")
            .WithSummary("A device reports an action, signed: X-CityToken-Timestamp (Unix seconds) and X-CityToken-Signature: sha256=<hex HMAC-SHA256 of \"{timestamp}.{body}\">.");
        return routes;
    }

    internal static async Task<Results<Created<DeviceResponse>, ValidationProblem, ProblemHttpResult>> Create(
        DeviceRequest request, DeviceService devices, CancellationToken ct) =>
        (await devices.CreateAsync(request, ct)).ToCreated(device => $"/api/devices/{device.Id}");

    internal static async Task<Ok<List<DeviceResponse>>> List(DeviceService devices, CancellationToken ct) =>
        TypedResults.Ok(await devices.ListAsync(ct));

    internal static async Task<Results<Created<DeviceKeyResponse>, ProblemHttpResult>> Rotate(
        string deviceId, DeviceService devices, CancellationToken ct, bool immediate = false)
    {
        var outcome = await devices.RotateAsync(deviceId, immediate, ct);
        return outcome.Succeeded ? TypedResults.Created($"/api/devices/{deviceId}", outcome.Value) : outcome.Problem.ToProblem();
    }

    internal static async Task<Results<Accepted<ActionAccepted>, Ok<ActionAccepted>, ValidationProblem, ProblemHttpResult>> Event(
        string deviceId, HttpRequest http, DeviceEventService events, CancellationToken ct) =>
        ActionsApi.Answer(await events.ReceiveAsync(deviceId, http.Body,
            http.Headers[DeviceSigning.TimestampHeader].ToString(), http.Headers[DeviceSigning.SignatureHeader].ToString(), ct));
}
