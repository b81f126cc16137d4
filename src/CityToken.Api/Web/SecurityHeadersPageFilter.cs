using Microsoft.AspNetCore.Mvc.Filters;

namespace CityToken.Api.Web;

/// <summary>
/// Headers on every page: scripts only from the service itself (no CDN, no inline script: chart data travels as
/// JSON in non-executed script elements; inline styles are allowed, as browsers style form controls with them),
/// no framing, no referrer leaking resident addresses.
/// </summary>
internal sealed class SecurityHeadersPageFilter : IAsyncPageFilter
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
