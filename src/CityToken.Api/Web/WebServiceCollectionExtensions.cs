using Microsoft.Extensions.FileProviders;

namespace CityToken.Api.Web;

/// <summary>
/// The admin dashboard (/admin) and the resident portal (/): Razor Pages under Web/Pages, static files from
/// Web/wwwroot (our own CSS and JS, and Web/wwwroot/lib, copied from npm packages by scripts/build-web.sh).
/// </summary>
public static class WebServiceCollectionExtensions
{
    public const string PagesRoot = "/Web/Pages";

    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section));
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = PagesRoot;
            // Folder policies and page policies add up (a page needs both); each names the API's rule for the data it shows (AccessRules).
            options.Conventions.AuthorizeFolder("/Admin", StaffCookie.StaffPolicy);
            options.Conventions.AuthorizePage("/Admin/Index", DashboardAccess.PolicyFor(AccessRules.Staff));
            options.Conventions.AuthorizeFolder("/Admin/Programs", DashboardAccess.PolicyFor(AccessRules.AdminOrAuditor));
            options.Conventions.AuthorizePage("/Admin/Programs/Edit", StaffCookie.AdminPolicy);
            options.Conventions.AuthorizePage("/Admin/Actions/Index", DashboardAccess.PolicyFor(AccessRules.AdminOrAuditor));
            // GET /api/actions/{id} is for any staff key; the handler shows a reporter only its own actions.
            options.Conventions.AuthorizePage("/Admin/Actions/Detail", DashboardAccess.PolicyFor(AccessRules.Staff));
            options.Conventions.AuthorizePage("/Admin/Actions/Upload", DashboardAccess.PolicyFor(AccessRules.ActionReporters));
            options.Conventions.AuthorizeFolder("/Admin/Devices", StaffCookie.AdminPolicy);
            options.Conventions.AuthorizeFolder("/Admin/Credentials", DashboardAccess.PolicyFor(AccessRules.CredentialReaders));
            options.Conventions.AuthorizeFolder("/Admin/Ballots", DashboardAccess.PolicyFor(AccessRules.AdminOrAuditor));
            options.Conventions.AuthorizeFolder("/Admin/Funds", DashboardAccess.PolicyFor(AccessRules.FundsStaff));
            options.Conventions.AuthorizeFolder("/Admin/Catalog", DashboardAccess.PolicyFor(AccessRules.AdminOrAuditor));
            options.Conventions.AuthorizeFolder("/Admin/Minting", DashboardAccess.PolicyFor(AccessRules.AdminOrAuditor));
            options.Conventions.AuthorizeFolder("/Admin/Redemptions", DashboardAccess.PolicyFor(AccessRules.AdminOrAuditor));
            options.Conventions.AuthorizeFolder("/Admin/Merchant", DashboardAccess.PolicyFor(AccessRules.Merchants));
            options.Conventions.AuthorizeFolder("/Admin/Anchors", DashboardAccess.PolicyFor(AccessRules.AnchorWriters));
            options.Conventions.AddPageRoute("/Admin/Programs/Edit", "/admin/programs/{slug}/edit");
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
            options.Conventions.ConfigureFilter(new SecurityHeadersPageFilter());
            options.Conventions.ConfigureFilter(new HandlerRolesPageFilter());
        });
        DashboardAccess.AddPolicies(builder.Services);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "citytoken.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure when the browser's request was https (as the proxy forwards it), like the session cookies.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "RequestVerificationToken";
        });
        return builder;
    }

    /// <summary>Serves Web/wwwroot (copied next to the service's binaries at build time).</summary>
    public static IApplicationBuilder UseWebAssets(this IApplicationBuilder app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Web", "wwwroot");
        Directory.CreateDirectory(root);
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
    }

    public static IEndpointRouteBuilder MapWeb(this IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        return routes;
    }
}
