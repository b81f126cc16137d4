using CityToken.Api.Audit;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityToken.Api.Web;

/// <summary>
/// How a dashboard page uses a feature service's <see cref="Outcome{T}"/>: the same service the API endpoint calls, so
/// validation, audit and outbox rules are the same through the dashboard and through the API.
/// </summary>
internal static class PageOutcome
{
    /// <summary>
    /// Passes <paramref name="outcome"/> through; when it succeeded, the page's request is audited as the write the
    /// service made, like the same call with X-Api-Key, on <paramref name="target"/> (an id) when given.
    /// Every dashboard form that changes state runs its service through this.
    /// </summary>
    public static Outcome<T> Audited<T>(this Outcome<T> outcome, HttpContext page, Func<T, object?>? target = null)
    {
        if (outcome.Succeeded && page.Features.Get<StaffAuditFeature>() is { } audit)
        {
            audit.PageWriteSucceeded = true;
            audit.TargetId ??= target?.Invoke(outcome.Value) is { } id ? Convert.ToString(id, CultureInfo.InvariantCulture) : null;
        }
        return outcome;
    }

    /// <summary>Copies a problem's field errors (or its title and detail) into the page's model state; false when there was none.</summary>
    public static bool CopyProblemTo<T>(this Outcome<T> outcome, ModelStateDictionary modelState, Func<string, string>? fieldName = null) =>
        outcome.Problem is { } problem && CopyTo(problem, modelState, fieldName);

    public static bool CopyTo(this Problem problem, ModelStateDictionary modelState, Func<string, string>? fieldName = null)
    {
        if (problem.Errors is not { Count: > 0 } errors)
        {
            modelState.AddModelError("", problem.Errors is null ? $"{problem.Title} {problem.Detail}".Trim() : problem.Title);
            return true;
        }
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(fieldName?.Invoke(field) ?? field, message);
            }
        }
        return true;
    }
}
