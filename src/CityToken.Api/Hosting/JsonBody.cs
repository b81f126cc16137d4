using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityToken.Api.Hosting;

/// <summary>Reads a JSON body so that malformed JSON is a 400 problem in every environment, not an exception.</summary>
internal static class JsonBody
{
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest http, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var body = await http.ReadFromJsonAsync<T>(cancellationToken);
            return body is null
                ? (null, TypedResults.Problem("The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest, title: "The body is missing."))
                : (body, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem($"The body must be a JSON object: {ex.Message}", statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON."));
        }
    }
}
