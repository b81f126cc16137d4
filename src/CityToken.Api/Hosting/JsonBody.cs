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
        catch (BadHttpRequestException ex) when (RequestBodyLimit.IsTooLarge(ex))
        {
            return (null, TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large."));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem($"The body must be a JSON object: {ex.Message}", statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON."));
        }
    }

    /// <summary>The text of a value sent as a JSON string or a JSON number (numbers as written); null for anything else.</summary>
    public static string? NumberText(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };

    /// <summary>
    /// A whole number sent as a JSON string or number: 1 to <paramref name="maxDigits"/> ASCII digits, no sign, no
    /// fraction, no exponent. Callers add their own bounds.
    /// </summary>
    public static bool TryReadWholeNumber(JsonElement? value, int maxDigits, out BigInteger number)
    {
        number = BigInteger.Zero;
        return NumberText(value) is { Length: > 0 } text
            && text.Length <= maxDigits
            && text.All(char.IsAsciiDigit)
            && BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
