using CityToken.Api.Auth;
using CityToken.Api.Chain;
using CityToken.Api.Devices;
using CityToken.Api.Health;
using CityToken.Api.Hosting;
using CityToken.Api.Residents;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.RequireLoopbackUrls();
builder.AddChain();
builder.AddStorage();
builder.AddStaffAuth();
builder.AddRewards();
builder.AddDevices();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<TokenMetadata>();
builder.Services.AddProblemDetails();
// A malformed request body (bad JSON, too large) is the client's 4xx, in every environment, not a 500.
builder.Services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : 500);
builder.Services.AddOpenApi();

var app = builder.Build();
await app.PrepareStorageAsync();
await BootstrapAdminKey.EnsureAsync(app.Services);
await DemoPrograms.SeedAsync(app.Services);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthApi();
app.MapResidentsApi();
app.MapStaffApi();
app.MapRewardsApi();
app.MapDevicesApi();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
