namespace CityToken.Api.Funds;

/// <summary>Public funds settings (section "Funds").</summary>
public sealed class FundsOptions
{
    public const string Section = "Funds";

    /// <summary>
    /// Seed demo projects, payments and a payroll (through the outbox, as revoked demo staff keys) when the chain's
    /// PublicFunds has no project yet; ./scripts/start.sh sets it, like Rewards:SeedDemoPrograms.
    /// </summary>
    public bool SeedDemoData { get; set; }
}
