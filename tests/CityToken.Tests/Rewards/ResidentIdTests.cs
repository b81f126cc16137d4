using CityToken.Api.Rewards;

namespace CityToken.Tests.Rewards;

public sealed class ResidentIdTests
{
    private const string Lower = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private const string Checksummed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    [TestCase(Lower)]
    [TestCase(Checksummed)]
    [TestCase("did:ethr:" + Lower)]
    [TestCase("did:ethr:0x7a69:" + Lower)]
    [TestCase(" did:ethr:0x7A69:" + Checksummed + " ")]
    public void AddressesAndDidsOfThisChainGiveTheChecksummedAddress(string input)
    {
        Assert.That(ResidentId.TryParse(input, 31337, out var address, out var reason, out _), Is.True, reason);
        Assert.That(address, Is.EqualTo(Checksummed));
    }

    [TestCase("did:ethr:0x1:" + Lower)]
    [TestCase("did:ethr:mainnet:" + Lower)]
    [TestCase("did:ethr:sepolia:" + Lower)]
    public void DidsOfOtherNetworksAreRefused(string input)
    {
        Assert.That(ResidentId.TryParse(input, 31337, out _, out var reason, out _), Is.False);
        Assert.That(reason, Is.EqualTo(RejectionReasons.WrongNetwork));
    }

    [TestCase("0x123")]
    [TestCase("0xF39fd6e51aad88f6f4ce6ab8827279cfffb92266")]
    [TestCase("did:web:example.org")]
    [TestCase("did:ethr:0x7a69:0x7a69:" + Lower)]
    [TestCase("alice")]
    public void MalformedResidentsAreRefused(string input)
    {
        Assert.That(ResidentId.TryParse(input, 31337, out _, out var reason, out _), Is.False);
        Assert.That(reason, Is.EqualTo(RejectionReasons.InvalidResident));
    }
}
