using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// The real service (Program) hosted in-process, pointed at a real chain and a real SQLite file in a
/// folder of its own.
/// </summary>
internal sealed class ServiceFactory(string rpcUrl, string deploymentsDirectory, string dataDirectory) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789abcdefghij";

    public string DataDirectory => dataDirectory;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Chain:RpcUrl"] = rpcUrl,
        ["Chain:DeploymentsDirectory"] = deploymentsDirectory,
        ["Chain:StartupWaitSeconds"] = "2",
        ["Chain:RequestTimeoutSeconds"] = "3",
        ["Storage:DataDirectory"] = dataDirectory,
        ["Auth:AdminApiKey"] = AdminKey,
    };

    public static ServiceFactory For(HardhatNode node, string? dataDirectory = null) =>
        new(node.RpcUrl, node.DeploymentsDirectory, dataDirectory ?? Directory.CreateTempSubdirectory("citytoken-data-").FullName);

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
    }
}
