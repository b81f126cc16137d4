using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Auth;

/// <summary>
/// A staff API key scoped to one or more staff roles. Only its SHA-256 hash is stored; the key itself is
/// shown once, at creation or rotation.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Staff roles (<see cref="StaffRoles"/>) the key acts in; at least one.</summary>
    public List<string> Roles { get; set; } = [];

    public required string KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the secret was last replaced; the previous secret stopped working then.</summary>
    public DateTimeOffset? RotatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// Changes whenever the secret is replaced or the key revoked (rotation, revocation, a new Auth:AdminApiKey):
    /// a dashboard session carries the stamp it was made with and ends as soon as the stamp differs.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    /// <summary>
    /// Keys are 256-bit random strings, so a plain SHA-256 (not a slow password hash) is enough to make
    /// the stored value useless to whoever reads the database.
    /// </summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new random security stamp (128 bits, hex).</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new random key with a recognisable prefix.</summary>
    public static string Generate() => "ctk_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The staff keys table (the storage layer knows no feature: each maps its own entities).</summary>
public static class ApiKeyStorage
{
    extension(CityTokenDb db)
    {
        /// <summary>Staff API keys, stored as hashes.</summary>
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("ApiKeys");
        key.HasIndex(k => k.KeyHash).IsUnique();
        key.HasIndex(k => k.Name).IsUnique();
        key.Property(k => k.Name).HasMaxLength(100);
        // A primitive collection: a JSON array in SQLite, an array column in PostgreSQL.
        key.Property(k => k.Roles);
        key.Property(k => k.KeyHash).HasMaxLength(64);
        key.Property(k => k.SecurityStamp).HasMaxLength(32);
    }
}

/// <summary>Staff roles. Residents are not staff: they sign in with their wallet.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Registrar = "registrar";
    public const string Reporter = "reporter";
    public const string Auditor = "auditor";

    /// <summary>Submits record hashes and files for anchoring (POST /api/anchors).</summary>
    public const string Clerk = "clerk";

    /// <summary>
    /// A partner merchant's key: accepts vouchers of its own rewards only. Not city staff, so not in <see cref="All"/>;
    /// merchant keys are created bound to a merchant address (POST /api/merchants/keys).
    /// </summary>
    public const string Merchant = "merchant";

    /// <summary>A finance officer: creates funds projects and proposes disbursements and payrolls (issue 19).</summary>
    public const string Finance = "finance";

    /// <summary>A funds approver: approves or rejects disbursements another person proposed (issue 19).</summary>
    public const string Approver = "approver";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Admin, Registrar, Reporter, Auditor, Clerk, Finance, Approver };
}
