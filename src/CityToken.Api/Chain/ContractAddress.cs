namespace CityToken.Api.Chain;

public static class ContractAddress
{
    /// <summary>
    /// The address of <paramref name="contractName"/> in the current deployment manifest; false with a 503 problem
    /// for the caller to return when there is no usable deployment.
    /// </summary>
    public static bool TryGet(ChainGateway chain, string contractName, out string address, out ProblemHttpResult problem)
    {
        try
        {
            address = chain.Manifest.AddressOf(contractName);
            problem = null!;
            return true;
        }
        catch (DeploymentManifestException ex)
        {
            address = "";
            problem = TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No deployment.");
            return false;
        }
    }
}
