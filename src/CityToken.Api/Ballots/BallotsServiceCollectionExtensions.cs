using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityToken.Api.Ballots;

public static class BallotsServiceCollectionExtensions
{
    /// <summary>
    /// Ballot relaying options, the chain reads that check votes before relaying them, and the ballot services the API
    /// and the dashboard share (per request: they use the request's database context).
    /// </summary>
    public static IHostApplicationBuilder AddBallots(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<BallotsOptions>(BallotsOptions.Section)
            .Validate(o => o.VoteSignatureLifetimeSeconds > o.MinDeadlineMarginSeconds,
                "Ballots:VoteSignatureLifetimeSeconds must be greater than Ballots:MinDeadlineMarginSeconds (typed data would expire on arrival).");
        builder.Services.AddSingleton<BallotChain>();
        builder.Services.AddSingleton<IEventProjection, BallotProjection>();
        builder.Services.TryAddSingleton<RelaySimulator>();
        builder.Services.AddScoped<BallotQueries>();
        builder.Services.AddScoped<BallotAdminService>();
        builder.Services.AddScoped<VoteService>();
        builder.Services.AddSingleton(VoteService.Relay);
        return builder;
    }
}
