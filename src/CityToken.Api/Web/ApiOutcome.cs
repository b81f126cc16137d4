using System.Globalization;
using System.Text.Json;
using CityToken.Api.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityToken.Api.Web;

/// <summary>
/// Reads what an API handler answered when a page calls it in-process: pages run the API's own handlers for
/// every write, so validation, audit and outbox rules are the same through the dashboard and through the API.
/// </summary>
internal static class ApiOutcome
{
    /// <summary>
    /// Passes <paramref name="result"/> through; when it is a success (2xx), the page's request is audited as the write
    /// the API handler made, like the same call with X-Api-Key, on <paramref name="target"/> or what the result created.
    /// Every dashboard form that changes state runs its API handler through this.
    /// </summary>
    public static T Audited<T>(HttpContext page, T result, object? target = null) where T : IResult
    {
        if (Unwrap(result) is IStatusCodeHttpResult { StatusCode: >= 200 and <= 299 } success
            && page.Features.Get<StaffAuditFeature>() is { } audit)
        {
            audit.PageWriteSucceeded = true;
            audit.TargetId ??= target is not null ? Convert.ToString(target, CultureInfo.InvariantCulture)
                : LocationOf(success) is { Length: > 0 } location ? location.TrimEnd('/').Split('/')[^1]
                : null;
        }
        return result;
    }

    /// <summary>The answered value (Ok, Created, Accepted), or default when the handler answered a problem.</summary>
    public static T? ValueOf<T>(IResult result) => Unwrap(result) is IValueHttpResult<T> { Value: { } value } ? value : default;

    /// <summary>Copies a problem's field errors (or its title and detail) into the page's model state; false when there was none.</summary>
    public static bool CopyProblem(IResult result, ModelStateDictionary modelState, Func<string, string>? fieldName = null)
    {
        switch (Unwrap(result))
        {
            case ValidationProblem validation:
                foreach (var (field, messages) in validation.ProblemDetails.Errors)
                {
                    foreach (var message in messages)
                    {
                        modelState.AddModelError(fieldName?.Invoke(field) ?? field, message);
                    }
                }
                if (validation.ProblemDetails.Errors.Count == 0)
                {
                    modelState.AddModelError("", validation.ProblemDetails.Title ?? "The request is not valid.");
                }
                return true;
            case ProblemHttpResult problem:
                modelState.AddModelError("", $"{problem.ProblemDetails.Title} {problem.ProblemDetails.Detail}".Trim());
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A request carrying <paramref name="body"/> as JSON, for the handlers that read their body themselves (so that
    /// secrets such as an official id never sit in a URL): the page's form becomes the body the API would receive.
    /// </summary>
    public static HttpRequest JsonRequest(HttpContext page, object body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web);
        var request = new DefaultHttpContext { RequestServices = page.RequestServices }.Request;
        request.ContentType = "application/json";
        request.ContentLength = bytes.Length;
        request.Body = new MemoryStream(bytes);
        return request;
    }

    /// <summary>Where a Created/Accepted answer points (each generic result type has its own Location property, no shared interface).</summary>
    private static string? LocationOf(object result) => result.GetType().GetProperty("Location")?.GetValue(result) as string;

    private static IResult Unwrap(IResult result) => result is INestedHttpResult nested ? Unwrap(nested.Result) : result;
}
