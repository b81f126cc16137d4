using System.Text.Json;
using Nethereum.Hex.HexTypes;
using Nethereum.Util;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// Deploys tests/contracts/governance/ERC1271WalletMock.sol (the Solidity tests' wallet, compiled by `hardhat compile`
/// into artifacts/tests; no C# binding, being a test contract): a smart-contract wallet that accepts its owner's
/// signatures, as ERC-1271 asks.
/// </summary>
internal static class ContractWallet
{
    /// <summary>Deploys a wallet owned by <paramref name="owner"/> on <paramref name="node"/> and returns its checksummed address.</summary>
    public static async Task<string> DeployAsync(HardhatNode node, string owner)
    {
        var artifact = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "artifacts", "tests", "contracts",
            "governance", "ERC1271WalletMock.sol", "ERC1271WalletMock.json"))).RootElement;
        var web3 = node.Web3ForAccount0();
        var receipt = await web3.Eth.DeployContract.SendRequestAndWaitForReceiptAsync(artifact.GetProperty("abi").GetRawText(),
            artifact.GetProperty("bytecode").GetString(), web3.TransactionManager.Account.Address, new HexBigInteger(1_000_000), null, owner);
        Assert.That(receipt.Status.Value, Is.EqualTo(System.Numerics.BigInteger.One), "wallet deployment failed");
        return AddressUtil.Current.ConvertToChecksumAddress(receipt.ContractAddress);
    }
}
