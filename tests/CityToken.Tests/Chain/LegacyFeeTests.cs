using System.Net;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;

namespace CityToken.Tests.Chain;

/// <summary>
/// How the outbox prices a transaction on a chain without EIP-1559 (no base fee in the latest block): fee history when
/// the node has it, eth_gasPrice when it has not (or only empty blocks), the cap over both.
/// The node is a scripted JSON-RPC answerer behind Nethereum's real HTTP client (fault injection: no real node lacks
/// EIP-1559 and runs these contracts, which need Cancun's opcodes).
/// </summary>
public sealed class LegacyFeeTests
{
    private static readonly BigInteger Gwei = 1_000_000_000;

    private static OutboxFeePolicy Policy(int capGwei = 500) =>
        new(Options.Create(new OutboxOptions { MaxFeePerGasGwei = capGwei, FeeBumpPercent = 25, DefaultPriorityFeeGwei = 1 }));

    [Test]
    public async Task WithoutABaseFeeTheGasPriceIsTheMedianOfTheRecentBlocksRewards()
    {
        var node = new ScriptedNode(baseFee: null) { Rewards = ["0x0", "0x77359400", "0xb2d05e00", "0x3b9aca00"] }; // 0, 2, 3, 1 gwei
        var market = await node.Rpc().GetFeesAsync(CancellationToken.None);

        Assert.That(market, Is.EqualTo(new OutboxFeeMarket(0, 2 * Gwei, Legacy: true)), "the empty block's zero left out; median of 1, 2, 3");
        Assert.That(Policy().Quote(market), Is.EqualTo(new OutboxFees(2 * Gwei, 2 * Gwei, Legacy: true)));
        Assert.That(node.Calls, Does.Not.Contain("eth_gasPrice"));
    }

    [TestCase(true, TestName = "FeeHistoryNotImplementedFallsBackToEthGasPrice")]
    [TestCase(false, TestName = "OnlyEmptyBlocksFallBackToEthGasPrice")]
    public async Task WithoutFeeHistoryTheNodesGasPriceIsUsed(bool historyFails)
    {
        var node = new ScriptedNode(baseFee: null) { FeeHistoryFails = historyFails, Rewards = ["0x0", "0x0"], GasPrice = 7 * Gwei };
        var market = await node.Rpc().GetFeesAsync(CancellationToken.None);

        Assert.That(market, Is.EqualTo(new OutboxFeeMarket(0, 7 * Gwei, Legacy: true)));
        Assert.That(node.Calls, Does.Contain("eth_gasPrice"));
    }

    [Test]
    public async Task TheCapHoldsTheGasPriceAndAReplacementAboveItWaits()
    {
        var node = new ScriptedNode(baseFee: null) { FeeHistoryFails = true, GasPrice = 900 * Gwei };
        var policy = Policy(capGwei: 100);
        var quote = policy.Quote(await node.Rpc().GetFeesAsync(CancellationToken.None));

        Assert.That(quote, Is.EqualTo(new OutboxFees(100 * Gwei, 100 * Gwei, Legacy: true)));
        var market = new OutboxFeeMarket(0, 10 * Gwei, Legacy: true);
        Assert.That(policy.Replacement(new OutboxFees(10 * Gwei, 10 * Gwei, true), policy.Quote(market)),
            Is.EqualTo(new OutboxFees(12_500_000_000, 12_500_000_000, Legacy: true)), "one price, bumped by 25 %");
        Assert.That(policy.Replacement(quote, policy.Quote(market)), Is.Null, "125 gwei would exceed the cap");
    }

    [Test]
    public async Task WithABaseFeeTheChainIsEip1559UnlessLegacyIsConfigured()
    {
        var node = new ScriptedNode(baseFee: 5 * Gwei) { Rewards = ["0x3b9aca00"] };

        Assert.That(await node.Rpc().GetFeesAsync(CancellationToken.None), Is.EqualTo(new OutboxFeeMarket(5 * Gwei, 3 * Gwei)),
            "eth_maxPriorityFeePerGas as before");
        var forced = await node.Rpc(ChainTransactionType.Legacy).GetFeesAsync(CancellationToken.None);
        Assert.That(forced, Is.EqualTo(new OutboxFeeMarket(5 * Gwei, Gwei, Legacy: true)));
        Assert.That(Policy().Quote(forced), Is.EqualTo(new OutboxFees(11 * Gwei, 11 * Gwei, Legacy: true)), "twice the base fee plus the reward");
    }

    /// <summary>Answers the fee calls as a node would: the latest block (with or without a base fee), fee history, gas price.</summary>
    private sealed class ScriptedNode(BigInteger? baseFee) : HttpMessageHandler
    {
        public string[] Rewards { get; init; } = [];

        public bool FeeHistoryFails { get; init; }

        public BigInteger GasPrice { get; init; } = Gwei;

        public List<string> Calls { get; } = [];

        public NethereumOutboxRpc Rpc(ChainTransactionType type = ChainTransactionType.Auto) =>
            new(new RpcClient(new Uri("http://127.0.0.1:1"), new HttpClient(this)), type);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!;
            var method = body["method"]!.GetValue<string>();
            Calls.Add(method);
            JsonObject answer = new() { ["jsonrpc"] = "2.0", ["id"] = body["id"]!.DeepClone() };
            switch (method)
            {
                case "eth_getBlockByNumber":
                    var block = new JsonObject { ["number"] = "0x10" };
                    if (baseFee is { } fee)
                    {
                        block["baseFeePerGas"] = Hex(fee);
                    }
                    answer["result"] = block;
                    break;
                case "eth_feeHistory" when FeeHistoryFails:
                case "eth_maxPriorityFeePerGas" when baseFee is null:
                    answer["error"] = new JsonObject { ["code"] = -32601, ["message"] = $"the method {method} does not exist/is not available" };
                    break;
                case "eth_feeHistory":
                    answer["result"] = new JsonObject { ["reward"] = new JsonArray([.. Rewards.Select(r => (JsonNode)new JsonArray(r))]) };
                    break;
                case "eth_maxPriorityFeePerGas":
                    answer["result"] = Hex(3 * Gwei);
                    break;
                case "eth_gasPrice":
                    answer["result"] = Hex(GasPrice);
                    break;
                default:
                    throw new InvalidOperationException($"unexpected {method}");
            }
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") };
        }

        private static string Hex(BigInteger value) => "0x" + value.ToString("x").TrimStart('0');
    }
}
