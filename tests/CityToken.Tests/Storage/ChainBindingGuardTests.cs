using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CityToken.Tests.Storage;

public sealed class ChainBindingGuardTests
{
    [Test]
    public async Task DatabaseIsKeptOnTheSameChainAndSetAsideWhenTheChainWasReset()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        var database = Path.Combine(data, "citytoken.db");
        var setAside = Path.Combine(data, ChainBindingGuard.SetAsideFolder);

        await using var first = await HardhatNode.StartAsync();
        var firstManifest = await first.DeployAsync();
        await StartAndStopServiceAsync(first, data);
        var boundToFirst = ReadBinding(database);
        Assert.That(boundToFirst.Hash, Is.EqualTo(await BlockHashAsync(first, firstManifest.DeploymentBlock)));

        // Same chain again: the database is reused as it is.
        await StartAndStopServiceAsync(first, data);
        Assert.That(ReadBinding(database), Is.EqualTo(boundToFirst));
        Assert.That(Directory.Exists(setAside), Is.False, "nothing set aside while the chain is the same");

        // The local chain restarts: same chain id, same addresses, but a different chain.
        await first.StopAsync();
        await using var second = await HardhatNode.StartAsync();
        var secondManifest = await second.DeployAsync();
        Assert.That(secondManifest.AddressOf("CivicToken"), Is.EqualTo(firstManifest.AddressOf("CivicToken")),
            "a restarted Hardhat chain reuses addresses, which is why the guard compares block hashes");
        await StartAndStopServiceAsync(second, data);

        var setAsideFiles = Directory.GetFiles(setAside, "*.db");
        Assert.That(setAsideFiles, Has.Length.EqualTo(1), "the old database is moved aside, not deleted");
        Assert.That(ReadBinding(setAsideFiles[0]), Is.EqualTo(boundToFirst), "the set-aside file is the old database");
        var boundToSecond = ReadBinding(database);
        Assert.That(boundToSecond.Hash, Is.EqualTo(await BlockHashAsync(second, secondManifest.DeploymentBlock)));
        Assert.That(boundToSecond.Hash, Is.Not.EqualTo(boundToFirst.Hash));
    }

    [Test]
    public async Task DatabaseIsKeptWhenTheChainCannotBeReachedAtStart()
    {
        var data = Directory.CreateTempSubdirectory("citytoken-data-").FullName;
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        await StartAndStopServiceAsync(node, data);
        var bound = ReadBinding(Path.Combine(data, "citytoken.db"));

        await node.StopAsync();
        await StartAndStopServiceAsync(node, data);

        Assert.That(ReadBinding(Path.Combine(data, "citytoken.db")), Is.EqualTo(bound));
        Assert.That(Directory.Exists(Path.Combine(data, ChainBindingGuard.SetAsideFolder)), Is.False);
    }

    private static async Task StartAndStopServiceAsync(HardhatNode node, string data)
    {
        await using var service = ServiceFactory.For(node, data);
        using var client = service.CreateClient(); // builds and starts the host, which runs the guard
        using var response = await client.GetAsync("/health");
    }

    private static async Task<string> BlockHashAsync(HardhatNode node, long number)
    {
        var block = await node.Web3ForAccount0().Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new Nethereum.RPC.Eth.DTOs.BlockParameter((ulong)number));
        return block.BlockHash;
    }

    private static (long ChainId, long Block, string Hash) ReadBinding(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ChainId, DeploymentBlock, DeploymentBlockHash FROM ChainBindings";
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True, $"{databasePath} has a chain binding");
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
    }
}
