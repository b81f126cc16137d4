using System.Diagnostics.CodeAnalysis;

namespace CityToken.Api.Hosting;

/// <summary>
/// Why a feature service did not do what it was asked, in the terms of RFC 7807 but without HTTP types: endpoints map
/// it to problem+json (<see cref="OutcomeResults"/>), dashboard pages to their model state. <see cref="Errors"/> set:
/// a validation problem (field → messages, status 400).
/// </summary>
public sealed record Problem(int Status, string Title, string? Detail = null)
{
    public const string InvalidTitle = "The request is not valid.";

    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static Problem Invalid(IReadOnlyDictionary<string, string[]> errors, string title = InvalidTitle, string? detail = null) =>
        new(StatusCodes.Status400BadRequest, title, detail) { Errors = errors };

    public static Problem Invalid(string field, string message, string title = InvalidTitle) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, title);

    public static Problem BadRequest(string title, string? detail = null) => new(StatusCodes.Status400BadRequest, title, detail);

    public static Problem Forbidden(string title, string? detail = null) => new(StatusCodes.Status403Forbidden, title, detail);

    public static Problem NotFound(string title, string? detail = null) => new(StatusCodes.Status404NotFound, title, detail);

    public static Problem Conflict(string title, string? detail = null) => new(StatusCodes.Status409Conflict, title, detail);

    public static Problem Unavailable(string title, string? detail = null) => new(StatusCodes.Status503ServiceUnavailable, title, detail);

    /// <summary>This problem with one more extension member (e.g. a machine-readable <c>code</c>).</summary>
    public Problem With(string name, object? value) =>
        this with { Extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>()) { [name] = value } };
}

/// <summary>
/// What a feature service answers: the value it produced, or the <see cref="Hosting.Problem"/> that stopped it. Plain
/// inputs in, an outcome out, no <c>HttpContext</c>: the endpoint and the dashboard page call the same service.
/// </summary>
public readonly struct Outcome<T>
{
    private Outcome(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);
}
