namespace CityToken.Api.Hosting;

/// <summary>
/// The way back from an HTTP problem that a lower layer still answers (<c>ContractAddress.TryGet</c>,
/// <c>RelaySimulator.RefuseIfRevertsAsync</c>) to a feature service's <see cref="Problem"/>: same status, title, detail
/// and extensions, so the endpoint maps it back to the very same problem+json.
/// </summary>
internal static class HttpProblems
{
    public static Problem ToProblem(this ProblemHttpResult result) =>
        new(result.StatusCode, result.ProblemDetails.Title ?? "", result.ProblemDetails.Detail)
        {
            Extensions = result.ProblemDetails.Extensions.Count == 0 ? null : new Dictionary<string, object?>(result.ProblemDetails.Extensions),
        };
}
