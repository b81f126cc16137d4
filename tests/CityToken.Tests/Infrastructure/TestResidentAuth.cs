using System.Security.Claims;
using System.Text.Encodings.Web;
using CityToken.Api.Auth;
using CityToken.Api.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// A shortcut to the resident session for suites that test what residents may see, not how they sign in (Sign-In
/// with Ethereum itself is tested in Auth/): a request with <c>X-Test-Resident: 0x…</c> is a resident with that
/// NameIdentifier and role "resident", the claims the SIWE session carries. Requests without it go to the real
/// authentication.
/// </summary>
internal sealed class TestResidentAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Test-Resident";
    private const string SchemeName = "TestResident";
    private const string Selector = "TestResidentOrApiKey";

    public static void Register(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestResidentAuth>(SchemeName, null)
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? SchemeName : ApiKeyAuthenticationHandler.SchemeName);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Selector;
            o.DefaultAuthenticateScheme = Selector;
            o.DefaultChallengeScheme = Selector;
            o.DefaultForbidScheme = Selector;
        });
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var address = Request.Headers[Header].ToString();
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, address), new Claim(ClaimTypes.Role, ResidentRoles.Resident)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
