using CityToken.Api.Audit;
using CityToken.Api.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Api.Web.Pages.Admin.Programs;

/// <summary>A program's audit trail: who changed what and when, settings before and after.</summary>
public sealed class AuditModel(ProgramService programs, CityTokenDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    public List<ProgramAuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((await programs.AuditAsync(Slug, ct)).Value is not { } entries)
        {
            return NotFound();
        }
        Entries = entries;
        Entries.Reverse();
        return Page();
    }

    /// <summary>GET ?handler=Export: the staff audit trail of writes to this program as CSV, the same file as GET /api/audit/export?target={slug}.</summary>
    public Task<IActionResult> OnGetExportAsync(bool? excel) => AuditApi.Export(actor: null, target: Slug, excel, db).SendAsync(HttpContext);

    /// <summary>The settings that differ between before and after, as "field: before → after".</summary>
    public static IEnumerable<string> Changes(ProgramAuditEntry entry)
    {
        var after = entry.After.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        if (entry.Before is not { } before)
        {
            return after.Select(a => $"{a.Key}: {a.Value}");
        }
        var old = before.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        return after.Keys.Union(old.Keys)
            .Where(k => old.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {old.GetValueOrDefault(k) ?? "–"} → {after.GetValueOrDefault(k) ?? "–"}");
    }
}
