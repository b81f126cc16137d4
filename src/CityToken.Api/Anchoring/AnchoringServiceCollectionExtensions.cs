namespace CityToken.Api.Anchoring;

public static class AnchoringServiceCollectionExtensions
{
    /// <summary>
    /// Tamper-evident records: options (section "Anchoring"), the anchoring service per request, the projection of
    /// Anchored events, and the periodic run (unless Anchoring:Enabled is false).
    /// </summary>
    public static IHostApplicationBuilder AddAnchoring(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AnchoringOptions>(AnchoringOptions.Section);
        builder.Services.AddScoped<AnchorService>();
        builder.Services.AddSingleton<AnchorBatcher>();
        builder.Services.AddSingleton<AnchorTreeCache>();
        builder.Services.AddSingleton<IEventProjection, AnchorProjection>();
        if (builder.Configuration.GetSection(AnchoringOptions.Section).GetValue(nameof(AnchoringOptions.Enabled), defaultValue: true))
        {
            builder.Services.AddHostedService<AnchoringHostedService>();
        }
        return builder;
    }
}
