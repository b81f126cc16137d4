using CityToken.Contracts.CredentialRegistry.ContractDefinition;

namespace CityToken.Api.Credentials;

/// <summary>
/// A credential from CredentialRegistry's CredentialIssued / CredentialRevoked events. Expiry emits no event:
/// the status (valid, expired, revoked) is computed at query time from <see cref="ExpiresAt"/>
/// (<see cref="StatusAt"/>). ERC-780 ClaimSet / ClaimRemoved mirror the same facts and are not projected.
/// </summary>
public sealed class CredentialRecord
{
    public long Id { get; set; }
    public required string Subject { get; set; }
    public required string CredentialType { get; set; }
    public required string PersonKey { get; set; }
    public required string Issuer { get; set; }

    /// <summary>Unix seconds.</summary>
    public long IssuedAt { get; set; }
    public long ExpiresAt { get; set; }
    public required string DataHash { get; set; }
    public required string Uri { get; set; }
    public long IssuedBlock { get; set; }
    public required string IssuedTransaction { get; set; }
    public long? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>0 = Revoked by a registrar, 1 = Superseded (CredentialRegistry.RevocationReason).</summary>
    public int? RevocationReason { get; set; }
    public long? SupersededBy { get; set; }
    public long? RevokedBlock { get; set; }

    /// <summary>"revoked", "expired", "pending" (issued after <paramref name="now"/>) or "valid".</summary>
    public string StatusAt(long now) =>
        RevokedAt is { } revoked && revoked <= now ? "revoked"
        : ExpiresAt <= now ? "expired"
        : IssuedAt > now ? "pending"
        : "valid";
}

/// <summary>Credentials (<see cref="CredentialRecord"/>: issued, then possibly revoked) from CredentialRegistry events.</summary>
public sealed class CredentialProjection : IEventProjection
{
    public IReadOnlyCollection<string> Contracts { get; } = [ContractNames.CredentialRegistry];

    public IReadOnlyCollection<EventDecoder> Events { get; } =
        [EventDecoder.For<CredentialIssuedEventDTO>(), EventDecoder.For<CredentialRevokedEventDTO>()];

    public async Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        if (log.TryGet<CredentialIssuedEventDTO>(out var issued))
        {
            db.Add(new CredentialRecord
            {
                Id = (long)issued.CredentialId,
                Subject = Hex.Address(issued.Subject),
                CredentialType = Hex.Of(issued.CredentialType),
                PersonKey = Hex.Of(issued.PersonKey),
                Issuer = Hex.Address(issued.Issuer),
                IssuedAt = (long)issued.IssuedAt,
                ExpiresAt = (long)issued.ExpiresAt,
                DataHash = Hex.Of(issued.DataHash),
                Uri = issued.Uri ?? "",
                IssuedBlock = log.BlockNumber,
                IssuedTransaction = log.TransactionHash,
            });
        }
        else if (log.TryGet<CredentialRevokedEventDTO>(out var revoked))
        {
            var credential = await db.Set<CredentialRecord>().FindAsync([(long)revoked.CredentialId], cancellationToken)
                ?? throw new InvalidOperationException($"CredentialRevoked for unknown credential {revoked.CredentialId} in {log.TransactionHash}.");
            credential.RevokedAt = (long)revoked.RevokedAt;
            credential.RevokedBy = Hex.Address(revoked.RevokedBy);
            credential.RevocationReason = revoked.Reason;
            credential.SupersededBy = revoked.SupersededBy.IsZero ? null : (long)revoked.SupersededBy;
            credential.RevokedBlock = log.BlockNumber;
        }
    }

    /// <summary>Credentials issued above the fork go; revocations above it are undone.</summary>
    public async Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        await ProjectionRows.DeleteAboveAsync<CredentialRecord>(db, c => c.IssuedBlock, blockNumber, cancellationToken);
        await ProjectionRows.ClearAboveAsync<CredentialRecord>(db, c => c.RevokedBlock, blockNumber, u => u
            .SetProperty(c => c.RevokedAt, (long?)null)
            .SetProperty(c => c.RevokedBy, (string?)null)
            .SetProperty(c => c.RevocationReason, (int?)null)
            .SetProperty(c => c.SupersededBy, (long?)null)
            .SetProperty(c => c.RevokedBlock, (long?)null), cancellationToken);
    }

    public Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken) =>
        ProjectionRows.DeleteAllAsync<CredentialRecord>(db, cancellationToken);
}

internal sealed class CredentialRecordConfiguration : IEntityTypeConfiguration<CredentialRecord>
{
    public void Configure(EntityTypeBuilder<CredentialRecord> builder)
    {
        builder.ToTable("Credentials");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.Subject);
        builder.HasIndex(c => c.IssuedBlock);
        builder.HasIndex(c => c.RevokedBlock);
        builder.Property(c => c.Subject).HasMaxLength(42);
        builder.Property(c => c.Issuer).HasMaxLength(42);
        builder.Property(c => c.RevokedBy).HasMaxLength(42);
        builder.Property(c => c.CredentialType).HasMaxLength(66);
        builder.Property(c => c.PersonKey).HasMaxLength(66);
        builder.Property(c => c.DataHash).HasMaxLength(66);
        builder.Property(c => c.IssuedTransaction).HasMaxLength(66);
    }
}
