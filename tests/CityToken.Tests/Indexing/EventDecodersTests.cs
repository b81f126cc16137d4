using System.Numerics;
using CityToken.Api.Redemptions;
using CityToken.Api.Indexing;
using CityToken.Api.Rewards;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Tests.Indexing;

/// <summary>
/// The prepare task decodes the events projections list (<see cref="IEventProjection.Events"/>) into
/// <see cref="IndexedLog.Event"/>; <see cref="IndexedLog.TryGet{TEvent}"/> gives the same values whether decoded ahead or not.
/// </summary>
public sealed class EventDecodersTests
{
    private const string Token = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    private const string Catalog = "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512";
    private static readonly Dictionary<string, string> Contracts = new() { [Token] = "CivicToken", [Catalog] = "RewardCatalog" };
    private static readonly EventDecoders Listed = new([new RewardBatchProjection(), new CatalogProjection()]);

    private static string Word(BigInteger value) =>
        Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');

    private static FilterLog Log(string address, int logIndex, string[] topics, string data) => new()
    {
        Address = address,
        BlockNumber = new HexBigInteger(7),
        BlockHash = "0x" + new string('b', 64),
        TransactionHash = "0x" + new string('a', 64),
        TransactionIndex = new HexBigInteger(0),
        LogIndex = new HexBigInteger(logIndex),
        Topics = topics,
        Data = data,
    };

    private static FilterLog BatchMinted(string data) =>
        Log(Token, 0, [EventTopic.Of<RewardBatchMintedEventDTO>(), "0x" + new string('1', 64)], data);

    private static FilterLog Activated(BigInteger rewardId) =>
        Log(Catalog, 1, [EventTopic.Of<RewardActivatedEventDTO>(), "0x" + Word(rewardId)], "0x");

    private static PreparedRange Prepare(EventDecoders decoders, params FilterLog[] logs)
    {
        var header = new BlockHeader(7, "0x" + new string('b', 64), "0x" + new string('c', 64), 1_700_000_000);
        return PreparedRange.From(new FetchedRange(7, 7, logs, new Dictionary<long, BlockHeader> { [7] = header }), Contracts, 31337, decoders);
    }

    [Test]
    public void ListedEventsAreDecodedAheadWithTheValuesOfTheGeneratedDecoder()
    {
        var minted = BatchMinted("0x" + Word(200) + Word(BigInteger.Parse("2000000000000000000000")));
        var prepared = Prepare(Listed, minted, Activated(42));

        var direct = EventTopic.Decode<RewardBatchMintedEventDTO>(minted);
        var ahead = prepared.Logs[0].Log.Event;
        Assert.That(ahead, Is.InstanceOf<RewardBatchMintedEventDTO>());
        Assert.That(prepared.Logs[0].Log.TryGet<RewardBatchMintedEventDTO>(out var batch), Is.True);
        Assert.That(batch, Is.SameAs(ahead));
        Assert.That(batch.BatchId, Is.EqualTo(direct.BatchId));
        Assert.That(batch.Count, Is.EqualTo(direct.Count).And.EqualTo(new BigInteger(200)));
        Assert.That(batch.Total, Is.EqualTo(direct.Total));

        Assert.That(prepared.Logs[1].Log.Event, Is.InstanceOf<RewardActivatedEventDTO>());
        Assert.That(prepared.Logs[1].Log.TryGet<RewardActivatedEventDTO>(out var activated), Is.True);
        Assert.That(activated.RewardId, Is.EqualTo(new BigInteger(42)));
        Assert.That(prepared.Logs[1].Log.TryGet<RewardDeactivatedEventDTO>(out _), Is.False);
    }

    [Test]
    public void AnEventNoProjectionListsIsDecodedWhenAskedFor()
    {
        var minted = BatchMinted("0x" + Word(3) + Word(30));
        var prepared = Prepare(new EventDecoders([]), minted);

        Assert.That(prepared.Logs[0].Log.Event, Is.Null);
        Assert.That(prepared.Logs[0].Log.TryGet<RewardBatchMintedEventDTO>(out var batch), Is.True);
        Assert.That(batch.Count, Is.EqualTo(new BigInteger(3)));
        Assert.That(batch.Total, Is.EqualTo(new BigInteger(30)));
        Assert.That(prepared.Logs[0].Log.TryGet<VoteCastEventDTO>(out _), Is.False);
    }

