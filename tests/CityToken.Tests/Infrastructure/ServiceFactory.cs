using CityToken.Api.Chain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// The real service (Program) hosted in-process, pointed at a real chain and a real SQLite file in a
/// folder of its own (or, in the PostgreSQL run, a database of that folder's own: <see cref="TestStorage"/>).
/// </summary>
internal sealed class ServiceFactory(string rpcUrl, string deploymentsDirectory, string dataDirectory) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789abcdefghij";

    /// <summary>Hardhat's account #1 (public test mnemonic): the service's signing account on a local chain.</summary>
    /// <summary>The person-key secret of the test city (Credentials:PersonKeySecret).</summary>
    public const string PersonKeySecret = "test-person-key-secret-0123456789abcdef";

    /// <summary>The test city's key-ring encryption secret (DataProtection:KeyEncryptionSecret).</summary>
    public const string KeyEncryptionSecret = "test-key-ring-secret-0123456789abcdefgh";

    public const string ServiceAccountKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    public string DataDirectory => dataDirectory;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Chain:RpcUrl"] = rpcUrl,
        ["Chain:DeploymentsDirectory"] = deploymentsDirectory,
        ["Chain:StartupWaitSeconds"] = "2",
        ["Chain:RequestTimeoutSeconds"] = "3",
        ["Storage:DataDirectory"] = dataDirectory,
        ["Auth:AdminApiKey"] = AdminKey,
        ["Credentials:PersonKeySecret"] = PersonKeySecret,
        ["DataProtection:KeyEncryptionSecret"] = KeyEncryptionSecret,
        ["Signer:PrivateKey"] = ServiceAccountKey,
        ["Outbox:PollIntervalMilliseconds"] = "100",
        // Intake tests see the queue as they left it; minting tests turn minting on.
        ["Rewards:Minting:Enabled"] = "false",
        // No periodic anchoring: it would anchor the audit chain's head behind a test's back (outbox entries, nonces);
        // anchoring tests run AnchorBatcher themselves.
        ["Anchoring:Enabled"] = "false",
        // Intake suites report actions on fixed days of 2026 (caps per day and month); the backdate tests set 7.
        ["Rewards:MaxBackdateDays"] = "36500",
        // Every test client shares one address (the in-memory server has none; Kestrel hosts use loopback) and many
        // tests make hundreds of anonymous calls: the limits are exercised, never reached. RequestLimitsTests lowers them.
        ["RequestLimits:SignIn:PermitLimit"] = "1000000",
        ["RequestLimits:Relays:PermitLimit"] = "1000000",
        ["RequestLimits:DidResolution:PermitLimit"] = "1000000",
        ["RequestLimits:PublicReads:PermitLimit"] = "1000000",
    };

    /// <summary>Replaces services before the host starts (e.g. a fault-injecting RPC for the outbox).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    public static ServiceFactory For(HardhatNode node, string? dataDirectory = null)
    {
        var factory = new ServiceFactory(node.RpcUrl, node.DeploymentsDirectory, dataDirectory ?? Directory.CreateTempSubdirectory("citytoken-data-").FullName);
        foreach (var (key, value) in TestStorage.SettingsFor(factory.DataDirectory))
        {
            factory.Settings[key] = value;
        }
        if (TestChain.LegacyTransactions)
        {
            factory.Settings["Chain:TransactionType"] = nameof(ChainTransactionType.Legacy);
        }
        return factory;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        // SQLite pools keep the file open; close them so the test's data folder can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (ConfigureTestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }
}
