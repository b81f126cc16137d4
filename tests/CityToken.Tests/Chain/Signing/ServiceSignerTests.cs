using CityToken.Api.Chain;
using CityToken.Api.Chain.Signing;
using CityToken.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Model;
using Nethereum.RLP;
using Nethereum.Signer;

namespace CityToken.Tests.Chain.Signing;

public sealed class ServiceSignerTests
{
    private const string ServiceAddress = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    [Test]
    public void EncryptedKeystoreGivesTheServiceAccount()
    {
        var folder = Directory.CreateTempSubdirectory("citytoken-keystore-").FullName;
        var key = ServiceFactory.ServiceAccountKey.HexToByteArray();
        // PBKDF2 with few rounds keeps the test fast; production keystores use scrypt (both are Web3 Secret Storage).
        var json = new KeyStorePbkdf2Service().EncryptAndGenerateKeyStoreAsJson("correct horse", key, ServiceAddress,
            new Pbkdf2Params { Count = 1024, Dklen = 32, Prf = "hmac-sha256" });
        File.WriteAllText(Path.Combine(folder, "service.json"), json);
        File.WriteAllText(Path.Combine(folder, "password.txt"), "correct horse\n");

        var signer = Create(new SignerOptions { KeystoreFile = "service.json", KeystorePasswordFile = "password.txt" }, folder);

        Assert.That(signer.Address, Is.EqualTo(ServiceAddress));
        Assert.That(() => Create(new SignerOptions { KeystoreFile = "service.json", KeystorePassword = "wrong" }, folder),
            Throws.InvalidOperationException.With.Message.Contains("could not be decrypted"));
    }

    [Test]
    public void SignsType2TransactionsForTheConfiguredChainThatRecoverToTheServiceAccount()
    {
        var signer = Create(new SignerOptions { PrivateKey = ServiceFactory.ServiceAccountKey }, Path.GetTempPath());
        var signed = signer.Sign(new UnsignedTransaction(7, 1_000_000_000, 3_000_000_000, 100_000, ServiceAddress, 0, "0x1234"));

        Assert.That(signed.Raw, Does.StartWith("0x02"), "EIP-1559 type-2 envelope");
        var decoded = (Nethereum.Model.Transaction1559)Nethereum.Model.TransactionFactory.CreateTransaction(signed.Raw);
        Assert.Multiple(() =>
        {
            Assert.That((long)decoded.ChainId, Is.EqualTo(31337));
            Assert.That((long)decoded.Nonce!.Value, Is.EqualTo(7));
            Assert.That(TransactionVerificationAndRecovery.GetSenderAddress(signed.Raw), Is.EqualTo(ServiceAddress).IgnoreCase);
            Assert.That(signed.Hash, Is.EqualTo(Nethereum.Util.TransactionUtils.CalculateTransactionHash(signed.Raw).EnsureHexPrefix()));
        });
    }

    [Test]
    public void SignsLegacyEip155TransactionsAtTheMaxFeeAsGasPrice()
    {
        var signer = Create(new SignerOptions { PrivateKey = ServiceFactory.ServiceAccountKey }, Path.GetTempPath());
        var signed = signer.Sign(new UnsignedTransaction(3, 2_000_000_000, 2_000_000_000, 100_000, ServiceAddress, 0, "0x1234", Legacy: true));

        var decoded = (Nethereum.Model.LegacyTransactionChainId)Nethereum.Model.TransactionFactory.CreateTransaction(signed.Raw);
        Assert.Multiple(() =>
        {
            Assert.That(CityToken.Api.Chain.Outbox.OutboxFees.IsLegacy(signed.Raw), Is.True, "an RLP list, no type byte");
            Assert.That((long)decoded.GetChainIdAsBigInteger(), Is.EqualTo(31337));
            Assert.That(decoded.GasPrice.ToBigIntegerFromRLPDecoded(), Is.EqualTo(new System.Numerics.BigInteger(2_000_000_000)));
            Assert.That(TransactionVerificationAndRecovery.GetSenderAddress(signed.Raw), Is.EqualTo(ServiceAddress).IgnoreCase);
        });
    }

    [TestCase(null, null, "exactly one")]
    [TestCase("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "service.json", "exactly one")]
    [TestCase("0x1234", null, "32 bytes")]
    [TestCase(null, "service.json", "KeystorePassword")]
    public void InvalidSignerConfigurationIsRejectedAtStart(string? privateKey, string? keystore, string message)
    {
        var result = new SignerOptionsValidator().Validate(null, new SignerOptions { PrivateKey = privateKey, KeystoreFile = keystore });
        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain(message));
    }

    private static ServiceSigner Create(SignerOptions options, string contentRoot) =>
        new(Options.Create(options), Options.Create(new ChainOptions { ChainId = 31337 }), new FakeEnvironment(contentRoot));

    private sealed class FakeEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "CityToken.Tests";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