    [Test]
    public void AFailedDecodeIsLeftForTheProjectionToMeet()
    {
        // A decoder that throws (a malformed log): the prepare task keeps going and leaves the log undecoded; the
        // projection decodes it itself on the writer and meets whatever the generated decoder makes of it, as before.
        var failing = new EventDecoders([new ListingProjection(new EventDecoder(EventTopic.Of<RewardBatchMintedEventDTO>(), _ => throw new FormatException("bad log")))]);
        var prepared = Prepare(failing, BatchMinted("0x" + Word(5) + Word(50)));

        Assert.That(prepared.Logs[0].Log.Event, Is.Null);
        Assert.That(prepared.Logs[0].Log.TryGet<RewardBatchMintedEventDTO>(out var batch), Is.True);
        Assert.That(batch.Total, Is.EqualTo(new BigInteger(50)));
    }

    [Test]
    public void PreparedRowsHoldTheNodesLogAsBytesAndTheParsedLogIsLetGo()
    {
        var to = "0x" + new string('d', 40);
        var transfer = Log(Token, 0, [TransferLog.Topic, "0x" + new string('0', 64), "0x" + new string('0', 24) + to[2..]], "0x" + Word(1234));
        var minted = BatchMinted("0x" + Word(3) + Word(30));
        var activated = Activated(9);
        var prepared = Prepare(new EventDecoders([new RewardBatchProjection()]), transfer, minted, activated);

        var row = prepared.Logs[0].Row;
        Assert.Multiple(() =>
        {
            Assert.That(row.TransactionHash, Is.EqualTo(Convert.FromHexString(new string('a', 64))));
            Assert.That(row.BlockHash, Is.EqualTo(Convert.FromHexString(new string('b', 64))));
            Assert.That(row.Address, Is.EqualTo(Convert.FromHexString(Token[2..])));
            Assert.That(row.Topics, Is.EqualTo(transfer.Topics.SelectMany(t => Convert.FromHexString(((string)t)[2..])).ToArray()));
            Assert.That(row.Topics, Has.Length.EqualTo(96));
            Assert.That(row.Data, Is.EqualTo(Convert.FromHexString(Word(1234))));
            Assert.That(prepared.Logs[2].Row.Data, Is.Empty, "no data: \"0x\"");
            Assert.That((row.BlockNumber, row.LogIndex, row.ChainId), Is.EqualTo((7L, 0, 31337L)));

            // Decoded ahead: the node's log object is not kept, and the event is still there to read.
            Assert.That(prepared.Range.Logs, Is.Empty);
            Assert.That(prepared.Logs[0].Log.Log, Is.Null);
            Assert.That(prepared.Logs[0].Log.TryGetTransfer(out var decoded), Is.True);
            Assert.That((decoded.To, decoded.Value), Is.EqualTo((to, new BigInteger(1234))));
            Assert.That(prepared.Logs[0].Log.TryGet<RewardBatchMintedEventDTO>(out _), Is.False);
            Assert.That(prepared.Logs[1].Log.Log, Is.Null);
            Assert.That(prepared.Logs[1].Log.TryGet<RewardBatchMintedEventDTO>(out var batch), Is.True);
            Assert.That(batch.Total, Is.EqualTo(new BigInteger(30)));
            // Not listed by any projection here: kept, and decoded when asked for.
            Assert.That(prepared.Logs[2].Log.Log, Is.SameAs(activated));
            Assert.That(prepared.Logs[2].Log.TryGet<RewardActivatedEventDTO>(out var on), Is.True);
            Assert.That(on.RewardId, Is.EqualTo(new BigInteger(9)));
        });
    }

    /// <summary>A projection of CivicToken that only lists a decoder.</summary>
    private sealed class ListingProjection(EventDecoder decoder) : IEventProjection
    {
        public IReadOnlyCollection<string> Contracts { get; } = ["CivicToken"];

        public IReadOnlyCollection<EventDecoder> Events { get; } = [decoder];

        public Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RollbackAsync(CityToken.Api.Storage.CityTokenDb db, long blockNumber, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ResetAsync(CityToken.Api.Storage.CityTokenDb db, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
