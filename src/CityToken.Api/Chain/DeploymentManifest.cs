using System.Text.Json.Serialization;

namespace CityToken.Api.Chain;

/// <summary>
/// What a deployment wrote to <c>deployments/&lt;chainId&gt;.json</c> (scripts/deploy.js): the chain,
/// the first block holding any of our contracts, and each contract's address.
/// </summary>
public sealed record DeploymentManifest(
    [property: JsonPropertyName("chainId")] long ChainId,
    [property: JsonPropertyName("deploymentBlock")] long DeploymentBlock,
    [property: JsonPropertyName("contracts")] IReadOnlyDictionary<string, DeployedContract> Contracts,
    [property: JsonPropertyName("roles")] DeploymentRoles? Roles = null)
{
    /// <summary>Address of a contract the service cannot work without.</summary>
    public string AddressOf(string contractName) =>
        Contracts.TryGetValue(contractName, out var contract)
            ? contract.Address
            : throw new DeploymentManifestException($"The deployment manifest has no {contractName} contract.");

    internal static DeploymentManifest Parse(string json, string source)
    {
        DeploymentManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<DeploymentManifest>(json);
        }
        catch (JsonException ex)
        {
            throw new DeploymentManifestException($"{source} is not a valid deployment manifest: {ex.Message}", ex);
        }
        if (manifest?.Contracts is null || manifest.Contracts.Count == 0)
        {
            throw new DeploymentManifestException($"{source} lists no contracts.");
        }
        return manifest;
    }
}

/// <summary>Accounts the deployment gave roles: the admin, and the service's signing account.</summary>
public sealed record DeploymentRoles(
    [property: JsonPropertyName("admin")] string Admin,
    [property: JsonPropertyName("service")] string Service);

/// <summary>One deployed contract.</summary>
public sealed record DeployedContract([property: JsonPropertyName("address")] string Address);

/// <summary>The manifest is missing or unusable; the message says which and what to do.</summary>
public sealed class DeploymentManifestException(string message, Exception? inner = null) : Exception(message, inner);
