using Nethereum.ABI;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Chain;

/// <summary>
/// ERC-1271 signatures of smart-contract wallets, checked as the contracts check them (OpenZeppelin's SignatureChecker):
/// an address with code accepts a signature over a hash when its <c>isValidSignature(bytes32,bytes)</c> returns
/// 0x1626ba7e. Asked only when a signature does not recover to the address (an account without code never passes here).
/// </summary>
public sealed class ContractSignatures(ChainGateway chain)
{
    /// <summary>The selector of isValidSignature(bytes32,bytes), which is also the value a wallet returns to accept.</summary>
    private const string MagicValue = "1626ba7e";

    /// <summary>
    /// True when <paramref name="address"/> is a contract that accepts <paramref name="signature"/> over <paramref name="hash"/>.
    /// A revert or a malformed answer is a refusal; an unreachable chain throws (the caller answers 503).
    /// </summary>
    public async Task<bool> AcceptsAsync(string address, byte[] hash, byte[] signature)
    {
        var code = await chain.Web3.Eth.GetCode.SendRequestAsync(address);
        if (string.IsNullOrEmpty(code) || code == "0x")
        {
            return false;
        }
        var data = "0x" + MagicValue + new ABIEncode().GetABIEncoded(new ABIValue("bytes32", hash), new ABIValue("bytes", signature)).ToHex();
        try
        {
            var answer = await chain.Web3.Eth.Transactions.Call.SendRequestAsync(new CallInput { To = address, Data = data });
            return answer is { Length: >= 10 } && answer.RemoveHexPrefix().StartsWith(MagicValue, StringComparison.OrdinalIgnoreCase);
        }
        catch (Nethereum.JsonRpc.Client.RpcResponseException)
        {
            // The wallet reverted (or has no such function): it does not accept the signature.
            return false;
        }
    }
}
