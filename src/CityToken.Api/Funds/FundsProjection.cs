using CityToken.Contracts.PublicFunds.ContractDefinition;

namespace CityToken.Api.Funds;

/// <summary>PublicFunds' events as <see cref="FundsEvent"/> rows (append-only: a reorg deletes the rows above the fork).</summary>
public sealed class FundsProjection : AppendOnlyProjection<FundsEvent>
{
    public override IReadOnlyCollection<string> Contracts { get; } = [ContractNames.PublicFunds];

    public override IReadOnlyCollection<EventDecoder> Events { get; } =
    [
        EventDecoder.For<ProjectCreatedEventDTO>(),
        EventDecoder.For<DisbursementProposedEventDTO>(),
        EventDecoder.For<DisbursementApprovedEventDTO>(),
        EventDecoder.For<DisbursementRejectedEventDTO>(),
    ];

    protected override FundsEvent? RowOf(IndexedLog log)
    {
        if (log.TryGet<ProjectCreatedEventDTO>(out var project))
        {
            return new FundsEvent
            {
                Kind = FundsEventKinds.Project, ProjectId = (long)project.ProjectId, Amount = Uint256.Format(project.Budget),
                Currency = System.Text.Encoding.ASCII.GetString(project.Currency), Department = Cut(project.Department),
                Hash = Hex.Of(project.MetadataHash),
            };
        }
        if (log.TryGet<DisbursementProposedEventDTO>(out var proposed))
        {
            return new FundsEvent
            {
                Kind = FundsEventKinds.Proposed, ProjectId = (long)proposed.ProjectId, DisbursementId = (long)proposed.DisbursementId,
                Amount = Uint256.Format(proposed.Amount), Actor = Hex.Of(proposed.Proposer),
                Payee = Hex.Address(proposed.Payee) == Hex.ZeroAddress ? null : Hex.Address(proposed.Payee),
                Category = proposed.Category, Hash = Hex.Of(proposed.DocumentHash),
            };
        }
        if (log.TryGet<DisbursementApprovedEventDTO>(out var approved))
        {
            return new FundsEvent
            {
                Kind = FundsEventKinds.Approved, ProjectId = (long)approved.ProjectId, DisbursementId = (long)approved.DisbursementId,
                Amount = Uint256.Format(approved.Amount), Actor = Hex.Of(approved.Approver),
            };
        }
        if (log.TryGet<DisbursementRejectedEventDTO>(out var rejected))
        {
            return new FundsEvent
            {
                Kind = FundsEventKinds.Rejected, ProjectId = (long)rejected.ProjectId, DisbursementId = (long)rejected.DisbursementId,
                Amount = "0", Actor = Hex.Of(rejected.Approver),
            };
        }
        return null;
    }

    // A department named outside the service may be longer than the column.
    private static string Cut(string text) => text.Length <= FundsLimits.Department ? text : text[..FundsLimits.Department];
}
