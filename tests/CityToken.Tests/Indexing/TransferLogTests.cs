using System.Numerics;
using CityToken.Api.Ethereum;
using CityToken.Api.Indexing;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Tests.Indexing;

/// <summary>The hand-written Transfer decoder gives exactly what the generated DTO decoder gives.</summary>
public sealed class TransferLogTests
{
    private static FilterLog Log(string from, string to, BigInteger value) => new()
    {
        Topics =
        [
            TransferLog.Topic,
            "0x000000000000000000000000" + from[2..],
            "0x000000000000000000000000" + to[2..],
        ],
        Data = "0x" + Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0'),
    };

    [TestCase("0x0000000000000000000000000000000000000000", "0xAbCdEf0123456789aBcDeF0123456789AbCdEf01", "1")]
    [TestCase("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x0000000000000000000000000000000000000000", "1000000000000000000")]
    [TestCase("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "115792089237316195423570985008687907853269984665640564039457584007913129639935")]
    [TestCase("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0")]
    public void DecodesLikeTheGeneratedDto(string from, string to, string value)
    {
        var log = Log(from, to, BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        var dto = EventTopic.Decode<TransferEventDTO>(log);
        Assert.That(TransferLog.TryDecode(log, out var transfer), Is.True);
        Assert.That(transfer.From, Is.EqualTo(Hex.Address(dto.From)));
        Assert.That(transfer.To, Is.EqualTo(Hex.Address(dto.To)));
        Assert.That(transfer.Value, Is.EqualTo(dto.Value));
    }

    [Test]
    public void RejectsOtherAndMalformedLogs()
    {
        var good = Log("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", 5);
        Assert.That(TransferLog.TryDecode(new FilterLog { Topics = [EventTopic.Of<ApprovalEventDTO>(), good.Topics[1], good.Topics[2]], Data = good.Data }, out _), Is.False);
        Assert.That(TransferLog.TryDecode(new FilterLog { Topics = good.Topics, Data = "0x" }, out _), Is.False);
        Assert.That(TransferLog.TryDecode(new FilterLog { Topics = good.Topics[..2], Data = good.Data }, out _), Is.False);
    }
}
