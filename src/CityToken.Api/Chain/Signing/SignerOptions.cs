namespace CityToken.Api.Chain.Signing;

/// <summary>
/// The service's signing key (section "Signer"): either a raw private key (local development: start.sh passes
/// Hardhat's public test key by environment) or an encrypted Web3 Secret Storage keystore file and its
/// password (production). Never from code; validated at start-up.
/// </summary>
public sealed class SignerOptions
{
    public const string Section = "Signer";

    /// <summary>Hex private key (0x + 64 hex digits). For local chains and tests only.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>Path of a Web3 Secret Storage (keystore v3) JSON file; relative paths resolve against the content root.</summary>
    public string? KeystoreFile { get; set; }

    /// <summary>Password of <see cref="KeystoreFile"/> (give it by environment or a secret store).</summary>
    public string? KeystorePassword { get; set; }

    /// <summary>File holding the keystore password (e.g. a mounted secret); used when <see cref="KeystorePassword"/> is unset.</summary>
    public string? KeystorePasswordFile { get; set; }
}

/// <summary>Checks that exactly one key source is configured and that it holds a usable key.</summary>
internal sealed class SignerOptionsValidator : IValidateOptions<SignerOptions>
{
    public ValidateOptionsResult Validate(string? name, SignerOptions options)
    {
        var hasKey = !string.IsNullOrWhiteSpace(options.PrivateKey);
        var hasKeystore = !string.IsNullOrWhiteSpace(options.KeystoreFile);
        if (hasKey == hasKeystore)
        {
            return ValidateOptionsResult.Fail(
                "Configure exactly one signing key: Signer:PrivateKey (local chains) or Signer:KeystoreFile with Signer:KeystorePassword or Signer:KeystorePasswordFile (production).");
        }
        if (hasKey)
        {
            var hex = options.PrivateKey!.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? options.PrivateKey[2..] : options.PrivateKey;
            if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
            {
                return ValidateOptionsResult.Fail("Signer:PrivateKey must be 32 bytes in hex (0x followed by 64 hexadecimal digits).");
            }
            return ValidateOptionsResult.Success;
        }
        if (string.IsNullOrEmpty(options.KeystorePassword) && string.IsNullOrWhiteSpace(options.KeystorePasswordFile))
        {
            return ValidateOptionsResult.Fail("Signer:KeystoreFile needs Signer:KeystorePassword or Signer:KeystorePasswordFile.");
        }
        return ValidateOptionsResult.Success;
    }
}
