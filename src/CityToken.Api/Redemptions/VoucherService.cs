using CityToken.Api.TokenReadModel;
using Nethereum.Util;

namespace CityToken.Api.Redemptions;

/// <summary>Body of POST /api/merchants/keys; <c>merchant</c> null: the city's own desk (vouchers of rewards whose tokens are burned).</summary>
public sealed record MerchantKeyRequest(string? Name, string? Merchant);

/// <summary>A new merchant key: <c>apiKey</c> is shown this once (only its hash is stored).</summary>
public sealed record MerchantKeyCreated(int Id, string Name, string? Merchant, string ApiKey);

/// <summary>A merchant key as listed: its name and merchant, never the key.</summary>
public sealed record MerchantKeyView(int Id, string Name, string? Merchant, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>Voucher counts of one merchant (null: the city's own desk, for rewards whose tokens are burned).</summary>
public sealed record MerchantVoucherCount(string? Merchant, int Issued, int Used);

/// <summary>Vouchers issued and used per merchant, and the indexed redemptions still waiting for their voucher.</summary>
public sealed record VoucherCounts(IReadOnlyList<MerchantVoucherCount> PerMerchant, int Pending);

/// <summary>A voucher accepted: what to hand over.</summary>
public sealed record VoucherRedeemed(long RedemptionId, long RewardId, string? RewardName, string Quantity, DateTimeOffset UsedAt);

/// <summary>
/// Merchants accept vouchers (once, their own only); admins give merchants their keys. Used by the vouchers API and the
/// dashboard's merchant and vouchers pages.
/// </summary>
public sealed class VoucherService(CityTokenDb db, TimeProvider time)
{
    /// <summary>Accepts a voucher for the merchant the caller's key is bound to.</summary>
    public async Task<Outcome<VoucherRedeemed>> RedeemAsync(string code, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var canonical = VoucherCode.Canonical(code);
        if (canonical is null)
        {
            return Problem.Invalid("code", $"A voucher code is {VoucherCode.Length} characters of 0-9 and A-Z without I, L, O, U (dashes optional).",
                "The voucher code is not valid.");
        }
        // The key the caller authenticated with (X-Api-Key, or the dashboard session it signed in) decides which
        // merchant it speaks for.
        var keyId = caller.StaffKeyId ?? -1;
        var binding = await (from key in db.ApiKeys.AsNoTracking()
                             join merchant in db.Set<MerchantKey>().AsNoTracking() on key.Id equals merchant.ApiKeyId
                             where key.Id == keyId && key.RevokedAt == null
                             select new { key.Id, merchant.Merchant }).SingleOrDefaultAsync(cancellationToken);
        if (binding is null)
        {
            return Problem.Forbidden("Not a merchant key.", "This merchant key is not bound to a merchant address; create merchant keys with POST /api/merchants/keys.");
        }
        var hash = VoucherCode.Hash(canonical);
        var voucher = await db.Set<Voucher>().AsNoTracking().SingleOrDefaultAsync(v => v.CodeHash == hash, cancellationToken);
        if (voucher is null)
        {
            return Problem.NotFound("Unknown voucher.", "No voucher has this code.");
        }
        if (voucher.Merchant != binding.Merchant)
        {
            return Problem.Forbidden("Not your voucher.", "This voucher is for another merchant's reward.");
        }
        var redemption = await db.Set<Redemption>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == voucher.RedemptionId && r.TransactionHash == voucher.TransactionHash, cancellationToken);
        if (redemption is null)
        {
            return Problem.Conflict("Voucher void.", "This voucher's redemption is no longer on the chain (a reorganisation removed it); the voucher is void.");
        }
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        // One conditional UPDATE: of two concurrent attempts exactly one changes the row.
        var marked = await db.Set<Voucher>().Where(v => v.Id == voucher.Id && v.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.UsedAt, now).SetProperty(v => v.UsedByKeyId, binding.Id), cancellationToken);
        if (marked == 0)
        {
            var usedAt = await db.Set<Voucher>().Where(v => v.Id == voucher.Id).Select(v => v.UsedAt).SingleAsync(cancellationToken);
            return Problem.Conflict("Voucher already used.", $"This voucher was already used at {DateTimeOffset.FromUnixTimeSeconds(usedAt ?? now):O}.");
        }
        var name = await (from reward in db.Set<CatalogReward>()
                          join listing in db.Set<CatalogListing>() on reward.Uri equals listing.Uri
                          where reward.RewardId == voucher.RewardId
                          select listing.Name).FirstOrDefaultAsync(cancellationToken);
        return new VoucherRedeemed(voucher.RedemptionId, voucher.RewardId, name, redemption.Quantity, DateTimeOffset.FromUnixTimeSeconds(now));
    }

    /// <summary>Creates an API key (role merchant) bound to a merchant address, or to the city's desk; its secret is in the answer only.</summary>
    public async Task<Outcome<MerchantKeyCreated>> CreateMerchantKeyAsync(MerchantKeyRequest body, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = ApiKeyNames.Validate(body.Name, out var nameError);
        if (nameError is not null)
        {
            errors["name"] = [nameError];
        }
        var merchant = Hex.ZeroAddress;
        if (body.Merchant is not null)
        {
            if (!ResidentAddress.TryParse(body.Merchant, out var parsed, out var error))
            {
                errors["merchant"] = [error];
            }
            else
            {
                merchant = Hex.Address(parsed);
            }
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The merchant key is not valid.");
        }
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            return Problem.Conflict("The key name is taken.", $"A key named '{name}' exists already (staff and merchant keys share names; revoked keys keep theirs).");
        }
        var secret = ApiKey.Generate();
        var key = new ApiKey { Name = name!, Roles = [StaffRoles.Merchant], KeyHash = ApiKey.Hash(secret), CreatedAt = time.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new MerchantKey { ApiKeyId = key.Id, Merchant = merchant });
        await db.SaveChangesAsync(cancellationToken);
        return new MerchantKeyCreated(key.Id, key.Name, Checksummed(merchant), secret);
    }

    /// <summary>Merchant keys and the merchant each one accepts vouchers for (never the keys).</summary>
    public async Task<IReadOnlyList<MerchantKeyView>> ListMerchantKeysAsync(CancellationToken cancellationToken)
    {
        var rows = await (from key in db.ApiKeys.AsNoTracking()
                          join merchant in db.Set<MerchantKey>().AsNoTracking() on key.Id equals merchant.ApiKeyId
                          orderby key.Id
                          select new { key.Id, key.Name, merchant.Merchant, key.CreatedAt, key.RevokedAt }).ToListAsync(cancellationToken);
        return rows.Select(r => new MerchantKeyView(r.Id, r.Name, Checksummed(r.Merchant), r.CreatedAt, r.RevokedAt)).ToList();
    }

    /// <summary>Voucher counts per merchant (never a code) and how many redemptions still wait for their voucher.</summary>
    public async Task<VoucherCounts> CountAsync(CancellationToken cancellationToken)
    {
        // Only vouchers whose redemption (id, transaction) is still indexed count: a reorg voids the others.
        var live = from voucher in db.Set<Voucher>().AsNoTracking()
                   join redemption in db.Set<Redemption>().AsNoTracking()
                       on new { Id = voucher.RedemptionId, Tx = voucher.TransactionHash } equals new { Id = redemption.Id, Tx = redemption.TransactionHash }
                   select voucher;
        var counts = await live.GroupBy(v => v.Merchant)
            .Select(g => new { Merchant = g.Key, Issued = g.Count(), Used = g.Count(v => v.UsedAt != null) })
            .ToListAsync(cancellationToken);
        var perMerchant = counts.OrderBy(c => c.Merchant).Select(c => new MerchantVoucherCount(Checksummed(c.Merchant), c.Issued, c.Used)).ToList();
        var pending = await db.Set<Redemption>().AsNoTracking()
            .CountAsync(r => !db.Set<Voucher>().Any(v => v.RedemptionId == r.Id && v.TransactionHash == r.TransactionHash), cancellationToken);
        return new VoucherCounts(perMerchant, pending);
    }

    /// <summary>The merchant as shown: checksummed, or null for the city's own desk (stored as the zero address).</summary>
    private static string? Checksummed(string merchant) => merchant == Hex.ZeroAddress ? null : AddressUtil.Current.ConvertToChecksumAddress(merchant);
}
