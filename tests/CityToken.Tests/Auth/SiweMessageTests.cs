using CityToken.Api.Auth.Siwe;

namespace CityToken.Tests.Auth;

public sealed class SiweMessageTests
{
    private const string Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    private const string Full =
        "https://example.com:8443 wants you to sign in with your Ethereum account:\n" +
        Address + "\n" +
        "\n" +
        "I accept the ExampleOrg Terms of Service: https://example.com/tos\n" +
        "\n" +
        "URI: https://example.com:8443/login\n" +
        "Version: 1\n" +
        "Chain ID: 31337\n" +
        "Nonce: 32891756abcd\n" +
        "Issued At: 2026-11-25T20:00:00.123Z\n" +
        "Expiration Time: 2026-11-25T20:10:00+01:00\n" +
        "Not Before: 2026-11-25T19:59:00Z\n" +
        "Request ID: req-17\n" +
        "Resources:\n" +
        "- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/\n" +
        "- https://example.com/my-web2-claim.json";

    [Test]
    public void ParsesEveryField()
    {
        Assert.That(SiweMessage.TryParse(Full, out var m, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(m!.Scheme, Is.EqualTo("https"));
            Assert.That(m.Domain, Is.EqualTo("example.com:8443"));
            Assert.That(m.Address, Is.EqualTo(Address));
            Assert.That(m.Statement, Is.EqualTo("I accept the ExampleOrg Terms of Service: https://example.com/tos"));
            Assert.That(m.Uri, Is.EqualTo(new Uri("https://example.com:8443/login")));
            Assert.That(m.ChainId, Is.EqualTo(31337));
            Assert.That(m.Nonce, Is.EqualTo("32891756abcd"));
            Assert.That(m.IssuedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 20, 0, 0, 123, TimeSpan.Zero)));
            Assert.That(m.ExpirationTime, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 19, 10, 0, TimeSpan.Zero)));
            Assert.That(m.NotBefore, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 19, 59, 0, TimeSpan.Zero)));
            Assert.That(m.RequestId, Is.EqualTo("req-17"));
            Assert.That(m.Resources, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void WithoutAStatementTheMessageHasTwoBlankLines()
    {
        var text = AuthHost.Message(Address, "abcdefgh1234", DateTimeOffset.UnixEpoch, statement: null);
        Assert.That(text, Does.Contain(Address + "\n\n\nURI: "));
        Assert.That(SiweMessage.TryParse(text, out var m, out var error), Is.True, error);
        Assert.That(m!.Statement, Is.Null);
        Assert.That(m.Scheme, Is.Null);
        Assert.That(m.ExpirationTime, Is.Null);
    }

    [TestCase("\n", "\r\n", "CR")]
    [TestCase(Address, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "EIP-55")]
    [TestCase(Address, "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "EIP-55")]
    [TestCase("Version: 1", "Version: 2", "version 1")]
    [TestCase("Nonce: 32891756abcd", "Nonce: 1234567", "at least 8")]
    [TestCase("Nonce: 32891756abcd", "Nonce: 3289-1756abcd", "at least 8")]
    [TestCase("Chain ID: 31337", "Chain ID: 0x7a69", "chain id")]
    [TestCase("Issued At: 2026-11-25T20:00:00.123Z", "Issued At: 2026-11-25 20:00:00", "RFC 3339")]
    [TestCase("Issued At: 2026-11-25T20:00:00.123Z", "Issued At: 2026-13-45T20:00:00Z", "not a valid date-time")]
    [TestCase("URI: https://example.com:8443/login", "URI: /login", "absolute")]
    [TestCase("- https://example.com/my-web2-claim.json", "- my-web2-claim.json", "absolute")]
    [TestCase("wants you to sign in", "wants to sign in", "Line 1")]
    [TestCase("https://example.com:8443 wants", "https://exa mple.com wants", "not a domain")]
    [TestCase("https://example.com:8443 wants", "1https://example.com wants", "not a URI scheme")]
    [TestCase("Terms of Service: https://example.com/tos\n\n", "Terms of Service: https://example.com/tos\n", "must be blank")]
    [TestCase("Request ID: req-17\n", "", null)]
    [TestCase("Version: 1\nChain ID: 31337", "Chain ID: 31337\nVersion: 1", "Expected 'Version: ")]
    [TestCase("Not Before: 2026-11-25T19:59:00Z\nRequest ID: req-17", "Request ID: req-17\nNot Before: 2026-11-25T19:59:00Z", "not expected there")]
    [TestCase("my-web2-claim.json", "my-web2-claim.json\n", "no trailing newline")]
    [TestCase("my-web2-claim.json", "my-web2-claim.json\nSomething: else", "not expected there")]
    public void RefusesWhatTheAbnfDoesNotAllow(string from, string to, string? because)
    {
        var text = Full.Replace(from, to, StringComparison.Ordinal);
        Assert.That(text, Is.Not.EqualTo(Full), "the test must change the message");
        var parsed = SiweMessage.TryParse(text, out _, out var error);
        if (because is null)
        {
            Assert.That(parsed, Is.True, error); // an optional field left out is fine
        }
        else
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Does.Contain(because));
        }
    }

    [Test]
    public void RefusesAnEmptyOrTruncatedMessage()
    {
        Assert.That(SiweMessage.TryParse("", out _, out var empty), Is.False);
        Assert.That(empty, Does.Contain("empty"));
        Assert.That(SiweMessage.TryParse(Full[..Full.IndexOf("Nonce", StringComparison.Ordinal)].TrimEnd('\n'), out _, out var truncated), Is.False);
        Assert.That(truncated, Does.Contain("ends before the nonce"));
    }
}
