using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace CityToken.Api.Rewards.Minting;

public static class MintingServiceCollectionExtensions
{
    /// <summary>
    /// Batched minting as Hangfire jobs (storage: a SQLite file beside the SQLite database, or the PostgreSQL database's
    /// "hangfire" schema, shared by every instance), the batch follower and reconciliation.
    /// </summary>
    public static IHostApplicationBuilder AddMinting(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<MintingOptions>(MintingOptions.Section);
        // This host's own storage (Hangfire's JobStorage.Current is process-wide: the last host configured).
        builder.Services.AddSingleton<JobStorage>(services =>
        {
            var settings = services.GetRequiredService<IOptions<MintingOptions>>().Value;
            var location = services.GetRequiredService<DatabaseLocation>();
            if (location.Provider == StorageProvider.PostgreSQL)
            {
                var postgres = new PostgreSqlStorageOptions
                {
                    QueuePollInterval = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds),
                    PrepareSchemaIfNecessary = true,
                    // An instance killed while it held a job or a job's lock must not hold minting up for Hangfire's
                    // defaults (30 min, 10 min): live jobs keep renewing their invisibility, and a batching run takes
                    // seconds (the intake gate, not this lock, is what keeps two runs apart).
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromSeconds(30),
                    DistributedLockTimeout = TimeSpan.FromSeconds(10),
                    AllowUnsafeValues = true,
                };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(location.ConnectionString, postgres), postgres);
            }
            var path = Path.Combine(location.DataDirectory, settings.HangfireDatabaseFile);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds) });
        });
        builder.Services.AddHangfire((services, configuration) => configuration
            .UseLogProvider(new HangfireLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddSingleton<MintTrigger>();
        builder.Services.AddSingleton<MintingCrashPoints>();
        builder.Services.AddSingleton<MintHold>();
        builder.Services.AddSingleton<MintPreflight>();
        builder.Services.AddSingleton<MintBatcher>();
        builder.Services.AddSingleton<IHealthContributor, MintingHealth>();
        builder.Services.AddSingleton<MintBatchOutcomes>();
        builder.Services.AddSingleton<MintMetrics>();
        builder.Services.AddSingleton<MintChain>();
        builder.Services.AddSingleton<MintBatchFollower>();
        builder.Services.AddSingleton<RewardsReconciliation>();

        if (builder.Configuration.GetSection(MintingOptions.Section).GetValue(nameof(MintingOptions.Enabled), defaultValue: true))
        {
            builder.Services.AddHangfireServer((services, server) =>
            {
                var settings = services.GetRequiredService<IOptions<MintingOptions>>().Value;
                server.WorkerCount = settings.Workers;
                // Hangfire's default activator is process-wide (the last host built); jobs must run in this host's container.
                server.Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>());
                server.SchedulePollingInterval = TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
            });
            builder.Services.AddHostedService<MintingHostedService>();
        }
        return builder;
    }
}
