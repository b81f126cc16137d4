using System.Globalization;
using Nethereum.JsonRpc.Client;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// Which chain node the tests start. Hardhat's node (automine) unless CITYTOKEN_TEST_CHAIN=anvil, then Anvil from the
/// npm package `@foundry-rs/anvil`, mining a block every CITYTOKEN_TEST_BLOCK_TIME seconds when set (automine
/// otherwise) on the hardfork CITYTOKEN_TEST_HARDFORK when set. ./scripts/test.sh runs the EveryChain suite that way.
/// </summary>
internal static class TestChain
{
    /// <summary>True when the tests run on Anvil.</summary>
    public static bool IsAnvil =>
        string.Equals(Environment.GetEnvironmentVariable("CITYTOKEN_TEST_CHAIN"), "anvil", StringComparison.OrdinalIgnoreCase);

    /// <summary>Seconds between blocks on Anvil, or null when every transaction is mined at once (automine).</summary>
    public static int? BlockTimeSeconds =>
        IsAnvil && int.TryParse(Environment.GetEnvironmentVariable("CITYTOKEN_TEST_BLOCK_TIME"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : null;

    /// <summary>The hardfork Anvil runs, or null for its default (the latest).</summary>
    public static string? Hardfork =>
        IsAnvil && Environment.GetEnvironmentVariable("CITYTOKEN_TEST_HARDFORK") is { Length: > 0 } fork ? fork : null;

    /// <summary>
    /// True in the legacy-transaction run (CITYTOKEN_TEST_TRANSACTIONS=legacy): services sign legacy transactions
    /// (Chain:TransactionType Legacy), as on a chain without EIP-1559.
    /// </summary>
    public static bool LegacyTransactions =>
        string.Equals(Environment.GetEnvironmentVariable("CITYTOKEN_TEST_TRANSACTIONS"), "legacy", StringComparison.OrdinalIgnoreCase);

    public static string Name => IsAnvil ? "anvil" : "hardhat";

    public static string Executable => IsAnvil ? Path.Combine(RepoPaths.NodeBin, "anvil") : RepoPaths.Hardhat;

    /// <summary>The node's command line: loopback only, on <paramref name="port"/>, chain id 31337 either way.</summary>
    public static string[] Arguments(int port)
    {
        if (!IsAnvil)
        {
            return ["node", "--hostname", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture)];
        }
        List<string> args = ["--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--chain-id", "31337"];
        if (BlockTimeSeconds is { } seconds)
        {
            args.AddRange(["--block-time", seconds.ToString(CultureInfo.InvariantCulture)]);
        }
        if (Hardfork is { } fork)
        {
            args.AddRange(["--hardfork", fork]);
        }
        return [.. args];
    }

    /// <summary>
    /// Stops mining so several transactions go into one block (<see cref="ResumeMiningAsync"/> mines again as before):
    /// evm_setAutomine on an automining node, evm_setIntervalMining on Anvil with a block time (there evm_setAutomine
    /// would leave interval mining on, and turning it back on would switch the node to automine).
    /// </summary>
    public static Task PauseMiningAsync(IClient client) => BlockTimeSeconds is null
        ? client.SendRequestAsync<object>("evm_setAutomine", null, false)
        : client.SendRequestAsync<object>("evm_setIntervalMining", null, 0);

    /// <summary>Mining as the node was started: automine, or a block every <see cref="BlockTimeSeconds"/>.</summary>
    public static Task ResumeMiningAsync(IClient client) => BlockTimeSeconds is { } seconds
        ? client.SendRequestAsync<object>("evm_setIntervalMining", null, seconds)
        : client.SendRequestAsync<object>("evm_setAutomine", null, true);
}
