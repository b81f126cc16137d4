namespace CityToken.Api.Chain;

/// <summary>The deployed contracts' names, as the deployment manifest and the Hardhat artifacts spell them.</summary>
public static class ContractNames
{
    public const string CivicToken = "CivicToken";
    public const string EthereumDIDRegistry = "EthereumDIDRegistry";
    public const string CredentialRegistry = "CredentialRegistry";
    public const string BallotBox = "BallotBox";
    public const string RewardCatalog = "RewardCatalog";
    public const string RecordAnchor = "RecordAnchor";
    public const string PublicFunds = "PublicFunds";
}
