namespace CityToken.Api.Hosting;

/// <summary>Maps a feature service's <see cref="Outcome{T}"/> to the typed HTTP results an endpoint declares.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome)
    {
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(outcome.Value);
        }
        return outcome.Problem.Errors is null ? AsProblem(outcome.Problem) : AsValidation(outcome.Problem);
    }

    public static Results<Accepted<T>, ValidationProblem, ProblemHttpResult> ToAccepted<T>(this Outcome<T> outcome, Func<T, string?> location)
    {
        if (outcome.Succeeded)
        {
            return TypedResults.Accepted(location(outcome.Value), outcome.Value);
        }
        return outcome.Problem.Errors is null ? AsProblem(outcome.Problem) : AsValidation(outcome.Problem);
    }

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome, Func<T, string?> location)
    {
        if (outcome.Succeeded)
        {
            return TypedResults.Created(location(outcome.Value), outcome.Value);
        }
        return outcome.Problem.Errors is null ? AsProblem(outcome.Problem) : AsValidation(outcome.Problem);
    }

    /// <summary>The problem as problem+json: a validation problem when it has field errors, else a plain problem.</summary>
    public static Results<ValidationProblem, ProblemHttpResult> ToResult(this Problem problem) =>
        problem.Errors is null ? AsProblem(problem) : AsValidation(problem);

    /// <summary>For an endpoint whose service answers no field errors: 200, or the problem (so its description lists no 400 validation answer).</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOkOrProblem<T>(this Outcome<T> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value) : AsProblem(outcome.Problem);

    /// <summary>The problem as plain problem+json, for an endpoint whose service answers no field errors.</summary>
    public static ProblemHttpResult ToProblem(this Problem problem) => AsProblem(problem);

    /// <summary>The problem as a validation problem (400 with its field errors); for problems whose <see cref="Problem.Errors"/> is set.</summary>
    public static ValidationProblem ToValidationProblem(this Problem problem) => AsValidation(problem);

    private static ProblemHttpResult AsProblem(Problem problem) =>
        TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title, extensions: problem.Extensions);

    private static ValidationProblem AsValidation(Problem problem) =>
        TypedResults.ValidationProblem(problem.Errors!, problem.Detail, title: problem.Title, extensions: problem.Extensions);
}
