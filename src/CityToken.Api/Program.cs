using CityToken.Api.Anchoring;
using CityToken.Api.Ballots;
using CityToken.Api.Redemptions;
using CityToken.Api.Credentials;
using CityToken.Api.Grants;
using CityToken.Api.Devices;
using CityToken.Api.Funds;
using CityToken.Api.Health;
using CityToken.Api.Identity;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Rewards;
using CityToken.Api.Web;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.RequireLoopbackUrls();
builder.AddProxyHeaders();
builder.AddChain();
builder.AddStorage();
builder.AddStaffAuth();
builder.AddOutbox();
builder.AddCredentials();
builder.AddBallots();
builder.AddIdentity();
builder.AddIndexer();
builder.AddTokenReadModel();
builder.AddRewards();
builder.AddDevices();
builder.AddWeb();
builder.AddRedemptions();
builder.AddGrants();
builder.AddAnchoring();
builder.AddFunds();
builder.AddRequestLimits();
builder.AddHealthProbes();
builder.AddTelemetry();
builder.AddStructuredLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
// A malformed request body (bad JSON, too large) is the client's 4xx, in every environment, not a 500.
builder.Services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : 500);
builder.Services.AddOpenApi();

var app = builder.Build();
await app.PrepareStorageAsync();
if (IndexingServiceCollectionExtensions.IsReindexCommand(app.Configuration))
{
    return await app.RunReindexAsync();
}
await BootstrapAdminKey.EnsureAsync(app.Services);
await DemoPrograms.SeedAsync(app.Services);

app.UseCorrelationId();
app.UseProxyHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebAssets();
app.UseAuthentication();
app.UseRequestLimits();
app.UseAuthorization();
app.UseStaffAudit();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthApi();
app.MapHealthProbes();
app.MapMetrics();
app.MapResidentsApi();
app.MapTokensApi();
app.MapBallotsApi();
app.MapAuthApi();
app.MapBallotAdminApi();
app.MapVotesApi();
app.MapOutboxApi();
app.MapGrantsApi();
app.MapIdentityApi();
app.MapCredentialsApi();
app.MapRewardsApi();
app.MapDevicesApi();
app.MapWeb();
app.MapCatalogApi();
app.MapRedemptionsApi();
app.MapVouchersApi();
app.MapAnchorsApi();
app.MapFundsApi();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
