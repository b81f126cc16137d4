namespace CityToken.Api.Ballots;

public static class BallotsServiceCollectionExtensions
{
    /// <summary>Ballot relaying options and the chain reads that check votes before relaying them.</summary>
    public static IHostApplicationBuilder AddBallots(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BallotsOptions>()
            .Bind(builder.Configuration.GetSection(BallotsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<BallotChain>();
        return builder;
    }
}
