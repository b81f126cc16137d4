using System.Text;
using Nethereum.ABI;
using Nethereum.Util;

namespace CityToken.Api.Redemptions;

/// <summary>
/// What the resident chose, as RewardCatalog checks it in <c>redeemWithPermit</c>:
/// <c>Redemption(address resident,uint256 rewardId,uint256 quantity,uint256 price,uint256 nonce,uint256 deadline)</c>,
/// with the resident's catalog nonce. The permit signs only an amount; this binds the reward, quantity and price to it.
/// </summary>
public sealed record RedemptionMessage(string Resident, long RewardId, BigInteger Quantity, BigInteger Price, BigInteger Nonce, long Deadline);

/// <summary>The JSON any wallet signs with <c>eth_signTypedData_v4</c>. uint256 values are decimal strings.</summary>
public sealed record RedemptionTypedDataView(
    PermitDomainView Domain, IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types, string PrimaryType, RedemptionMessageView Message);

public sealed record RedemptionMessageView(string Resident, string RewardId, string Quantity, string Price, string Nonce, long Deadline);

/// <summary>Hashing and signer recovery of the resident's <see cref="RedemptionMessage"/>, exactly as RewardCatalog computes them.</summary>
public static class RedemptionTypedData
{
    private static readonly byte[] RedemptionTypeHash =
        Keccak("Redemption(address resident,uint256 rewardId,uint256 quantity,uint256 price,uint256 nonce,uint256 deadline)");

    public static RedemptionTypedDataView View(PermitDomain domain, RedemptionMessage message) => new(
        new PermitDomainView(domain.Name, domain.Version, domain.ChainId, domain.VerifyingContract),
        new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            ["EIP712Domain"] =
            [
                new("name", "string"), new("version", "string"), new("chainId", "uint256"), new("verifyingContract", "address"),
            ],
            ["Redemption"] =
            [
                new("resident", "address"), new("rewardId", "uint256"), new("quantity", "uint256"), new("price", "uint256"),
                new("nonce", "uint256"), new("deadline", "uint256"),
            ],
        },
        "Redemption",
        new RedemptionMessageView(message.Resident, message.RewardId.ToString(CultureInfo.InvariantCulture), Text(message.Quantity),
            Text(message.Price), Text(message.Nonce), message.Deadline));

    /// <summary>The EIP-712 digest a wallet signs for <paramref name="message"/> under the catalog's <paramref name="domain"/>.</summary>
    public static byte[] Digest(PermitDomain domain, RedemptionMessage message)
    {
        var abi = new ABIEncode();
        var structHash = Sha3Keccack.Current.CalculateHash(abi.GetABIEncoded(
            new ABIValue("bytes32", RedemptionTypeHash),
            new ABIValue("address", message.Resident),
            new ABIValue("uint256", new BigInteger(message.RewardId)),
            new ABIValue("uint256", message.Quantity),
            new ABIValue("uint256", message.Price),
            new ABIValue("uint256", message.Nonce),
            new ABIValue("uint256", new BigInteger(message.Deadline))));
        return Sha3Keccack.Current.CalculateHash([0x19, 0x01, .. PermitTypedData.DomainSeparator(domain), .. structHash]);
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] Keccak(string text) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text));
}
