using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;

namespace CityToken.Tests.Auth;

/// <summary>Sign-In with Ethereum as a smart-contract wallet: its ERC-1271 isValidSignature decides, asked on chain.</summary>
[Category("EveryChain")]
public sealed class SiweContractWalletTests
{
    private AuthHost _host = null!;
    private readonly EthECKey _owner = EthECKey.GenerateKey();
    private string _wallet = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await AuthHost.StartAsync();
        _wallet = await ContractWallet.DeployAsync(SharedChain.Node, AuthHost.AddressOf(_owner));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task TheWalletSignsInWithItsOwnersSignatureAndIsTheResident()
    {
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(_wallet, await _host.NonceAsync(), now, now.AddMinutes(10));

        using var response = await _host.VerifyAsync(message, AuthHost.Sign(message, _owner));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var resident = _host.Resident(AuthHost.SessionCookie(response)!);
        var me = await resident.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.That(me.GetProperty("address").GetString(), Is.EqualTo(_wallet));
    }

    [Test]
    public async Task ASignatureTheWalletDoesNotAcceptIsRefusedAsToday()
    {
        var now = DateTimeOffset.UtcNow;
        var message = AuthHost.Message(_wallet, await _host.NonceAsync(), now, now.AddMinutes(10));

        using var response = await _host.VerifyAsync(message, AuthHost.Sign(message, EthECKey.GenerateKey()));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("siwe.signature"));
    }
}
