using System.Globalization;
using System.Net;
using System.Numerics;
using CityToken.Api.Ballots;
using CityToken.Api.Chain.Outbox;
using CityToken.Contracts.BallotBox;
using CityToken.Contracts.BallotBox.ContractDefinition;
using CityToken.Tests.Chain.Outbox;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Ballots;

/// <summary>
/// The vote relay never pays for a revert it could foresee: a deadline too close to the chain's time, a malformed
/// signature, a voter whose relays already failed, a credential revoked since the ballot opened (contract and service agree).
/// </summary>
internal sealed partial class CredentialsAndVotingTests
{
    /// <summary>secp256k1's group order.</summary>
    private static readonly BigInteger CurveOrder = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [Test, Order(6)]
    public async Task DeadlineWithinTheMargin_IsRefused()
    {
        // One second after the latest block passed every check before, and was mined as BallotBoxExpiredSignature.
        var now = await ChainTimeAsync(_node);
        await RefusedAsync(_bob, HttpStatusCode.BadRequest, "signatureExpired", t => t["message"]!["deadline"] = (now + 5).ToString(CultureInfo.InvariantCulture));
    }

    [Test, Order(6)]
    public async Task MalformedSignatures_Answer400AndNothingIsRelayed()
    {
        var typedData = await TypedDataAsync(_bob, 0);
        var valid = await EthersSigner.SignTypedDataAsync(PrivateKey(_bob), typedData);
        var bytes = valid.HexToByteArray();
        // The same signature with s' = n - s and v flipped recovers the same key, but OpenZeppelin's ECDSA refuses it (malleable).
        var s = new BigInteger(bytes.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        var highS = (CurveOrder - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        byte[] malleable = [.. bytes[..32], .. new byte[32 - highS.Length], .. highS, (byte)(bytes[64] == 27 ? 28 : 27)];
        string[] malformed =
        [
            valid[..^2], // 64 bytes
            valid + "00", // 66 bytes
            "0x" + new string('z', 130), // not hex
            valid[..^2] + "1d", // v = 29
            "0x" + new string('0', 64) + valid[66..], // r = 0
            "0x" + new string('f', 64) + valid[66..], // r above the curve order
            malleable.ToHex(true),
        ];
        var before = await OutboxCountAsync();
        foreach (var signature in malformed)
        {
            using var response = await PostJsonAsync($"/api/ballots/{_ballotId}/votes", new
            {
                voter = _bob.GetPublicAddress(),
                option = 0,
                deadline = typedData["message"]!["deadline"]!.GetValue<string>(),
                signature,
            });
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").TryGetProperty("signature", out _), Is.True, $"{signature}: {problem}");
        }
        Assert.That(await OutboxCountAsync(), Is.EqualTo(before), "nothing relayed");
    }

    [Test, Order(6)]
    public async Task VoterWhoseRelaysFailed_IsNotRelayedAgain()
    {
        // Fault injection: two earlier relays of Bob's votes in this ballot ended reverted (paid by the city).
        var voter = _bob.GetPublicAddress();
        var seeded = await WithDbAsync(_service, async db =>
        {
            var ids = new List<long>();
            for (var i = 0; i < 2; i++)
            {
                var entry = new OutboxEntry
                {
                    IdempotencyKey = $"test-reverted-vote:{Guid.NewGuid():N}", RequestHash = "00", Purpose = "test: reverted vote relay",
                    Sender = voter, To = _manifest.AddressOf("BallotBox"), Data = "0x", Value = "0", Status = OutboxStatus.Reverted,
                    Error = "BallotBoxExpiredSignature(deadline=1)", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                };
                var request = new VoteRequest
                {
                    BallotId = _ballotId, Voter = voter, Signer = voter, PersonKey = "0x" + new string('0', 64), Option = 0, Nonce = "0",
                    Deadline = "1", Signature = "0x" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), CreatedAt = DateTimeOffset.UtcNow, Entry = entry,
                };
                db.Add(request);
                await db.SaveChangesAsync();
                ids.Add(request.Id);
            }
            return ids;
        });
        try
        {
            await RefusedAsync(_bob, HttpStatusCode.TooManyRequests, "tooManyFailedRelays", _ => { });
        }
        finally
        {
            await WithDbAsync(_service, async db =>
            {
                var rows = await db.Set<VoteRequest>().Include(v => v.Entry).Where(v => seeded.Contains(v.Id)).ToListAsync();
                db.RemoveRange(rows);
                db.RemoveRange(rows.Select(r => r.Entry!));
                return await db.SaveChangesAsync();
            });
        }
    }

    [Test, Order(6)]
    public async Task VoteTheChainWouldRevert_IsRefusedNamingTheErrorAndNothingIsStaged()
    {
        // Fault injection: a chain whose dry run of the exact castVoteBySig reverts although every check of the service
        // passes (as when the block time jumps past the deadline): the relay must not be staged.
        var selector = Nethereum.Util.Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes("BallotBoxExpiredSignature(uint256)"))[..4];
        var revert = "0x" + Convert.ToHexStringLower(selector) + new string('0', 63) + "7";
        await using var service = OutboxTestKit.ServiceWith(_node, inner => new RevertingCallRpc(inner, _manifest.AddressOf("BallotBox"), revert));
        using var client = service.CreateClient();
        var typedData = await TypedDataAsync(_bob, 1);
        var signature = await EthersSigner.SignTypedDataAsync(PrivateKey(_bob), typedData);

        using var response = await client.PostAsync($"/api/ballots/{_ballotId}/votes", System.Net.Http.Json.JsonContent.Create(new
        {
            voter = _bob.GetPublicAddress(), option = 1, deadline = typedData["message"]!["deadline"]!.GetValue<string>(), signature,
        }));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("relayWouldRevert"), problem.ToString());
            Assert.That(problem.GetProperty("errorName").GetString(), Is.EqualTo("BallotBoxExpiredSignature"));
            Assert.That(problem.GetProperty("error").GetString(), Is.EqualTo("BallotBoxExpiredSignature(deadline=7)"));
            Assert.That(await WithDbAsync(service, db => db.Set<OutboxEntry>().CountAsync()), Is.Zero, "nothing staged");
            Assert.That(await WithDbAsync(service, db => db.Set<VoteRequest>().CountAsync()), Is.Zero, "no vote stored");
        });
    }

    [Test, Order(9)]
    public async Task CredentialRevokedAfterTheStart_IsRefusedByTheServiceAndByTheContract()
    {
        // Bob's credential was valid when the ballot opened and was revoked by the registrar since (Order 8).
        await RefusedAsync(_bob, HttpStatusCode.Forbidden, "credentialRevoked", _ => { });

        // Sent directly by Bob (who owns his DID), the contract refuses it too.
        var bob = _bob.GetPublicAddress();
        await RpcAsync<object>(_node, "hardhat_setBalance", bob, "0xDE0B6B3A7640000");
        var box = new BallotBoxService(Web3For(_node, PrivateKey(_bob)), _manifest.AddressOf("BallotBox"));
        var vote = new CastVoteFunction { BallotId = _ballotId, Voter = bob, Option = 0 };
        var refused = Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() => box.ContractHandler.QueryAsync<CastVoteFunction, bool>(vote));
        Assert.That(refused!.IsCustomErrorFor<BallotBoxCredentialRevokedError>(), Is.True, refused.Message);
        vote.Gas = 300_000; // past estimation, as a careless relayer would: the node reports the revert
        try
        {
            // Hardhat refuses the transaction when it is sent; a node that mines it anyway (Anvil) records it as failed.
            var receipt = await box.CastVoteRequestAndWaitForReceiptAsync(vote);
            Assert.That(receipt.Status.Value, Is.EqualTo(BigInteger.Zero), "the vote was mined and succeeded");
        }
        catch (RpcResponseException sent)
        {
            Assert.That(sent.Message, Does.Contain("BallotBoxCredentialRevoked"));
        }
        Assert.That(await box.TurnoutQueryAsync(_ballotId), Is.EqualTo(BigInteger.One), "only Alice's vote counts");
    }
}

/// <summary>An <see cref="IOutboxRpc"/> whose eth_call to <paramref name="target"/> reverts with <paramref name="revertData"/>; everything else is real.</summary>
internal sealed class RevertingCallRpc(IOutboxRpc inner, string target, string revertData) : DelegatingOutboxRpc(inner)
{
    public override Task<string?> CallForRevertDataAsync(OutboxCall request, long blockNumber, CancellationToken cancellationToken) =>
        string.Equals(request.To, target, StringComparison.OrdinalIgnoreCase)
            ? Task.FromResult<string?>(revertData)
            : Inner.CallForRevertDataAsync(request, blockNumber, cancellationToken);
}
