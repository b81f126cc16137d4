using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.KeyRing;

/// <summary>
/// Protection of the Data Protection key ring at rest (section "DataProtection"). The ring's keys encrypt the session
/// cookies, device keys and voucher codes; on disk each key is encrypted with a key derived from
/// <see cref="KeyEncryptionSecret"/>, so a copy of the data folder alone reveals none of them.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// The key-encryption secret (./scripts/start.sh generates one on first start and keeps it in
    /// data/dataprotection-secret; in production it comes from a secret store). Keep it with the key ring's backup:
    /// without it the ring, and with it every session, device key and voucher code, cannot be read.
    /// </summary>
    [Required(ErrorMessage = "DataProtection:KeyEncryptionSecret is required (it encrypts the Data Protection key ring at rest; ./scripts/start.sh generates one).")]
    [MinLength(32, ErrorMessage = "DataProtection:KeyEncryptionSecret must be at least 32 characters.")]
    public string? KeyEncryptionSecret { get; set; }
}
