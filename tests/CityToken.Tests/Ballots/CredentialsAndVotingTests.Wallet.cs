using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Tests.Infrastructure;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;

namespace CityToken.Tests.Ballots;

/// <summary>A vote of a DID owned by a smart-contract wallet: its owner key signs, the wallet's ERC-1271 check accepts.</summary>
internal sealed partial class CredentialsAndVotingTests
{
    [Test, Order(11)]
    public async Task VoteOfASmartContractWallet_IsRelayedAndCounted_AndAnotherKeysSignatureIsRefused()
    {
        // A ballot of its own (the first one has ended), a wallet resident with a credential valid at its start.
        var owner = EthECKey.GenerateKey();
        var wallet = await ContractWallet.DeployAsync(_node, owner.GetPublicAddress());
        var start = await ChainTimeAsync(_node) + 600;
        var credential = await IssueAsync($"did:ethr:0x7a69:{wallet}", "756.9999.8888.77", start + 30 * 86_400);
        var issued = await PollAsync($"/api/credentials/{credential}", AuditorKey, c => Settled(c, "issue") && c.GetProperty("status").GetString() != "confirmed");
        Assert.That(issued.GetProperty("status").GetString(), Is.EqualTo("valid"), issued.ToString());
        var ballotId = await CreateBallotAsync("Smart-contract wallets vote too?", start, start + 3_600);
        await IncreaseTimeAsync(_node, start - await ChainTimeAsync(_node) + 1);
        await WaitCaughtUpAsync(_service, _node);

        using var response = await _client.GetAsync($"/api/ballots/{ballotId}/vote-typed-data?voter={wallet}&option=2");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var typedData = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        var (refused, problem) = await VoteAsync(ballotId, wallet, typedData, await EthersSigner.SignTypedDataAsync(PrivateKey(_mallory), typedData));
        Assert.That(refused, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToString());
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalidSignature"));

        var (status, accepted) = await VoteAsync(ballotId, wallet, typedData, await EthersSigner.SignTypedDataAsync(PrivateKey(owner), typedData));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToString());
        var vote = await PollAsync(accepted.GetProperty("statusUrl").GetString()!, null, v => (v.GetProperty("counted").GetBoolean() && v.GetProperty("status").GetString() == "confirmed")
            || v.GetProperty("status").GetString() is "reverted" or "failed");
        Assert.That(vote.GetProperty("status").GetString(), Is.EqualTo("confirmed"), vote.ToString());
        var (_, results) = await SendAsync(HttpMethod.Get, $"/api/ballots/{ballotId}/results");
        Assert.That(results.GetProperty("tallies").EnumerateArray().Select(t => t.GetInt64()), Is.EqualTo(new long[] { 0, 0, 1 }));
    }
}
