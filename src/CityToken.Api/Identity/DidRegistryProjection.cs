using CityToken.Contracts.EthereumDIDRegistry.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.Util;

namespace CityToken.Api.Identity;

/// <summary>
/// Projects EthereumDIDRegistry events (owner, delegate and attribute changes) into per-identity history rows
/// (<see cref="DidEvent"/>), from which <see cref="DidResolver"/> builds DID documents.
/// </summary>
public sealed class DidRegistryProjection : IEventProjection
{
    public const string ContractName = ContractNames.EthereumDIDRegistry;

    public IReadOnlyCollection<string> Contracts { get; } = [ContractName];

    public IReadOnlyCollection<EventDecoder> Events { get; } =
    [
        EventDecoder.For<DIDOwnerChangedEventDTO>(), EventDecoder.For<DIDDelegateChangedEventDTO>(), EventDecoder.For<DIDAttributeChangedEventDTO>(),
    ];

    public Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(log);
        var row = Decode(log);
        if (row is not null)
        {
            db.Set<DidEvent>().Add(row);
        }
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ProjectionRows.DeleteAboveAsync<DidEvent>(db, e => e.BlockNumber, blockNumber, cancellationToken);
    }

    public Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ProjectionRows.DeleteAllAsync<DidEvent>(db, cancellationToken);
    }

    internal static DidEvent? Decode(IndexedLog log)
    {
        if (log.TryGet<DIDOwnerChangedEventDTO>(out var owner))
        {
            return Row(log, owner.Identity, DidEventKind.OwnerChanged, owner.PreviousChange, validTo: 0, name: null, Checksum(owner.Owner), value: null);
        }
        if (log.TryGet<DIDDelegateChangedEventDTO>(out var changed))
        {
            return Row(log, changed.Identity, DidEventKind.DelegateChanged, changed.PreviousChange, changed.ValidTo, changed.DelegateType, Checksum(changed.Delegate), value: null);
        }
        if (log.TryGet<DIDAttributeChangedEventDTO>(out var attribute))
        {
            return Row(log, attribute.Identity, DidEventKind.AttributeChanged, attribute.PreviousChange, attribute.ValidTo, attribute.Name, address: null, attribute.Value ?? []);
        }
        return null;
    }

    private static DidEvent Row(IndexedLog log, string identity, DidEventKind kind, BigInteger previousChange, BigInteger validTo,
        byte[]? name, string? address, byte[]? value) => new()
        {
            Identity = identity.ToLowerInvariant(),
            Kind = kind,
            Name = name,
            Address = address,
            Value = value,
            ValidTo = Clamp(validTo),
            PreviousChange = Clamp(previousChange),
            BlockNumber = log.BlockNumber,
            BlockTimestamp = log.BlockTime.ToUnixTimeSeconds(),
            TransactionHash = log.TransactionHash.ToLowerInvariant(),
            LogIndex = log.LogIndex,
        };

    private static long Clamp(BigInteger value) => value > long.MaxValue ? long.MaxValue : (long)value;

    private static string Checksum(string address) => AddressUtil.Current.ConvertToChecksumAddress(address);
}
