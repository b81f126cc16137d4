namespace CityToken.Api.Funds;

/// <summary>
/// A project's disbursements as a CSV export, written like every other export (<see cref="CsvFileResult{T}"/>:
/// CsvHelper, formula-looking cells neutralised, <c>excel=true</c> for a byte order mark).
/// </summary>
public static class FundsCsv
{
    private static readonly CsvColumn<FundsDisbursementView>[] Columns =
    [
        new("id", d => CsvText.Number(d.Id)),
        new("project", d => CsvText.Number(d.ProjectId)),
        new("category", d => d.Category),
        new("payee", d => d.Payee),
        new("amount", d => d.Amount),
        new("currency", d => d.Currency),
        new("status", d => d.Status),
        new("document_hash", d => d.DocumentHash),
        new("description", d => d.Description),
        new("proposer", d => Who(d.Proposer)),
        new("approver", d => d.Decider is null ? null : Who(d.Decider)),
        new("proposed_tx", d => d.ProposedTx),
        new("decided_tx", d => d.DecidedTx),
    ];

    /// <summary>The export of <paramref name="projectId"/>'s disbursements (folded from the index, so already in memory).</summary>
    public static CsvExport<FundsDisbursementView> Disbursements(long projectId, IEnumerable<FundsDisbursementView> rows) =>
        new($"project-{projectId}-disbursements", Columns, rows.ToAsyncEnumerable());

    private static string Who(FundsActorView actor) => actor.Name ?? actor.Account ?? actor.Actor;
}
