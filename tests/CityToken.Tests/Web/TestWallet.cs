using System.Text.Json;
using Microsoft.Playwright;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;

namespace CityToken.Tests.Web;

/// <summary>
/// An EIP-1193 provider injected as window.ethereum before any page script runs. It holds no key itself: signing
/// requests go to C# (Playwright's ExposeFunction), where Nethereum signs for real with the account's key —
/// personal_sign (EIP-191) and eth_signTypedData_v4 (EIP-712). Tests flip <c>reject</c> to act as a user who says no.
/// </summary>
internal sealed class TestWallet
{
    /// <summary>Hardhat's account #3 (public test mnemonic): a resident with a known key, for the local chain only.</summary>
    public const string HardhatAccount3Key = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    private const string SignFunction = "__citytokenWalletSign";

    private readonly EthECKey _key;

    public TestWallet(string privateKey, long chainId = 31337)
    {
        _key = new EthECKey(privateKey);
        Address = _key.GetPublicAddress();
        ChainId = chainId;
    }

    /// <summary>A wallet with a fresh random key (an account nobody else on the shared chain touches).</summary>
    public static TestWallet Fresh(long chainId = 31337) => new(EthECKey.GenerateKey().GetPrivateKeyAsBytes().ToHex(prefix: true), chainId);

    /// <summary>The EIP-55 address.</summary>
    public string Address { get; }

    /// <summary>The chain the wallet starts on (a test may start it on the wrong one).</summary>
    public long ChainId { get; }

    /// <summary>Every message the wallet signed with personal_sign, as UTF-8 text.</summary>
    public List<string> SignedMessages { get; } = [];

    public async Task InstallAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync<string, string, string>(SignFunction, Sign);
        await context.AddInitScriptAsync(Script
            .Replace("__ADDRESS__", Address, StringComparison.Ordinal)
            .Replace("__CHAIN_ID__", ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>From now on the wallet refuses to sign or switch, as a user pressing "Reject" does (code 4001).</summary>
    public static Task RejectRequestsAsync(IPage page) => page.EvaluateAsync("() => { window.__citytokenTestWallet.reject = true; }");

    private string Sign(string method, string paramsJson)
    {
        using var parameters = JsonDocument.Parse(paramsJson);
        var args = parameters.RootElement;
        switch (method)
        {
            case "personal_sign":
            {
                RequireOwnAddress(args[1].GetString());
                var data = args[0].GetString() ?? "";
                var bytes = data.IsHex() && data.StartsWith("0x", StringComparison.Ordinal) ? data.HexToByteArray() : System.Text.Encoding.UTF8.GetBytes(data);
                SignedMessages.Add(System.Text.Encoding.UTF8.GetString(bytes));
                return new EthereumMessageSigner().Sign(bytes, _key);
            }
            case "eth_signTypedData_v4":
            {
                RequireOwnAddress(args[0].GetString());
                var typedData = args[1].ValueKind == JsonValueKind.String ? args[1].GetString()! : args[1].GetRawText();
                return new Eip712TypedDataSigner().SignTypedDataV4(typedData, _key);
            }
            default:
                throw new InvalidOperationException($"The test wallet does not sign {method}.");
        }
    }

    private void RequireOwnAddress(string? address)
    {
        if (!string.Equals(address, Address, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The test wallet holds {Address}, not {address}.");
        }
    }

    private const string Script = """
        (() => {
          const config = (window.__citytokenTestWallet = { address: "__ADDRESS__", chainId: __CHAIN_ID__, reject: false });
          const listeners = {};
          const emit = (event, value) => (listeners[event] || []).forEach((listener) => listener(value));
          const rejected = () => Object.assign(new Error("User rejected the request."), { code: 4001 });
          window.ethereum = {
            isCityTokenTestWallet: true,
            async request({ method, params }) {
              switch (method) {
                case "eth_requestAccounts":
                case "eth_accounts":
                  return [config.address];
                case "eth_chainId":
                  return "0x" + config.chainId.toString(16);
                case "net_version":
                  return String(config.chainId);
                case "wallet_switchEthereumChain": {
                  if (config.reject) throw rejected();
                  config.chainId = Number.parseInt(params[0].chainId, 16);
                  emit("chainChanged", params[0].chainId);
                  return null;
                }
                case "personal_sign":
                case "eth_signTypedData_v4":
                  if (config.reject) throw rejected();
                  return await window.__citytokenWalletSign(method, JSON.stringify(params));
                default:
                  throw Object.assign(new Error("The test wallet does not support " + method), { code: 4200 });
              }
            },
            on(event, listener) { (listeners[event] ||= []).push(listener); return this; },
            removeListener(event, listener) { listeners[event] = (listeners[event] || []).filter((l) => l !== listener); return this; },
          };
        })();
        """;
}
