using System.Text;
using Nethereum.ABI;
using Nethereum.Signer;
using Nethereum.Util;

namespace CityToken.Api.Redemptions;

/// <summary>The EIP-712 domain of CivicToken's permits, as the token reports it (ERC-5267 <c>eip712Domain()</c>).</summary>
public sealed record PermitDomain(string Name, string Version, long ChainId, string VerifyingContract);

/// <summary>An ERC-2612 permit: <c>owner</c> lets <c>spender</c> take <c>value</c> base units, once (<c>nonce</c>), until <c>deadline</c>.</summary>
public sealed record PermitMessage(string Owner, string Spender, BigInteger Value, BigInteger Nonce, long Deadline);

/// <summary>One field of an EIP-712 struct type.</summary>
public sealed record TypedDataField(string Name, string Type);

/// <summary>The JSON any wallet signs with <c>eth_signTypedData_v4</c>. uint256 values are decimal strings.</summary>
public sealed record PermitTypedDataView(
    PermitDomainView Domain, IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types, string PrimaryType, PermitMessageView Message);

public sealed record PermitDomainView(string Name, string Version, long ChainId, string VerifyingContract);

public sealed record PermitMessageView(string Owner, string Spender, string Value, string Nonce, long Deadline);

/// <summary>ERC-2612 permit hashing and signer recovery, exactly as OpenZeppelin's ERC20Permit checks them.</summary>
public static class PermitTypedData
{
    private static readonly byte[] DomainTypeHash = Keccak("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    private static readonly byte[] PermitTypeHash = Keccak("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    public static PermitTypedDataView View(PermitDomain domain, PermitMessage message) => new(
        new PermitDomainView(domain.Name, domain.Version, domain.ChainId, domain.VerifyingContract),
        new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            ["EIP712Domain"] =
            [
                new("name", "string"), new("version", "string"), new("chainId", "uint256"), new("verifyingContract", "address"),
            ],
            ["Permit"] =
            [
                new("owner", "address"), new("spender", "address"), new("value", "uint256"), new("nonce", "uint256"), new("deadline", "uint256"),
            ],
        },
        "Permit",
        new PermitMessageView(message.Owner, message.Spender, message.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            message.Nonce.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Deadline));

    /// <summary>The EIP-712 digest a wallet signs for <paramref name="message"/> under <paramref name="domain"/>.</summary>
    public static byte[] Digest(PermitDomain domain, PermitMessage message)
    {
        var abi = new ABIEncode();
        var domainSeparator = DomainSeparator(domain);
        var structHash = Sha3Keccack.Current.CalculateHash(abi.GetABIEncoded(
            new ABIValue("bytes32", PermitTypeHash),
            new ABIValue("address", message.Owner),
            new ABIValue("address", message.Spender),
            new ABIValue("uint256", message.Value),
            new ABIValue("uint256", message.Nonce),
            new ABIValue("uint256", new BigInteger(message.Deadline))));
        return Sha3Keccack.Current.CalculateHash([0x19, 0x01, .. domainSeparator, .. structHash]);
    }

    /// <summary>The EIP-712 domain separator of <paramref name="domain"/> (name, version, chainId, verifyingContract).</summary>
    public static byte[] DomainSeparator(PermitDomain domain) => Sha3Keccack.Current.CalculateHash(new ABIEncode().GetABIEncoded(
        new ABIValue("bytes32", DomainTypeHash),
        new ABIValue("bytes32", Keccak(domain.Name)),
        new ABIValue("bytes32", Keccak(domain.Version)),
        new ABIValue("uint256", new BigInteger(domain.ChainId)),
        new ABIValue("address", domain.VerifyingContract)));

    /// <summary>
    /// Splits a 65-byte signature (r ‖ s ‖ v, v as 27/28 or 0/1) into the parts <c>redeemWithPermit</c> takes;
    /// refuses what the token would refuse (bad length, v, a zero or out-of-range r or s, or a high s).
    /// </summary>
    public static bool TryParseSignature(string? hex, out PermitSignature signature, out string error)
    {
        signature = default;
        if (EcdsaSignature.Defect(hex, acceptRecoveryIdAsV: true) is { } defect)
        {
            error = defect;
            return false;
        }
        var bytes = Convert.FromHexString(hex.AsSpan(2));
        var v = bytes[64] < 27 ? (byte)(bytes[64] + 27) : bytes[64];
        signature = new PermitSignature(bytes[..32], bytes[32..64], v);
        error = "";
        return true;
    }

    /// <summary>
    /// The address whose key produced <paramref name="signature"/> over <paramref name="digest"/> (checksummed), or null when
    /// no key did (r or s zero or out of range, no point on the curve): a malformed signature, never an exception.
    /// </summary>
    public static string? Recover(byte[] digest, PermitSignature signature)
    {
        var r = new BigInteger(signature.R, isUnsigned: true, isBigEndian: true);
        var s = new BigInteger(signature.S, isUnsigned: true, isBigEndian: true);
        if (r.IsZero || s.IsZero || r >= EcdsaSignature.CurveOrder)
        {
            return null;
        }
        try
        {
            var ecdsa = EthECDSASignatureFactory.FromComponents(signature.R, signature.S, signature.V);
            return AddressUtil.Current.ConvertToChecksumAddress(EthECKey.RecoverFromSignature(ecdsa, digest).GetPublicAddress());
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or ArithmeticException or NullReferenceException)
        {
            return null;
        }
    }

    private static byte[] Keccak(string text) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text));
}

/// <summary>A permit signature's parts, v normalised to 27/28.</summary>
public readonly record struct PermitSignature(byte[] R, byte[] S, byte V);
