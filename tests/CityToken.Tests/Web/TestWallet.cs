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
/// It also announces itself (EIP-6963) under <see cref="Name"/>, so several test wallets in one browser make the portal
/// offer a choice; one that does not <see cref="KnowsEveryChain"/> answers 4902 to a switch until the chain is added.
/// </summary>
internal sealed class TestWallet
{
    /// <summary>Hardhat's account #3 (public test mnemonic): a resident with a known key, for the local chain only.</summary>
    public const string HardhatAccount3Key = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    private readonly string _id = Guid.NewGuid().ToString("N");

    private readonly EthECKey _key;

    public TestWallet(string privateKey, long chainId = 31337)
    {
        PrivateKey = privateKey;
        _key = new EthECKey(privateKey);
        Address = _key.GetPublicAddress();
        ChainId = chainId;
    }

    /// <summary>A wallet with a fresh random key (an account nobody else on the shared chain touches).</summary>
    public static TestWallet Fresh(long chainId = 31337) => new(EthECKey.GenerateKey().GetPrivateKeyAsBytes().ToHex(prefix: true), chainId);

    /// <summary>The key, for a second wallet object on the same account (another name, another way of being found).</summary>
    public string PrivateKey { get; }

    /// <summary>The EIP-55 address.</summary>
    public string Address { get; }

    /// <summary>The chain the wallet starts on (a test may start it on the wrong one).</summary>
    public long ChainId { get; }

    /// <summary>The name the wallet announces (EIP-6963 <c>info.name</c>).</summary>
    public string Name { get; init; } = "CityToken Test Wallet";

    /// <summary>Whether the wallet also sets window.ethereum (false: it only announces itself, as wallets now may).</summary>
    public bool Injected { get; init; } = true;

    /// <summary>Whether the wallet announces itself (false: an older wallet, found through window.ethereum only).</summary>
    public bool Announced { get; init; } = true;

    /// <summary>False: the wallet knows only the chain it starts on; switching elsewhere fails with 4902 until added.</summary>
    public bool KnowsEveryChain { get; init; } = true;

    /// <summary>True: the user says no when the page asks to add a chain (4001), yet switches between known chains.</summary>
    public bool DeclinesAddingChains { get; init; }

    /// <summary>Every message the wallet signed with personal_sign, as UTF-8 text.</summary>
    public List<string> SignedMessages { get; } = [];

    public async Task InstallAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync<string, string, string>("__citytokenWalletSign_" + _id, Sign);
        await context.AddInitScriptAsync(Script
            .Replace("__ID__", _id, StringComparison.Ordinal)
            .Replace("__NAME__", JsonSerializer.Serialize(Name), StringComparison.Ordinal)
            .Replace("__INJECTED__", Injected ? "true" : "false", StringComparison.Ordinal)
            .Replace("__ANNOUNCED__", Announced ? "true" : "false", StringComparison.Ordinal)
            .Replace("__DECLINES_ADD__", DeclinesAddingChains ? "true" : "false", StringComparison.Ordinal)
            .Replace("__KNOWS_EVERY_CHAIN__", KnowsEveryChain ? "true" : "false", StringComparison.Ordinal)
            .Replace("__ADDRESS__", Address, StringComparison.Ordinal)
            .Replace("__CHAIN_ID__", ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>What the page asked this wallet for: <c>added</c> (wallet_addEthereumChain params) and <c>watched</c> (wallet_watchAsset), as JSON.</summary>
    public async Task<JsonElement> RequestsAsync(IPage page) =>
        await page.EvaluateAsync<JsonElement>($"() => JSON.parse(JSON.stringify({{ added: window.__citytokenTestWallets['{_id}'].added, watched: window.__citytokenTestWallets['{_id}'].watched, chainId: window.__citytokenTestWallets['{_id}'].chainId }}))");

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
          const config = { address: "__ADDRESS__", chainId: __CHAIN_ID__, reject: false, known: [__CHAIN_ID__], added: [], watched: [] };
          (window.__citytokenTestWallets ||= {})["__ID__"] = config;
          const sign = (method, params) => window["__citytokenWalletSign___ID__"](method, JSON.stringify(params));
          const listeners = {};
          const emit = (event, value) => (listeners[event] || []).forEach((listener) => listener(value));
          const rejected = () => Object.assign(new Error("User rejected the request."), { code: 4001 });
          const provider = {
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
                  const target = Number.parseInt(params[0].chainId, 16);
                  if (!__KNOWS_EVERY_CHAIN__ && !config.known.includes(target)) {
                    throw Object.assign(new Error("Unrecognized chain ID " + params[0].chainId + "."), { code: 4902 });
                  }
                  config.chainId = target;
                  emit("chainChanged", params[0].chainId);
                  return null;
                }
                case "wallet_addEthereumChain": {
                  // Like MetaMask: the user approves adding the chain and switching to it.
                  if (config.reject || __DECLINES_ADD__) throw rejected();
                  config.added.push(params[0]);
                  config.known.push(Number.parseInt(params[0].chainId, 16));
                  config.chainId = Number.parseInt(params[0].chainId, 16);
                  emit("chainChanged", params[0].chainId);
                  return null;
                }
                case "wallet_watchAsset":
                  if (config.reject) throw rejected();
                  config.watched.push(params);
                  return true;
                case "personal_sign":
                case "eth_signTypedData_v4":
                  if (config.reject) throw rejected();
                  return await sign(method, params);
                default:
                  throw Object.assign(new Error("The test wallet does not support " + method), { code: 4200 });
              }
            },
            on(event, listener) { (listeners[event] ||= []).push(listener); return this; },
            removeListener(event, listener) { listeners[event] = (listeners[event] || []).filter((l) => l !== listener); return this; },
          };
          if (__INJECTED__) {
            window.ethereum = provider;
            window.__citytokenTestWallet = config; // what RejectRequestsAsync flips
          }
          if (__ANNOUNCED__) {
            const icon = "data:image/svg+xml," + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#2a7"/></svg>');
            const info = Object.freeze({ uuid: "__ID__", name: __NAME__, icon, rdns: "org.citytoken.test.__ID__" });
            const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
            window.addEventListener("eip6963:requestProvider", announce);
            announce();
          }
        })();
        """;
}
