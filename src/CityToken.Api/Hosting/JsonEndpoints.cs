namespace CityToken.Api.Hosting;

/// <summary>The one shape of an endpoint that takes a JSON body, written once.</summary>
internal static class JsonEndpoints
{
    /// <summary>
    /// Reads the body as <typeparamref name="TBody"/> (a missing, malformed or oversized body is the same 400/413 problem
    /// as ever, and no service runs), hands it to <paramref name="service"/>, and answers <paramref name="success"/> of
    /// its value or its problem as problem+json.
    /// </summary>
    public static async Task<Results<TSuccess, ValidationProblem, ProblemHttpResult>> RunWithJsonAsync<TBody, T, TSuccess>(
        this HttpRequest http, Func<TBody, Task<Outcome<T>>> service, Func<T, TSuccess> success, CancellationToken cancellationToken)
        where TBody : class
        where TSuccess : IResult
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<TBody>(http, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }
        var outcome = await service(body);
        if (outcome.Succeeded)
        {
            return success(outcome.Value);
        }
        var problem = outcome.Problem.ToResult().Result;
        if (problem is ValidationProblem validation)
        {
            return validation;
        }
        return (ProblemHttpResult)problem;
    }
}
