namespace CityToken.Api.Rewards;

/// <summary>
/// The city scenarios as programs, seeded on a database without programs when Rewards:SeedDemoPrograms is
/// true (./scripts/start.sh sets it). They start on January 1st of the current year, city time.
/// </summary>
public static class DemoPrograms
{
    public const string Actor = "seed";

    public static IReadOnlyList<ProgramSettings> For(DateTimeOffset startsAt) =>
    [
        new()
        {
            Slug = "smart-bin-recycling", Name = "Smart-bin recycling", ActionType = "waste-sorting",
            Rule = new RewardRule
            {
                Kind = RewardRule.PerUnit, Unit = "kg",
                Rates = new() { ["plastic"] = "0.5", ["paper"] = "0.3", ["glass"] = "0.2", ["metal"] = "0.8", ["organic"] = "0.1", ["e-waste"] = "2" },
            },
            MaxQuantity = "50", DailyCap = "20", MonthlyCap = "200", Budget = "1000000", StartsAt = startsAt,
        },
        new()
        {
            Slug = "tax-on-time", Name = "Municipal tax paid on time", ActionType = "tax-on-time",
            Rule = new RewardRule { Kind = RewardRule.Fixed, Amount = "25", Unit = "payment" },
            MaxQuantity = "1", MonthlyCap = "25", Budget = "500000", StartsAt = startsAt,
        },
        new()
        {
            Slug = "poll-answered", Name = "City poll answered", ActionType = "poll-answered",
            Rule = new RewardRule { Kind = RewardRule.Fixed, Amount = "2", Unit = "answer" },
            MaxQuantity = "1", DailyCap = "4", MonthlyCap = "20", Budget = "100000", StartsAt = startsAt,
        },
        new()
        {
            Slug = "volunteering", Name = "Volunteering hours", ActionType = "volunteering",
            Rule = new RewardRule { Kind = RewardRule.PerHour, Rate = "10", Unit = "hour" },
            MaxQuantity = "12", DailyCap = "120", MonthlyCap = "600", Budget = "500000", StartsAt = startsAt,
        },
        new()
        {
            Slug = "water-saving", Name = "Water saved below the household baseline", ActionType = "water-saving",
            Rule = new RewardRule { Kind = RewardRule.BelowBaseline, Rate = "1", Baseline = "12", Unit = "m3" },
            MaxQuantity = "1000", MonthlyCap = "12", Budget = "200000", StartsAt = startsAt,
        },
    ];

    /// <summary>Seeds the demo programs when configured and the database has none.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<RewardsOptions>>().Value;
        if (!options.SeedDemoPrograms)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        if (await db.Set<RewardProgram>().AnyAsync(cancellationToken))
        {
            return;
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var zone = options.FindZone();
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var newYear = new DateTime(localNow.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var startsAt = new DateTimeOffset(newYear, zone.GetUtcOffset(newYear));
        foreach (var settings in For(startsAt))
        {
            var program = new RewardProgram { Slug = "", Name = "", ActionType = "", RuleJson = "{}", CreatedAt = now, UpdatedAt = now };
            var errors = settings.ApplyTo(program);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo program {settings.Slug} is invalid: {string.Join("; ", errors.Keys)}");
            }
            db.Add(program);
            await db.SaveChangesAsync(cancellationToken);
            db.Add(ProgramService.AuditOf(program, Actor, now, "created", null));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
