using Microsoft.AspNetCore.Mvc;

namespace CityToken.Api.Auth;

/// <summary>Writes 401/403 answers as problem+json from authentication handlers (never a redirect).</summary>
internal static class AuthProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        if (!written)
        {
            // The caller did not accept JSON: the status alone still says it all.
            await context.Response.WriteAsync(title, context.RequestAborted);
        }
    }

    public static Task UnauthorizedAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status401Unauthorized, "Authentication required.", detail);

    public static Task ForbiddenAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Not allowed.",
            "The authenticated caller's roles do not allow this request (or the resource belongs to another resident).");
}
