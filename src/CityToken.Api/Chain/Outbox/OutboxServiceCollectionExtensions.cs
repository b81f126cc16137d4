using CityToken.Api.Chain.Signing;

namespace CityToken.Api.Chain.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The signer (validated at start), the outbox, its worker and its health contributor.</summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignerOptions>()
            .Bind(builder.Configuration.GetSection(SignerOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SignerOptions>, SignerOptionsValidator>();
        builder.AddValidatedOptions<OutboxOptions>(OutboxOptions.Section);
        builder.Services.AddSingleton<ServiceSigner>();
        builder.Services.AddSingleton<SignerBalance>();
        builder.Services.AddHostedService<OutboxGauges>();
        builder.Services.AddChainHttpClient(nameof(NethereumOutboxRpc));
        builder.Services.AddSingleton<IOutboxRpc>(services => NethereumOutboxRpc.Create(
            services.GetRequiredService<IOptions<ChainOptions>>().Value, services.GetRequiredService<IHttpClientFactory>()));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxState>();
        builder.Services.AddSingleton<CrashPoints>();
        builder.Services.AddSingleton<SenderLease>();
        builder.Services.AddSingleton<OutboxFeePolicy>();
        // The processor's phases (one cycle runs them in order) and what they share.
        builder.Services.AddSingleton<OutboxNonces>();
        builder.Services.AddSingleton<OutboxForgotten>();
        builder.Services.AddSingleton<OutboxPreflight>();
        builder.Services.AddSingleton<OutboxAttemptSigner>();
        builder.Services.AddSingleton<OutboxReceipts>();
        builder.Services.AddSingleton<OutboxSigning>();
        builder.Services.AddSingleton<OutboxReplacing>();
        builder.Services.AddSingleton<OutboxBroadcasting>();
        builder.Services.AddSingleton<OutboxTracking>();
        builder.Services.AddSingleton<OutboxProcessor>();
        builder.Services.AddSingleton<TransactionOutbox>();
        builder.Services.AddSingleton<RelayMetrics>();
        builder.Services.AddSingleton<IHealthContributor, OutboxHealth>();
        builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}
