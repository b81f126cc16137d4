using Microsoft.AspNetCore.Mvc;

namespace CityToken.Api.Web;

/// <summary>
/// A dashboard page's CSV download: the page's handler runs the same export as the API (with the page's filters, under
/// the staff session, which the API's schemes do not read) and writes its file, or its problem, to the response.
/// </summary>
internal static class PageDownloads
{
    /// <summary>The query string of a page's export link: the page's filters (blank ones left out), the handler, and the Excel switch.</summary>
    public static Dictionary<string, string?> ExportRoute(IEnumerable<KeyValuePair<string, string?>> filters, bool excel)
    {
        var route = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value);
        route["handler"] = "Export";
        if (excel)
        {
            route[CsvExportResults.ExcelSwitch] = "true";
        }
        return route;
    }

    public static async Task<IActionResult> SendAsync(this IResult result, HttpContext context)
    {
        await result.ExecuteAsync(context);
        return new EmptyResult();
    }
}
