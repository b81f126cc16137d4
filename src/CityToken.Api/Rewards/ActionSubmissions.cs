namespace CityToken.Api.Rewards;

/// <summary>
/// The shape check of a reported action (4xx at the door), shared by the REST intake, the CSV rows and device events;
/// the program's rules are checked by intake afterwards (202, then queued or rejected).
/// </summary>
public static class ActionSubmissions
{
    /// <summary>The submission <paramref name="request"/> describes, or null with <paramref name="errors"/> (field → messages) filled.</summary>
    public static ActionSubmission? From(ActionRequest request, Dictionary<string, string[]> errors, string? deviceId = null)
    {
        Required("externalId", request.ExternalId, 200, errors);
        Required("program", request.Program, 100, errors);
        Required("resident", request.Resident, 200, errors);
        if (request.Category is { Length: > 50 })
        {
            errors["category"] = ["At most 50 characters."];
        }
        if (request.Evidence is { Length: > 2000 })
        {
            errors["evidence"] = ["At most 2000 characters."];
        }
        string? quantity = null;
        if (request.Quantity is not { } q || q.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            errors["quantity"] = ["Required: a number such as 2.5."];
        }
        else
        {
            quantity = q.ValueKind == JsonValueKind.String ? q.GetString() : q.GetRawText();
            if (quantity is null || quantity.Length > 64)
            {
                errors["quantity"] = ["A number of at most 64 characters."];
            }
        }
        if (request.OccurredAt is null)
        {
            errors["occurredAt"] = ["Required: when the action happened, ISO 8601 with an offset (2026-03-01T10:15:00Z)."];
        }
        return errors.Count > 0
            ? null
            : new ActionSubmission(request.ExternalId!, request.Program!, request.Resident!, quantity!, NullIfBlank(request.Category),
                request.OccurredAt!.Value, NullIfBlank(request.Evidence), deviceId);
    }

    internal static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Required(string field, string? value, int maxLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
    }
}
