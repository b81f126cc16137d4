using Npgsql;

namespace CityToken.Api.Storage;

public static class StorageServiceCollectionExtensions
{
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>The database (a SQLite file under the data directory, or PostgreSQL) and the guard that ties it to its chain.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<StorageOptions>(StorageOptions.Section)
            .Validate(
                options => options.Provider != StorageProvider.PostgreSQL
                    || !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(StorageOptions.ConnectionStringName)),
                $"Storage:Provider is PostgreSQL but ConnectionStrings:{StorageOptions.ConnectionStringName} is not set.");
        builder.Services.AddSingleton<DatabaseLocation>();
        if (ProviderOf(builder.Configuration) == StorageProvider.PostgreSQL)
        {
            builder.Services.AddDbContext<CityTokenDb, PostgresCityTokenDb>((services, options) =>
                options.UseCityTokenPostgres(services.GetRequiredService<DatabaseLocation>().ConnectionString));
        }
        else
        {
            builder.Services.AddDbContext<CityTokenDb>((services, options) =>
                options.UseCityTokenSqlite(services.GetRequiredService<DatabaseLocation>().ConnectionString));
        }
        builder.Services.AddSingleton<ChainBindingGuard>();
        builder.Services.AddSingleton<DatabaseMutex>();
        return builder;
    }

    /// <summary>The provider configured, read before the options exist (it decides which services to register).</summary>
    public static StorageProvider ProviderOf(IConfiguration configuration) =>
        configuration.GetSection(StorageOptions.Section).GetValue(nameof(StorageOptions.Provider), StorageProvider.Sqlite);

    /// <summary>The service's SQLite settings for a context on <paramref name="connectionString"/>.</summary>
    public static TBuilder UseCityTokenSqlite<TBuilder>(this TBuilder options, string connectionString) where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString).AddInterceptors(BusyTimeout);
        return options;
    }

    /// <summary>The service's PostgreSQL settings for a context on <paramref name="connectionString"/>.</summary>
    public static TBuilder UseCityTokenPostgres<TBuilder>(this TBuilder options, string connectionString) where TBuilder : DbContextOptionsBuilder
    {
        // The indexer's COPYs are written behind (PostgresWriteBehind): EF's commands on their connection wait for them.
        options.UseNpgsql(connectionString).AddInterceptors(PostgresWriteBehind.Interceptor.Instance);
        return options;
    }

    /// <summary>
    /// Before serving: set aside a database that belongs to another chain, apply migrations, and record
    /// which chain the database now belongs to.
    /// </summary>
    public static async Task PrepareStorageAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        await app.Services.GetRequiredService<ChainBindingGuard>().EnsureAsync(cancellationToken);
    }
}

/// <summary>Where the database is: the data directory and SQLite file, or the PostgreSQL server.</summary>
public sealed class DatabaseLocation(IOptions<StorageOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    public StorageProvider Provider => options.Value.Provider;

    public string DataDirectory { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataDirectory));

    public string DatabasePath => Path.Combine(DataDirectory, options.Value.DatabaseFile);

    /// <summary>
    /// Worked out at the first use and kept: every DbContext's options, the intake gate's lock and Hangfire ask for it,
    /// and a PostgreSQL URL is parsed into Npgsql's form (at first use, so a bad setting is reported by the options'
    /// validation first). Computing it twice in a race gives the same string.
    /// </summary>
    public string ConnectionString => _connectionString ??= Provider == StorageProvider.PostgreSQL
        ? PostgresConnectionString.Normalize(configuration.GetConnectionString(StorageOptions.ConnectionStringName)!)
        : $"Data Source={DatabasePath}";

    private string? _connectionString;

    /// <summary>What the logs call this database: the file, or the server and database (never the password).</summary>
    public string Description
    {
        get
        {
            if (Provider != StorageProvider.PostgreSQL)
            {
                return DatabasePath;
            }
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
        }
    }
}
