using System.Numerics;
using CityToken.Api.Chain;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Contracts.EthereumDIDRegistry.ContractDefinition;
using Microsoft.EntityFrameworkCore;
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

    public async Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        DiscardPending(db, e => e.BlockNumber > blockNumber);
        await db.Set<DidEvent>().Where(e => e.BlockNumber > blockNumber).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        DiscardPending(db, _ => true);
        await db.Set<DidEvent>().ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Rows added in this unit of work but not saved yet are not reached by ExecuteDelete: detach them.</summary>
    private static void DiscardPending(CityTokenDb db, Func<DidEvent, bool> predicate)
    {
        foreach (var entry in db.ChangeTracker.Entries<DidEvent>().Where(e => e.State == EntityState.Added && predicate(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
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
