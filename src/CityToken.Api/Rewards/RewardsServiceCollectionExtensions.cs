using CityToken.Api.Rewards.Minting;

namespace CityToken.Api.Rewards;

/// <summary>Authorization policies of the rewards engine beside the one-role policies.</summary>
public static class RewardsPolicies
{
    /// <summary>Reporting actions: reporter keys, and the admin key (a city may run without a separate reporter).</summary>
    public const string Intake = "reporter-or-admin";

    /// <summary>Reading audit trails and all actions (registered with the auth policies).</summary>
    public const string AdminOrAuditor = AuthPolicies.AdminOrAuditor;
}

public static class RewardsServiceCollectionExtensions
{
    /// <summary>Programs, action intake and lifecycle, batched minting (section "Rewards").</summary>
    public static IHostApplicationBuilder AddRewards(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<RewardsOptions>(RewardsOptions.Section);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(RewardsPolicies.Intake, policy => policy.RequireRole(AccessRules.ActionReporters));
        builder.Services.AddSingleton<ReservedRecipients>();
        builder.Services.AddSingleton<IntakeGate>();
        builder.Services.AddSingleton<IntakeMetrics>();
        builder.Services.AddHostedService<RewardsGauges>();
        builder.Services.AddSingleton<IntakeService>();
        builder.Services.AddSingleton<ActionLifecycle>();
        builder.Services.AddScoped<ProgramService>();
        builder.Services.AddScoped<ActionService>();
        builder.Services.AddScoped<MintingService>();
        builder.Services.AddSingleton<IEventProjection, RewardBatchProjection>();
        builder.AddMinting();
        return builder;
    }

    /// <summary>Maps /api/programs, /api/actions, /api/mint-batches, /api/rewards/reconciliation and /hangfire.</summary>
    public static IEndpointRouteBuilder MapRewardsApi(this IEndpointRouteBuilder routes) =>
        routes.MapProgramsApi().MapActionsApi().MapMintingApi();
}
