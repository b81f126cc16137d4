namespace CityToken.Api.Indexing;

public static partial class IndexingServiceCollectionExtensions
{
    /// <summary>The event indexer and its health report; each feature registers its own projections (<see cref="IEventProjection"/>).</summary>
    public static IHostApplicationBuilder AddIndexer(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<IndexerOptions>(IndexerOptions.Section);
        builder.Services.AddSingleton<IndexerStatus>();
        builder.Services.AddSingleton<IHealthContributor, IndexerHealth>();
        builder.Services.AddSingleton<ChainLogSource>();
        builder.Services.AddSingleton<WalCheckpointer>();
        builder.Services.AddSingleton<IndexerLeadership>();
        builder.Services.AddSingleton<EventIndexer>();
        var enabled = builder.Configuration.GetValue($"{IndexerOptions.Section}:{nameof(IndexerOptions.Enabled)}", true);
        if (enabled && !IsReindexCommand(builder.Configuration))
        {
            builder.Services.AddHostedService<IndexerHostedService>();
        }
        return builder;
    }

    /// <summary>True when the process was started as <c>CityToken.Api reindex</c>.</summary>
    public static bool IsReindexCommand(IConfiguration configuration) =>
        Environment.GetCommandLineArgs().Skip(1).Any(a => a == "reindex");

    /// <summary>
    /// <c>dotnet CityToken.Api.dll reindex</c>: drops every projection and rebuilds it from the chain, from the
    /// deployment block to the confirmed head, then exits (0 on success). Stop the running service first
    /// (SQLite), or run it against a copy.
    /// </summary>
    public static async Task<int> RunReindexAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        var indexer = app.Services.GetRequiredService<EventIndexer>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Reindex");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await indexer.ResetAsync(cancellationToken);
        var logs = 0L;
        indexer.RangeIndexed = (_, _, count) => logs += count;
        var last = await indexer.CatchUpAsync(untilBlock: null, cancellationToken);
        LogReindexed(logger, logs, last, started.Elapsed.TotalSeconds);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reindexed {Logs} logs up to block {Block} in {Seconds:F1} s.")]
    private static partial void LogReindexed(ILogger logger, long logs, long block, double seconds);
}
