using CityToken.Api.Devices;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Web.Pages.Admin.Devices;

/// <summary>
/// Devices: register one (its first HMAC key), rotate a key (the previous one stays accepted for the configured
/// overlap, or is refused at once for a leaked key). A key is shown once, in the answer to the POST that
/// made it; it is never stored readable nor put in TempData.
/// </summary>
public sealed class IndexModel(CityTokenDb db, IDataProtectionProvider protection, TimeProvider time, IOptions<DevicesOptions> options) : PageModel
{
    public List<DeviceResponse> Devices { get; private set; } = [];
    public List<string> Programs { get; private set; } = [];

    [BindProperty] public string? DeviceId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Program { get; set; }

    /// <summary>The device and key just made, shown once.</summary>
    public (string DeviceId, string Key)? NewKey { get; private set; }

    /// <summary>The key shown replaced another one.</summary>
    public bool Rotated { get; private set; }

    /// <summary>After a rotation: until when the replaced key is still accepted (null: refused at once).</summary>
    public DateTimeOffset? PreviousKeyAcceptedUntil { get; private set; }

    /// <summary>The configured rotation overlap (Devices:KeyRotationOverlapMinutes).</summary>
    public int OverlapMinutes => options.Value.KeyRotationOverlapMinutes;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        var result = ApiOutcome.Audited(HttpContext, await DevicesApi.Create(new DeviceRequest(DeviceId?.Trim(), Name, Program), db, protection, time, ct), DeviceId?.Trim());
        if (!ApiOutcome.CopyProblem(result, ModelState, field => field == "id" ? nameof(DeviceId) : char.ToUpperInvariant(field[0]) + field[1..])
            && ApiOutcome.ValueOf<DeviceResponse>(result) is { Key: { } key } device)
        {
            NewKey = (device.Id, key);
            (DeviceId, Name) = (null, null);
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Rotates a device's key; <paramref name="immediate"/> (a leaked key) refuses the previous key at once.</summary>
    public async Task<IActionResult> OnPostRotateAsync(string id, bool immediate, CancellationToken ct)
    {
        var result = ApiOutcome.Audited(HttpContext, await DevicesApi.Rotate(id, db, protection, time, options, ct, immediate), id);
        if (!ApiOutcome.CopyProblem(result, ModelState) && ApiOutcome.ValueOf<DeviceKeyResponse>(result) is { } key)
        {
            NewKey = (key.DeviceId, key.Key);
            (Rotated, PreviousKeyAcceptedUntil) = (true, key.PreviousKeyAcceptedUntil);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Devices = ApiOutcome.ValueOf<List<DeviceResponse>>(await DevicesApi.List(db, time, ct)) ?? [];
        Programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(ct);
        // A page holding a key must not be cached anywhere.
        Response.Headers.CacheControl = "no-store";
    }
}
