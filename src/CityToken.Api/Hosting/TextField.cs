namespace CityToken.Api.Hosting;

/// <summary>A free-text field of a request body, trimmed and bounded, with the message a validation problem shows.</summary>
public static class TextField
{
    /// <summary>
    /// The trimmed text of <paramref name="value"/>: null (with an error for <paramref name="field"/>) when required and
    /// empty, or longer than <paramref name="max"/>; "" when optional and empty.
    /// </summary>
    public static string? Read(string? value, string field, int max, IDictionary<string, string[]> errors, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors[field] = [$"Required: 1 to {max} characters."];
            }
            return required ? null : "";
        }
        if (text.Length > max)
        {
            errors[field] = [$"At most {max} characters."];
            return null;
        }
        return text;
    }
}
