namespace CityToken.Api.Funds;

/// <summary>
/// Demo data for /funds when Funds:SeedDemoData is true and the chain has no project yet: three projects, contractor payments
/// and a payroll proposed by a demo finance officer and mostly approved by a demo approver, one left pending. It goes
/// through <see cref="FundsService"/> and the outbox like staff writes, waiting for the indexer between the steps (an
/// approval needs its proposal on chain). The demo staff keys are stored revoked, with secrets nobody holds.
/// </summary>
public sealed partial class DemoFunds(IServiceProvider services, IOptions<FundsOptions> options, ILogger<DemoFunds> logger) : BackgroundService
{
    private static readonly (string Name, string Department, long Budget, string Description)[] Projects =
    [
        ("Canal Road resurfacing", "Transport bureau", 180_000_000, "4.2 km of Canal Road, drainage and cycle lanes."),
        ("Baiyangdian wetland restoration", "Environment bureau", 95_000_000, "Reed beds, water quality sensors and walking paths."),
        ("Rongdong school canteen", "Education bureau", 12_000_000, "Kitchen equipment and a year of meal service."),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }
        try
        {
            await SeedAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Demo data is a convenience: the service runs on without it.
            LogSeedFailed(ex);
        }
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            if (await db.Set<FundsRequest>().AnyAsync(ct) || await db.Set<FundsEvent>().AnyAsync(ct))
            {
                return;
            }
            // A kept chain with a fresh database: the index may not have caught up yet, the chain knows.
            var chain = scope.ServiceProvider.GetRequiredService<ChainGateway>();
            var contract = new CityToken.Contracts.PublicFunds.PublicFundsService(chain.Web3, chain.Manifest.AddressOf(ContractNames.PublicFunds));
            if (await contract.ProjectCountQueryAsync() > 0)
            {
                return;
            }
        }
        var finance = await DemoStaffAsync("demo-finance-officer", StaffRoles.Finance, ct);
        var approver = await DemoStaffAsync("demo-funds-approver", StaffRoles.Approver, ct);

        foreach (var (name, department, budget, description) in Projects)
        {
            await RunAsync(funds => funds.CreateProjectAsync(
                new FundsProjectRequest(name, description, department, JsonSerializer.SerializeToElement(budget), "CNY"), finance, ct), ct);
        }
        var projects = await WaitAsync(db => db.Set<FundsEvent>().Where(e => e.Kind == FundsEventKinds.Project).OrderBy(e => e.ProjectId)
            .Select(e => e.ProjectId).ToListAsync(ct), Projects.Length, ct);

        await ProposeAsync(projects[0], "0x90F79bf6EB2c4f870365E785982E1f101E93b906", 62_500_000, "works", "Paving contract, first instalment", finance, ct);
        await ProposeAsync(projects[0], "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", 8_400_000, "services", "Site supervision, Q1", finance, ct);
        await ProposeAsync(projects[1], "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", 21_000_000, "works", "Reed bed planting", finance, ct);
        await ProposeAsync(projects[2], "0x976EA74026E726554dB657fA54763abd0C3a0aa9", 3_150_000, "goods", "Kitchen equipment", finance, ct);
        var wages = Enumerable.Range(1, 6).Select(i => new FundsWageRequest($"XA-{1000 + i}", JsonSerializer.SerializeToElement(780_000 + i * 15_000))).ToList();
        await RunAsync(funds => funds.ProposeAsync(projects[0], new FundsDisbursementRequest(null, null, "payroll", null, "Road crew wages, March", wages), finance, ct), ct);
        var proposed = await WaitAsync(db => db.Set<FundsEvent>().Where(e => e.Kind == FundsEventKinds.Proposed).OrderBy(e => e.DisbursementId)
            .Select(e => e.DisbursementId).ToListAsync(ct), 5, ct);

        // All but the supervision contract are approved: it stays pending, so /funds shows both states.
        foreach (var id in proposed.Where((_, i) => i != 1))
        {
            await RunAsync(funds => funds.DecideAsync(id, approve: true, approver, ct), ct);
        }
        LogSeeded(Projects.Length, proposed.Count);
    }

    private Task ProposeAsync(long project, string payee, long amount, string category, string description, CurrentCaller finance, CancellationToken ct)
    {
        var document = Hex.Of(Nethereum.Util.Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes($"demo invoice: {description}")));
        return RunAsync(funds => funds.ProposeAsync(project,
            new FundsDisbursementRequest(payee, JsonSerializer.SerializeToElement(amount), category, document, description, null), finance, ct), ct);
    }

    private async Task RunAsync(Func<FundsService, Task<Outcome<FundsRequestAccepted>>> write, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await write(scope.ServiceProvider.GetRequiredService<FundsService>());
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"demo funds write refused: {outcome.Problem.Title} {outcome.Problem.Detail}");
        }
    }

    /// <summary>Polls the index until <paramref name="query"/> returns at least <paramref name="count"/> ids (5 minutes at most).</summary>
    private async Task<List<long>> WaitAsync(Func<CityTokenDb, Task<List<long>>> query, int count, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var ids = await query(scope.ServiceProvider.GetRequiredService<CityTokenDb>());
                if (ids.Count >= count)
                {
                    return ids;
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the demo funds' transactions were not indexed within 5 minutes");
            }
            await Task.Delay(500, ct);
        }
    }

    /// <summary>A revoked staff key (nobody can sign in with it) that names the demo writes on chain and on /funds.</summary>
    private async Task<CurrentCaller> DemoStaffAsync(string name, string role, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name, ct);
        if (key is null)
        {
            var now = DateTimeOffset.UtcNow;
            key = new ApiKey { Name = name, Roles = [role], KeyHash = ApiKey.Hash(ApiKey.Generate()), CreatedAt = now, RevokedAt = now };
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync(ct);
        }
        return new CurrentCaller { StaffKeyId = key.Id, Name = name, Roles = new HashSet<string> { role } };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo public funds: {Projects} projects, {Disbursements} disbursements")]
    private partial void LogSeeded(int projects, int disbursements);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding the demo public funds failed; the service runs on without them")]
    private partial void LogSeedFailed(Exception exception);
}
