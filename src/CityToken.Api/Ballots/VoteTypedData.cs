using System.Text.Json.Nodes;
using Nethereum.ABI.EIP712;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Signer.EIP712;

namespace CityToken.Api.Ballots;

/// <summary>BallotBox's signed vote struct: <c>Vote(address voter,uint256 ballotId,uint256 option,uint256 nonce,uint256 deadline)</c>.</summary>
[Struct("Vote")]
public sealed class VoteMessage
{
    [Parameter("address", "voter", 1)]
    public string Voter { get; set; } = "";

    [Parameter("uint256", "ballotId", 2)]
    public BigInteger BallotId { get; set; }

    [Parameter("uint256", "option", 3)]
    public BigInteger Option { get; set; }

    [Parameter("uint256", "nonce", 4)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 5)]
    public BigInteger Deadline { get; set; }
}

/// <summary>
/// The EIP-712 typed data of a vote, as wallets sign it (eth_signTypedData_v4) and as BallotBox.castVoteBySig checks
/// it, and recovery of its signer with Nethereum's Eip712TypedDataSigner.
/// </summary>
public static class VoteTypedData
{
    private static readonly Eip712TypedDataSigner Signer = new();

    /// <summary>
    /// <c>{ domain, types, primaryType, message }</c> for eth_signTypedData_v4. uint256 values are decimal strings (as
    /// wallets accept them; JSON numbers lose precision above 2^53); the chain id is a number, as wallets compare it
    /// with the connected chain. ethers' <c>signTypedData(domain, types, message)</c> takes <c>types</c> without
    /// EIP712Domain.
    /// </summary>
    public static JsonObject ToJson(Eip712DomainInfo domain, VoteMessage message) => new()
    {
        ["domain"] = new JsonObject
        {
            ["name"] = domain.Name,
            ["version"] = domain.Version,
            ["chainId"] = (long)domain.ChainId,
            ["verifyingContract"] = domain.VerifyingContract,
        },
        ["types"] = new JsonObject
        {
            ["EIP712Domain"] = Fields(("name", "string"), ("version", "string"), ("chainId", "uint256"), ("verifyingContract", "address")),
            ["Vote"] = Fields(("voter", "address"), ("ballotId", "uint256"), ("option", "uint256"), ("nonce", "uint256"), ("deadline", "uint256")),
        },
        ["primaryType"] = "Vote",
        ["message"] = new JsonObject
        {
            ["voter"] = message.Voter,
            ["ballotId"] = Text(message.BallotId),
            ["option"] = Text(message.Option),
            ["nonce"] = Text(message.Nonce),
            ["deadline"] = Text(message.Deadline),
        },
    };

    /// <summary>The address whose key signed <paramref name="message"/> in <paramref name="domain"/>; null for a malformed signature.</summary>
    public static string? RecoverSigner(Eip712DomainInfo domain, VoteMessage message, string signature)
    {
        try
        {
            return Signer.RecoverFromSignatureV4(message, TypedDataOf(domain), signature);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IndexOutOfRangeException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The EIP-712 digest of <paramref name="message"/> in <paramref name="domain"/>: what a smart-contract wallet's isValidSignature is asked about.</summary>
    public static byte[] Digest(Eip712DomainInfo domain, VoteMessage message) =>
        Nethereum.Util.Sha3Keccack.Current.CalculateHash(Signer.EncodeTypedData(message, TypedDataOf(domain)));

    private static TypedData<Domain> TypedDataOf(Eip712DomainInfo domain) => new()
    {
        Domain = new Domain
        {
            Name = domain.Name,
            Version = domain.Version,
            ChainId = domain.ChainId,
            VerifyingContract = domain.VerifyingContract,
        },
        Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(VoteMessage)),
        PrimaryType = "Vote",
    };

    private static JsonArray Fields(params (string Name, string Type)[] fields) =>
        new([.. fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type })]);

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
