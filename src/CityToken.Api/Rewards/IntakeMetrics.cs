using System.Diagnostics.Metrics;

namespace CityToken.Api.Rewards;

/// <summary>
/// <c>citytoken_actions_total{program, status, reason}</c>: actions recorded by intake, accepted (<c>queued</c>) or
/// rejected with their reason; replays and conflicts record nothing new and are not counted.
/// </summary>
public sealed class IntakeMetrics
{
    private readonly Counter<long> _actions;

    public IntakeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _actions = meter.CreateCounter<long>("citytoken.actions", description: "Actions recorded by intake, by program, status and rejection reason.");
    }

    public void Recorded(IReadOnlyList<ActionSubmission> submissions, IReadOnlyList<IntakeOutcome> outcomes)
    {
        if (!_actions.Enabled)
        {
            return;
        }
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] is { Kind: IntakeKind.Created } outcome)
            {
                _actions.Add(1, new KeyValuePair<string, object?>("program", submissions[i].Program),
                    new KeyValuePair<string, object?>("status", outcome.Status),
                    new KeyValuePair<string, object?>("reason", outcome.Reason ?? ""));
            }
        }
    }
}
