using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.TokenReadModel;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;

namespace CityToken.Tests.TokenReadModel;

public sealed class BalanceApiTests
{
    private ServiceFactory _service = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        _service = ServiceFactory.For(SharedChain.Node);
        _client = _service.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Test]
    public async Task MintedTokensShowInTheBalanceEndpoint()
    {
        var resident = EthECKey.GenerateKey().GetPublicAddress();
        var token = new CivicTokenService(SharedChain.Node.Web3ForAccount0(), SharedChain.Manifest.AddressOf("CivicToken"));
        var amount = BigInteger.Parse("12345000000000000000");

        var receipt = await token.MintRequestAndWaitForReceiptAsync(new MintFunction { To = resident, Amount = amount });
        Assert.That(receipt.Status.Value, Is.EqualTo(BigInteger.One), "mint transaction succeeded");

        var balance = await _client.GetFromJsonAsync<BalanceResponse>($"/api/residents/{resident}/balance");
        Assert.That(balance, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(balance!.Address, Is.EqualTo(resident));
            Assert.That(balance.Balance, Is.EqualTo("12345000000000000000"));
            Assert.That(balance.Decimals, Is.EqualTo(18));
            Assert.That(balance.Symbol, Is.EqualTo("CITY"));
        });
    }

    [Test]
    public async Task LowerCaseAddressIsAcceptedAndAnsweredChecksummed()
    {
        var resident = EthECKey.GenerateKey().GetPublicAddress();
        var balance = await _client.GetFromJsonAsync<BalanceResponse>($"/api/residents/{resident.ToLowerInvariant()}/balance");
        Assert.That(balance!.Address, Is.EqualTo(resident));
        Assert.That(balance.Balance, Is.EqualTo("0"));
    }

    [TestCase("0x1234")]
    [TestCase("not-an-address")]
    [TestCase("0xZZ97970C51812dc3A010C7d01b50e0d17dc79C8")]
    [TestCase("70997970C51812dc3A010C7d01b50e0d17dc79C8")]
    [TestCase("0x70997970C51812dc3A010C7d01b50e0d17dc79c8")] // mixed case, one letter's case wrong: bad checksum
    public async Task MalformedAddressIsAProblemNamingTheField(string address)
    {
        using var response = await _client.GetAsync($"/api/residents/{Uri.EscapeDataString(address)}/balance");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("address", out var errors), Is.True);
        Assert.That(errors.EnumerateArray().Single().GetString(), Is.Not.Empty);
    }
}
