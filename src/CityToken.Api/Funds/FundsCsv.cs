using System.Text;

namespace CityToken.Api.Funds;

/// <summary>
/// A project's disbursements as CSV (RFC 4180, every cell quoted). A cell that a spreadsheet would read as a formula
/// (starting with = + - @, tab or CR) gets a leading apostrophe: descriptions come from staff input.
/// </summary>
public static class FundsCsv
{
    private static readonly string[] Header =
        ["id", "project", "category", "payee", "amount", "currency", "status", "document_hash", "description", "proposer", "approver", "proposed_tx", "decided_tx"];

    public static byte[] Disbursements(IEnumerable<FundsDisbursementView> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var d in rows)
        {
            Line(csv,
            [
                d.Id.ToString(CultureInfo.InvariantCulture), d.ProjectId.ToString(CultureInfo.InvariantCulture), d.Category, d.Payee ?? "", d.Amount,
                d.Currency, d.Status, d.DocumentHash, d.Description ?? "", Who(d.Proposer), d.Decider is null ? "" : Who(d.Decider), d.ProposedTx, d.DecidedTx ?? "",
            ]);
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>One cell, neutralised and quoted.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Who(FundsActorView actor) => actor.Name ?? actor.Account ?? actor.Actor;

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
