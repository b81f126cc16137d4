using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CityToken.Api.Chain;
using CityToken.Api.Credentials.Verifiable;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Credentials;

/// <summary>
/// The credential layer against the JavaScript tools uPort's successors use (tests/interop/verifiable-credentials.mjs):
/// did-jwt-vc with ethr-did-resolver pointed at the chain's registry verifies the service's credentials and status lists
/// with no code of ours, and a presentation did-jwt-vc makes from an ethers wallet is accepted by
/// POST /api/presentations/verify; tampered, foreign-chain, replayed, revoked and expired ones are each refused.
/// A chain of its own: the expiry case moves the chain's clock.
/// </summary>
public sealed class VerifiableCredentialInteropTests
{
    private HardhatNode _node = null!;
    private ServiceFactory _service = null!;
    private HttpClient _admin = null!;
    private HttpClient _anonymous = null!;
    private string _registry = null!;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _node = await HardhatNode.StartAsync();
        var manifest = await _node.DeployAsync();
        _registry = manifest.AddressOf(ContractNames.EthereumDIDRegistry);
        _service = ServiceFactory.For(_node);
        _service.ConfigureTestServices = TestResidentAuth.Register;
        _admin = _service.CreateClient();
        _admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.AdminKey);
        _anonymous = _service.CreateClient();
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _admin.Dispose();
        _anonymous.Dispose();
        await _service.DisposeAsync();
        await _node.DisposeAsync();
    }

    // did-jwt-vc judges validity by the wall clock: these run before the expiry case moves the chain's clock ahead.
    [Test, Order(1)]
    public async Task DidJwtVcVerifiesTheCredentialAndThePresentationItMakesIsAcceptedUntilRevoked()
    {
        var holder = EthECKey.GenerateKey();
        var holderKey = "0x" + holder.GetPrivateKey()[2..];
        var request = await IssueAsync(holder.GetPublicAddress(), DateTimeOffset.UtcNow.AddYears(1));
        var vc = await CredentialJwtAsync(request, holder.GetPublicAddress());

        // did-jwt-vc + ethr-did-resolver on the chain alone accept it: issuer the city's DID, subject the holder.
        var verified = await RunAsync("verify", _node.RpcUrl, _registry, vc);
        Assert.That(verified.GetProperty("verified").GetBoolean(), Is.True, verified.ToString());
        var payload = verified.GetProperty("payload");
        var status = payload.GetProperty("vc").GetProperty("credentialStatus");
        Assert.Multiple(() =>
        {
            Assert.That(payload.GetProperty("sub").GetString(), Is.EqualTo("did:ethr:0x7a69:" + new Nethereum.Util.AddressUtil().ConvertToChecksumAddress(holder.GetPublicAddress())));
            Assert.That(payload.GetProperty("iss").GetString(), Does.StartWith("did:ethr:0x7a69:0x"));
            Assert.That(payload.GetProperty("vc").GetProperty("type")[1].GetString(), Is.EqualTo("ResidentCredential"));
            Assert.That(status.GetProperty("type").GetString(), Is.EqualTo("BitstringStatusListEntry"));
            Assert.That(status.GetProperty("statusPurpose").GetString(), Is.EqualTo("revocation"));
        });

        // A presentation did-jwt-vc makes with the wallet's key, for a challenge of ours, is accepted once.
        var (presentation, holderDid) = await PresentAsync(holderKey, "0x7a69", vc);
        var accepted = await VerifyAsync(presentation);
        Assert.Multiple(() =>
        {
            Assert.That(accepted.GetProperty("verified").GetBoolean(), Is.True, accepted.ToString());
            Assert.That(accepted.GetProperty("holder").GetString(), Is.EqualTo(holderDid));
            Assert.That(accepted.GetProperty("credentials")[0].GetProperty("status").GetString(), Is.EqualTo("valid"));
            Assert.That(accepted.GetProperty("credentials")[0].GetProperty("type")[1].GetString(), Is.EqualTo("ResidentCredential"));
        });
        await AssertRefusedAsync(presentation, "challenge_used", "replayed");

        // Tampered: the payload's subject part changed, the signature kept.
        var (fresh, _) = await PresentAsync(holderKey, "0x7a69", vc);
        var parts = fresh.Split('.');
        Assert.That(CompactJwt.TryDecode(parts[1], out var decoded), Is.True);
        var claims = Encoding.UTF8.GetString(decoded!).Replace("VerifiablePresentation", "VerifiablePresentatioN", StringComparison.Ordinal);
        await AssertRefusedAsync($"{parts[0]}.{CompactJwt.Encode(Encoding.UTF8.GetBytes(claims))}.{parts[2]}", "invalid_signature", "tampered");

        // Another chain's DID as holder, and somebody else presenting the holder's credential.
        var (foreign, _) = await PresentAsync(holderKey, "0x1", vc);
        await AssertRefusedAsync(foreign, "wrong_chain", "other chain");
        var (stolen, _) = await PresentAsync("0x" + EthECKey.GenerateKey().GetPrivateKey()[2..], "0x7a69", vc);
        await AssertRefusedAsync(stolen, "subject_not_holder", "not the subject");

        // Revoked on chain: the status list (checked by did-jwt-vc) marks it, and the verifier says revoked.
        using (var revoke = await _admin.DeleteAsync($"/api/credentials/{request}"))
        {
            Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await revoke.Content.ReadAsStringAsync());
        }
        await WaitForStatusAsync(request, "revoked");
        var index = int.Parse(status.GetProperty("statusListIndex").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var list = await _anonymous.GetStringAsync(new Uri(status.GetProperty("statusListCredential").GetString()!).AbsolutePath);
        var bit = await RunAsync("status", _node.RpcUrl, _registry, list, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(bit.GetProperty("verified").GetBoolean(), Is.True, bit.ToString());
            Assert.That(bit.GetProperty("bits").GetInt32(), Is.EqualTo(131_072));
            Assert.That(bit.GetProperty("set").GetBoolean(), Is.True);
        });
        var (afterRevocation, _) = await PresentAsync(holderKey, "0x7a69", vc);
        await AssertRefusedAsync(afterRevocation, "revoked", "revoked");
    }

    [Test, Order(3)]
    public async Task AnExpiredCredentialIsRefusedAsExpired()
    {
        var holder = EthECKey.GenerateKey();
        var chainNow = await ChainTimeAsync(_node);
        var request = await IssueAsync(holder.GetPublicAddress(), DateTimeOffset.FromUnixTimeSeconds(chainNow + 3600));
        var vc = await CredentialJwtAsync(request, holder.GetPublicAddress());

        await IncreaseTimeAsync(_node, 7200);
        await WaitCaughtUpAsync(_service, _node);
        var (presentation, _) = await PresentAsync("0x" + holder.GetPrivateKey()[2..], "0x7a69", vc);
        await AssertRefusedAsync(presentation, "expired", "expired");
    }

    [Test, Order(2)]
    public async Task TheDidConfigurationLinksThisOriginToTheCitysDid()
    {
        var configuration = await _anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did-configuration.json");
        Assert.That(configuration.GetProperty("@context").GetString(), Is.EqualTo("https://identity.foundation/.well-known/did-configuration/v1"));
        var verified = await RunAsync("verify", _node.RpcUrl, _registry, configuration.GetProperty("linked_dids")[0].GetString()!);
        Assert.That(verified.GetProperty("verified").GetBoolean(), Is.True, verified.ToString());
        var subject = verified.GetProperty("payload").GetProperty("vc").GetProperty("credentialSubject");
        Assert.That(subject.GetProperty("origin").GetString(), Is.EqualTo("http://127.0.0.1:5080"));
    }

    private async Task<long> IssueAsync(string address, DateTimeOffset expiresAt)
    {
        using var response = await _admin.PostAsJsonAsync("/api/credentials", new
        {
            did = "did:ethr:0x7a69:" + address,
            type = "resident",
            officialId = "ID-" + Guid.NewGuid().ToString("N")[..12],
            expiresAt = expiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), body.ToString());
        var id = body.GetProperty("id").GetInt64();
        await WaitForStatusAsync(id, "valid");
        return id;
    }

    /// <summary>The credential's VC JWT as its subject gets it; nobody else gets it.</summary>
    private async Task<string> CredentialJwtAsync(long request, string subject)
    {
        using var own = new HttpRequestMessage(HttpMethod.Get, $"/api/credentials/{request}/vc");
        own.Headers.Add(TestResidentAuth.Header, subject);
        using var response = await _anonymous.SendAsync(own);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());

        using var other = new HttpRequestMessage(HttpMethod.Get, $"/api/credentials/{request}/vc");
        other.Headers.Add(TestResidentAuth.Header, EthECKey.GenerateKey().GetPublicAddress());
        using var refused = await _anonymous.SendAsync(other);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        return body.GetProperty("jwt").GetString()!;
    }

    private async Task WaitForStatusAsync(long request, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var view = await _admin.GetFromJsonAsync<JsonElement>($"/api/credentials/{request}");
            last = view.GetProperty("status").GetString()!;
            if (last == status)
            {
                return;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"credential request {request} is {last}, not {status}");
    }

    private async Task<(string Jwt, string Holder)> PresentAsync(string privateKey, string network, string vc)
    {
        var challenge = await _anonymous.GetFromJsonAsync<JsonElement>("/api/presentations/challenge");
        var made = await RunAsync("present", privateKey, network, challenge.GetProperty("challenge").GetString()!, challenge.GetProperty("domain").GetString()!, vc);
        return (made.GetProperty("jwt").GetString()!, made.GetProperty("holder").GetString()!);
    }

    private async Task<JsonElement> VerifyAsync(string presentation)
    {
        using var response = await _anonymous.PostAsJsonAsync("/api/presentations/verify", new { presentation });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        return body;
    }

    /// <summary>Asserts that the verifier refuses the presentation with exactly the one error <paramref name="code"/>.</summary>
    private async Task AssertRefusedAsync(string presentation, string code, string scenario)
    {
        var result = await VerifyAsync(presentation);
        Assert.That(result.GetProperty("verified").GetBoolean(), Is.False, result.ToString());
        var codes = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString());
        Assert.That(string.Join(",", codes), Is.EqualTo(code), $"{scenario}: {result}");
    }

    private static async Task<JsonElement> RunAsync(params string[] args) =>
        JsonDocument.Parse(await InteropScript.RunAsync("verifiable-credentials.mjs", args)).RootElement.Clone();
}
