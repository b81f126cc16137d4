using System.Security.Claims;
using System.Text.Encodings.Web;
using CityToken.Api.Auth;
using CityToken.Api.Redemptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityToken.Tests.Redemptions;

/// <summary>
/// Stand-in for the resident's Sign-In with Ethereum session (built on another branch): a request with
/// <c>X-Test-Resident: 0x…</c> carries the principal that session will carry (role resident, NameIdentifier = address).
/// Requests without the header authenticate as before (staff API keys).
/// </summary>
internal sealed class ResidentSessionAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Test-Resident";
    private const string SchemeName = "TestResident";
    private const string Selector = "TestResidentOrApiKey";

    public static void Install(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ResidentSessionAuth>(SchemeName, null)
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? SchemeName : ApiKeyAuthenticationHandler.SchemeName);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Selector;
            o.DefaultAuthenticateScheme = Selector;
            o.DefaultChallengeScheme = Selector;
        });
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var address = Request.Headers[Header].ToString();
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, address), new Claim(ClaimTypes.Role, RedemptionsApi.ResidentRole)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
