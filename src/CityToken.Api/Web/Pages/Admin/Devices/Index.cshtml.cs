using CityToken.Api.Devices;
using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Devices;

/// <summary>
/// Devices: register one (its first HMAC key), rotate a key (the previous one stays accepted for the configured
/// overlap, or is refused at once for a leaked key). A key is shown once, in the answer to the POST that
/// made it; it is never stored readable nor put in TempData.
/// </summary>
public sealed class IndexModel(DeviceService devices, CityTokenDb db, IOptions<DevicesOptions> options) : PageModel
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
        var id = DeviceId?.Trim();
        var outcome = (await devices.CreateAsync(new DeviceRequest(id, Name, Program), ct)).Audited(HttpContext, _ => id);
        if (!outcome.CopyProblemTo(ModelState, field => field == "id" ? nameof(DeviceId) : char.ToUpperInvariant(field[0]) + field[1..])
            && outcome.Value is { Key: { } key } device)
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
        var outcome = (await devices.RotateAsync(id, immediate, ct)).Audited(HttpContext, _ => id);
        if (!outcome.CopyProblemTo(ModelState) && outcome.Value is { } key)
        {
            NewKey = (key.DeviceId, key.Key);
            (Rotated, PreviousKeyAcceptedUntil) = (true, key.PreviousKeyAcceptedUntil);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Devices = await devices.ListAsync(ct);
        Programs = await db.Set<RewardProgram>().AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(ct);
        // A page holding a key must not be cached anywhere.
        Response.Headers.CacheControl = "no-store";
    }
}
