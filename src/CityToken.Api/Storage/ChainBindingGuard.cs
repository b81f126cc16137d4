using Microsoft.Data.Sqlite;

namespace CityToken.Api.Storage;

/// <summary>
/// Keeps the database true to its chain. A local Hardhat chain forgets everything when its node stops;
/// a database built from it would then describe a chain that no longer exists. At start-up the guard
/// compares the chain recorded in the database with the deployment the chain holds now and, when they
/// differ, moves the old database aside (never deletes it) so the service starts clean.
/// </summary>
public sealed partial class ChainBindingGuard(
    ChainGateway chain,
    DatabaseLocation location,
    DatabaseMutex mutex,
    IServiceScopeFactory scopes,
    IOptions<ChainOptions> chainOptions,
    TimeProvider time,
    ILogger<ChainBindingGuard> logger)
{
    /// <summary>Where set-aside databases go, inside the data directory.</summary>
    public const string SetAsideFolder = "set-aside";

    /// <summary>The start-up's advisory lock key (set aside, migrate, bind): "CTstart" as a number.</summary>
    private const long StartupLockKey = 0x4354_7374_6172_74;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(location.DataDirectory);
        // Instances that start together do not set aside or migrate at the same time (PostgreSQL; nothing on SQLite).
        await using var startup = await mutex.AcquireAsync(StartupLockKey, cancellationToken);
        var postgres = location.Provider == StorageProvider.PostgreSQL ? new PostgresDatabaseBinding(location.ConnectionString) : null;
        var current = await WaitForDeploymentAsync(cancellationToken);
        if (current is not null)
        {
            var recorded = postgres is not null ? await postgres.ReadAsync(cancellationToken)
                : File.Exists(location.DatabasePath) ? ReadRecordedBinding() : null;
            if (recorded is not null && !SameDeployment(recorded, current))
            {
                var destination = postgres is not null ? await postgres.SetAsideAsync(Stamp(recorded), cancellationToken) : SetAside(recorded);
                LogSetAside(logger, location.Description, recorded.ChainId, recorded.DeploymentBlock,
                    recorded.DeploymentBlockHash, destination);
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead log: a commit is one append and fsync of the log instead of the rollback journal's several
            // fsyncs, and readers never wait for the writer. Stored in the file, so set once. synchronous stays FULL
            // (the default), so a committed transaction survives a power cut.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (current is not null && !await db.ChainBindings.AnyAsync(cancellationToken))
        {
            current.BoundAt = time.GetUtcNow();
            db.ChainBindings.Add(current);
            await db.SaveChangesAsync(cancellationToken);
            LogBound(logger, location.Description, current.ChainId, current.DeploymentBlock, current.DeploymentBlockHash);
        }
    }

    /// <summary>Names a set-aside database: its chain and when it was set aside.</summary>
    private string Stamp(ChainBinding recorded) =>
        $"chain{recorded.ChainId}_" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture).ToLowerInvariant();

    /// <summary>The deployment the chain holds now, or null when it cannot be learnt in the start-up wait.</summary>
    private async Task<ChainBinding?> WaitForDeploymentAsync(CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow().AddSeconds(chainOptions.Value.StartupWaitSeconds);
        while (true)
        {
            string problem;
            try
            {
                var status = await chain.ProbeAsync(cancellationToken);
                var hash = await chain.GetBlockHashAsync(status.Manifest.DeploymentBlock);
                if (status.Problem is null && hash is not null)
                {
                    return new ChainBinding
                    {
                        ChainId = status.ChainId,
                        DeploymentBlock = status.Manifest.DeploymentBlock,
                        DeploymentBlockHash = hash,
                        TokenAddress = status.Manifest.AddressOf(ContractNames.CivicToken),
                    };
                }
                problem = status.Problem ?? $"block {status.Manifest.DeploymentBlock} does not exist on the chain";
            }
            catch (DeploymentManifestException ex)
            {
                problem = ex.Message;
            }
            catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
            {
                problem = ChainErrors.Describe(ex, chainOptions.Value.RpcUrl);
            }
            if (time.GetUtcNow() >= deadline)
            {
                LogUnverified(logger, problem);
                return null;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }
    }

    private ChainBinding? ReadRecordedBinding()
    {
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder(location.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ChainBindings'";
        if (command.ExecuteScalar() is null)
        {
            return null;
        }
        command.CommandText = "SELECT ChainId, DeploymentBlock, DeploymentBlockHash, TokenAddress FROM ChainBindings LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? ChainBinding.FromRow(reader)
            : null;
    }

    private static bool SameDeployment(ChainBinding a, ChainBinding b) =>
        a.ChainId == b.ChainId
        && a.DeploymentBlock == b.DeploymentBlock
        && string.Equals(a.DeploymentBlockHash, b.DeploymentBlockHash, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.TokenAddress, b.TokenAddress, StringComparison.OrdinalIgnoreCase);

    /// <summary>Moves the database and its WAL files into the set-aside folder; returns the new path.</summary>
    private string SetAside(ChainBinding recorded)
    {
        SqliteConnection.ClearAllPools();
        var folder = Path.Combine(location.DataDirectory, SetAsideFolder);
        Directory.CreateDirectory(folder);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var name = Path.GetFileNameWithoutExtension(location.DatabasePath);
        var destination = Path.Combine(folder, $"{name}-chain{recorded.ChainId}-{stamp}.db");
        for (var n = 2; File.Exists(destination); n++)
        {
            destination = Path.Combine(folder, $"{name}-chain{recorded.ChainId}-{stamp}-{n}.db");
        }
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(location.DatabasePath + suffix))
            {
                File.Move(location.DatabasePath + suffix, destination + suffix);
            }
        }
        File.Move(location.DatabasePath, destination);
        return destination;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "The database {Database} was built from a deployment on chain {ChainId} at block {Block} ({BlockHash}) that no longer exists. " +
        "It was moved aside to {Destination} (nothing was deleted); starting with a new database.")]
    private static partial void LogSetAside(ILogger logger, string database, long chainId, long block, string blockHash, string destination);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Database {Database} belongs to chain {ChainId}, deployment at block {Block} ({BlockHash}).")]
    private static partial void LogBound(ILogger logger, string database, long chainId, long block, string blockHash);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Could not check which chain the database belongs to ({Problem}); keeping it and checking again at the next start.")]
    private static partial void LogUnverified(ILogger logger, string problem);
}
