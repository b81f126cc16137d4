using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityToken.Api.Web;

/// <summary>
/// Reads what an API handler answered when a page calls it in-process: pages run the API's own handlers for
/// every write, so validation, audit and outbox rules are the same through the dashboard and through the API.
/// </summary>
internal static class ApiOutcome
{
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

    private static IResult Unwrap(IResult result) => result is INestedHttpResult nested ? Unwrap(nested.Result) : result;
}
