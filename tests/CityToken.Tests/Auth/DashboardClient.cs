using System.Net;
using System.Text.RegularExpressions;
using CityToken.Api.Auth;
using CityToken.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityToken.Tests.Auth;

/// <summary>
/// The dashboard as a browser without JavaScript uses it, over the in-memory test server: it keeps its own cookies,
/// takes each form's antiforgery token from the page it posts to, and never follows redirects.
/// </summary>
internal sealed partial class DashboardClient(ServiceFactory service) : IDisposable
{
    private readonly HttpClient _http = service.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>Headers added to every request (e.g. X-Forwarded-Proto).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The staff session cookie as this client holds it ("name=value"), or null.</summary>
    public string? SessionCookie => _cookies.TryGetValue(StaffCookie.CookieName, out var value) ? $"{StaffCookie.CookieName}={value}" : null;

    /// <summary>Signs in at /admin/login with <paramref name="key"/>; asserts the session cookie was set.</summary>
    public async Task SignInAsync(string key)
    {
        using var response = await PostFormAsync("/admin/login", ("ApiKey", key));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        Assert.That(SessionCookie, Is.Not.Null, "no staff session cookie after signing in");
    }

    /// <summary>A copy of this client's cookies in another client (the same browser after the service restarted).</summary>
    public DashboardClient Carry(ServiceFactory other)
    {
        var copy = new DashboardClient(other);
        foreach (var (name, value) in _cookies)
        {
            copy._cookies[name] = value;
        }
        return copy;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>GETs <paramref name="path"/> for its form's antiforgery token, then posts the form with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var pagePath = path.Split('?')[0];
        using var page = await GetAsync(pagePath);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {pagePath}");
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        Assert.That(token.Success, Is.True, $"no antiforgery token on {pagePath}");
        return await PostFormWithoutTokenAsync(path, [.. fields, ("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
    }

    public Task<HttpResponseMessage> PostFormWithoutTokenAsync(string path, params (string Name, string Value)[] fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        });

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            foreach (var (name, value) in Headers)
            {
                request.Headers.Add(name, value);
            }
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }
            var response = await _http.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0];
                var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
            return response;
        }
    }

    /// <summary>True when <paramref name="response"/> sends the browser to the sign-in page (the session is over).</summary>
    public static bool SendsToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location?.OriginalString.Contains(StaffCookie.LoginPath, StringComparison.OrdinalIgnoreCase) == true;

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
