using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CityToken.Tests.Infrastructure;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 7807 problem+json answer with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(body.GetProperty("title").GetString(), Is.Not.Empty);
        return body;
    }
}
