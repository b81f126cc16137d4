namespace CityToken.Api.Storage;

public static class StorageServiceCollectionExtensions
{
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>The SQLite database under the data directory, and the guard that ties it to its chain.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        builder.Services.AddSingleton<DatabaseLocation>();
        builder.Services.AddDbContext<CityTokenDb>((services, options) =>
            options.UseCityTokenSqlite(services.GetRequiredService<DatabaseLocation>().ConnectionString));
        builder.Services.AddSingleton<ChainBindingGuard>();
        return builder;
    }

    /// <summary>The service's SQLite settings for a context on <paramref name="connectionString"/>.</summary>
    public static DbContextOptionsBuilder UseCityTokenSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(BusyTimeout);

    /// <summary>
    /// Before serving: set aside a database that belongs to another chain, apply migrations, and record
    /// which chain the database now belongs to.
    /// </summary>
    public static async Task PrepareStorageAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        await app.Services.GetRequiredService<ChainBindingGuard>().EnsureAsync(cancellationToken);
    }
}

/// <summary>Absolute paths of the data directory and database file.</summary>
public sealed class DatabaseLocation(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    public string DataDirectory { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataDirectory));

    public string DatabasePath => Path.Combine(DataDirectory, options.Value.DatabaseFile);

    public string ConnectionString => $"Data Source={DatabasePath}";
}
