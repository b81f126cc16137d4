using System.Net;
using System.Numerics;
using System.Text.Json;
using CityToken.Api.Redemptions;
using CityToken.Contracts.CivicToken;
using CityToken.Contracts.CivicToken.ContractDefinition;
using CityToken.Contracts.RewardCatalog;
using CityToken.Contracts.RewardCatalog.ContractDefinition;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Signer;
using static CityToken.Tests.Indexing.IndexerTestKit;
using static CityToken.Tests.Redemptions.RedemptionTestKit;

namespace CityToken.Tests.Redemptions;

/// <summary>
/// On a chain of its own (reorgs would disturb the shared one): the catalog projection after a reorg equals a fresh
/// index of the final chain, and a voucher of an orphaned redemption is void while the redemption that took its id
/// gets a voucher of its own.
/// </summary>
public sealed class CatalogReorgTests
{
    /// <summary>Hardhat default account #3 (public test mnemonic): a resident with ETH, redeeming directly.</summary>
    private const string ResidentKey = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    [Test, Category("EveryChain")]
    public async Task ReorgRestoresTheCatalogAndVoidsVouchersOfOrphanedRedemptions()
    {
        await using var node = await HardhatNode.StartAsync();
        var manifest = await node.DeployAsync();
        await using var service = Service(node);
        service.Settings["Redemptions:VoucherPollMilliseconds"] = "100";
        using var client = service.CreateClient();
        var merchant = EthECKey.GenerateKey().GetPublicAddress();
        var (keyStatus, key) = await SendAsync(client, Request(HttpMethod.Post, "/api/merchants/keys", new { name = "till", merchant }, ServiceFactory.AdminKey));
        Assert.That(keyStatus, Is.EqualTo(HttpStatusCode.Created));
        var merchantKey = key.GetProperty("apiKey").GetString()!;

        var admin = new RewardCatalogService(node.Web3ForAccount0(), manifest.AddressOf("RewardCatalog"));
        var resident = Web3For(node, ResidentKey);
        var residentAddress = new EthECKey(ResidentKey).GetPublicAddress();
        var asResident = new RewardCatalogService(resident, manifest.AddressOf("RewardCatalog"));
        await admin.AddRewardRequestAndWaitForReceiptAsync(new AddRewardFunction { Price = OneToken, Stock = 10, Merchant = merchant, Uri = "ipfs://reorg" });
        await new CivicTokenService(node.Web3ForAccount0(), manifest.AddressOf("CivicToken"))
            .MintRequestAndWaitForReceiptAsync(new MintFunction { To = residentAddress, Amount = 100 * OneToken });
        await new CivicTokenService(resident, manifest.AddressOf("CivicToken"))
            .ApproveRequestAndWaitForReceiptAsync(new ApproveFunction { Spender = manifest.AddressOf("RewardCatalog"), Value = 100 * OneToken });
        await asResident.RedeemRequestAndWaitForReceiptAsync(new RedeemFunction { RewardId = 1, Quantity = 1 });
        await WaitCaughtUpAsync(service, node);
        await VouchersAsync(service, 1);

        var snapshot = await RpcAsync<string>(node, "evm_snapshot");
        // The branch that will be orphaned: a redemption (id 2), new terms, deactivation.
        await asResident.RedeemRequestAndWaitForReceiptAsync(new RedeemFunction { RewardId = 1, Quantity = 2 });
        await admin.UpdateRewardRequestAndWaitForReceiptAsync(new UpdateRewardFunction { RewardId = 1, Price = 2 * OneToken, Stock = 3, Merchant = merchant, Uri = "ipfs://orphan" });
        await admin.DeactivateRewardRequestAndWaitForReceiptAsync(new DeactivateRewardFunction { RewardId = 1 });
        var orphanHead = await WaitCaughtUpAsync(service, node);
        var orphanVoucher = (await VouchersAsync(service, 2)).Single(v => v.RedemptionId == 2);
        var orphanCode = service.Services.GetRequiredService<VoucherIssuer>().Unseal(orphanVoucher);
        Assert.That((await CatalogDumpAsync(service)), Does.Contain("ipfs://orphan"), "the orphaned terms were indexed");

        Assert.That(await RpcAsync<bool>(node, "evm_revert", snapshot), Is.True);
        // The final chain: another redemption takes id 2 (a fresh Web3: the account's cached nonce belongs to the orphaned branch).
        asResident = new RewardCatalogService(Web3For(node, ResidentKey), manifest.AddressOf("RewardCatalog"));
        await asResident.RedeemRequestAndWaitForReceiptAsync(new RedeemFunction { RewardId = 1, Quantity = 1 });
        while (await HeadAsync(node) <= orphanHead + 2)
        {
            await RpcAsync<object>(node, "evm_mine");
        }
        await WaitCaughtUpAsync(service, node);

        var afterReorg = await CatalogDumpAsync(service);
        await using (var fresh = Service(node))
        {
            await WaitCaughtUpAsync(fresh, node);
            Assert.That(afterReorg, Is.EqualTo(await CatalogDumpAsync(fresh)), "catalog after the reorg equals a fresh index of the final chain");
        }
        Assert.That(afterReorg, Does.Not.Contain("ipfs://orphan"));
        var (_, catalog) = await SendAsync(client, Request(HttpMethod.Get, "/api/catalog"));
        var item = catalog.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("stock").GetString(), Is.EqualTo("8"), "10 - 1 - 1 on the final chain");
            Assert.That(item.GetProperty("price").GetString(), Is.EqualTo("1"));
            Assert.That(item.GetProperty("active").GetBoolean(), Is.True);
        });

        var vouchers = await VouchersAsync(service, 3);
        var canonicalVoucher = vouchers.Single(v => v.RedemptionId == 2 && v.TransactionHash != orphanVoucher.TransactionHash);
        var canonicalCode = service.Services.GetRequiredService<VoucherIssuer>().Unseal(canonicalVoucher);
        var (voidStatus, voided) = await SendAsync(client, Request(HttpMethod.Post, $"/api/vouchers/{orphanCode}/redeem", apiKey: merchantKey));
        var (okStatus, _) = await SendAsync(client, Request(HttpMethod.Post, $"/api/vouchers/{canonicalCode}/redeem", apiKey: merchantKey));
        Assert.Multiple(() =>
        {
            Assert.That(voidStatus, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(voided.GetProperty("title").GetString(), Is.EqualTo("Voucher void."));
            Assert.That(okStatus, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private static async Task<List<Voucher>> VouchersAsync(ServiceFactory service, int count)
    {
        List<Voucher> vouchers = [];
        await EventuallyAsync(async () =>
        {
            vouchers = await WithDbAsync(service, db => db.Set<Voucher>().AsNoTracking().ToListAsync());
            return vouchers.Count >= count ? true : (bool?)null;
        });
        Assert.That(vouchers, Has.Count.EqualTo(count));
        return vouchers;
    }

    private static Task<string> CatalogDumpAsync(ServiceFactory service) => WithDbAsync(service, async db =>
        JsonSerializer.Serialize(new
        {
            rewards = await db.Set<CatalogReward>().AsNoTracking().OrderBy(r => r.RewardId).ToListAsync(),
            changes = (await db.Set<CatalogRewardChange>().AsNoTracking().OrderBy(c => c.BlockNumber).ThenBy(c => c.LogIndex).ToListAsync())
                .Select(c => new { c.RewardId, c.BlockNumber, c.LogIndex, c.Event, c.Price, c.Stock, c.Merchant, c.Active, c.Uri }),
        }));
}
