using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;

namespace CityToken.Api.Hosting;

/// <summary>
/// Behind a TLS proxy: the client's address, scheme and host come from X-Forwarded-* sent by a known proxy (and only
/// then), so cookies are Secure (their policy is SameAsRequest) and answers carry HSTS when the client used https.
/// </summary>
public static class ProxyHeaders
{
    public static IHostApplicationBuilder AddProxyHeaders(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ProxyOptions>(ProxyOptions.Section);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // ASP.NET Core's defaults (127.0.0.0/8 and ::1) stay; configuration adds to them.
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(address));
            }
            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddOptions<HstsOptions>().Configure<IOptions<ProxyOptions>>((hsts, proxy) =>
        {
            hsts.MaxAge = TimeSpan.FromDays(proxy.Value.HstsMaxAgeDays);
            // ASP.NET Core leaves out localhost and loopback hosts; here every request comes through loopback, and the Host
            // a proxy passes on may well be 127.0.0.1:5080 while the browser's is the city's name: https decides alone.
            hsts.ExcludedHosts.Clear();
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it (cookies, rate limits, logs) sees the client as the proxy saw it.</summary>
    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders().UseHsts();
}
