using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Api.Funds;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static CityToken.Tests.Redemptions.RedemptionTestKit;

namespace CityToken.Tests.Funds;

/// <summary>Funds:SeedDemoData (set by start.sh) fills /funds on a chain without projects, and only once.</summary>
public sealed class DemoFundsTests
{
    private static readonly string[] Statuses = ["approved", "proposed", "approved"];

    [Test]
    public async Task ADemoChainGetsProjectsApprovedPaymentsAPendingOneAndAPayrollOnce()
    {
        await using var node = await HardhatNode.StartAsync();
        await node.DeployAsync();
        var data = Directory.CreateTempSubdirectory("citytoken-demo-funds-").FullName;
        JsonElement projects;
        JsonElement payments;
        await using (var service = ServiceFactory.For(node, data))
        {
            service.Settings["Funds:SeedDemoData"] = "true";
            using var client = service.CreateClient();
            payments = await EventuallyAsync(async () =>
            {
                using var response = await client.GetAsync("/api/funds/projects/1/disbursements");
                if (!response.IsSuccessStatusCode)
                {
                    return null; // project 1 not indexed yet
                }
                var list = await response.Content.ReadFromJsonAsync<JsonElement>();
                return list.GetProperty("disbursements").EnumerateArray().Count(d => d.GetProperty("status").GetString() == "approved") == 2
                    ? list : (JsonElement?)null;
            }, seconds: 120);
            projects = await client.GetFromJsonAsync<JsonElement>("/api/funds/projects");
        }
        var statuses = payments.GetProperty("disbursements").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(projects.GetProperty("projects").GetArrayLength(), Is.EqualTo(3));
            Assert.That(statuses, Is.EquivalentTo(Statuses), "the payroll and the paving paid, supervision pending");
            Assert.That(payments.GetProperty("disbursements")[0].GetProperty("category").GetString(), Is.EqualTo("payroll"));
            Assert.That(payments.GetProperty("disbursements")[0].GetProperty("proposer").GetProperty("name").GetString(), Is.EqualTo("demo-finance-officer"));
        });

        // A restart on the same data seeds nothing more.
        await using (var again = ServiceFactory.For(node, data))
        {
            again.Settings["Funds:SeedDemoData"] = "true";
            using var client = again.CreateClient();
            // The seeder's run has ended (it found the earlier requests) before anything is counted.
            await again.Services.GetServices<IHostedService>().OfType<DemoFunds>().Single().ExecuteTask!;
            await using var scope = again.Services.CreateAsyncScope();
            var requests = await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<FundsRequest>().CountAsync();
            Assert.That(requests, Is.EqualTo(3 + 5 + 4), "seeded once: 3 projects, 5 proposals, 4 approvals");
        }
    }
}
