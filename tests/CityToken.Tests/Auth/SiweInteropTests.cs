using System.Net;
using System.Text.Json;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Auth;

/// <summary>
/// The `siwe` npm package (the EIP-4361 reference implementation) with an ethers v6 wallet signs in to the
/// service over real HTTP (tests/interop/siwe-sign-in.mjs), and its negative cases are refused.
/// </summary>
public sealed class SiweInteropTests
{
    [Test, Category("EveryChain")]
    public async Task AMessageBuiltAndSignedBySiweAndEthersSignsInAndFlawedOnesDoNot()
    {
        var port = LoopbackPort.Free();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var service = ServiceFactory.For(SharedChain.Node);
        service.Settings["Auth:Siwe:Domain"] = $"127.0.0.1:{port}";
        service.Settings["Auth:Siwe:Uri"] = baseUrl;
        service.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        service.StartServer();

        var results = JsonDocument.Parse(await InteropScript.RunAsync("siwe-sign-in.mjs", [baseUrl])).RootElement;

        var signIn = results.GetProperty("signIn");
        Assert.That(signIn.GetProperty("status").GetInt32(), Is.EqualTo(200), signIn.ToString());
        Assert.That(signIn.GetProperty("cookie").GetBoolean(), Is.True);
        Assert.That(signIn.GetProperty("me").GetProperty("address").GetString(), Is.EqualTo(results.GetProperty("address").GetString()));
        Assert.That(signIn.GetProperty("me").GetProperty("kind").GetString(), Is.EqualTo("resident"));
        var withoutStatement = results.GetProperty("withoutStatement");
        Assert.That(withoutStatement.GetProperty("status").GetInt32(), Is.EqualTo(200), withoutStatement.ToString());

        foreach (var (scenario, code) in new[]
                 {
                     ("reusedNonce", "siwe.nonce-used"), ("otherChain", "siwe.chain"), ("expired", "siwe.expired"), ("wrongDomain", "siwe.domain"),
                 })
        {
            var refused = results.GetProperty(scenario);
            Assert.Multiple(() =>
            {
                Assert.That(refused.GetProperty("status").GetInt32(), Is.EqualTo(401), scenario);
                Assert.That(refused.GetProperty("contentType").GetString(), Does.StartWith("application/problem+json"), scenario);
                Assert.That(refused.GetProperty("code").GetString(), Is.EqualTo(code), scenario);
                Assert.That(refused.GetProperty("title").GetString(), Is.Not.Empty, scenario);
                Assert.That(refused.GetProperty("cookie").GetBoolean(), Is.False, scenario);
            });
        }
    }
}
