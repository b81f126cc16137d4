namespace CityToken.Api.Chain;

public static class ContractAddress
{
    /// <summary>
    /// The address of <paramref name="contractName"/> in the current deployment manifest; false with a 503 problem
    /// for the caller to answer when there is no usable deployment.
    /// </summary>
    public static bool TryGet(ChainGateway chain, string contractName, out string address, out Problem problem)
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
            problem = Problem.Unavailable("No deployment.", ex.Message);
            return false;
        }
    }
}
