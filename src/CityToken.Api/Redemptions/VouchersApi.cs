using System.Globalization;
using System.Security.Claims;
using CityToken.Api.Ethereum;
using CityToken.Api.Hosting;
using CityToken.Api.Auth;
using CityToken.Api.Redemptions;
using CityToken.Api.Indexing;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nethereum.Util;

namespace CityToken.Api.Redemptions;

/// <summary>Merchants accept vouchers; admins give merchants their keys.</summary>
public static class VouchersApi
{
    public static IEndpointRouteBuilder MapVouchersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/vouchers/{code}/redeem", RedeemVoucher).WithTags("Vouchers")
            .RequireAuthorization(StaffRoles.Merchant).WithName("RedeemVoucher")
            .WithSummary("A merchant accepts a voucher of one of its rewards, once (a second attempt is 409).");
        var merchants = routes.MapGroup("/api/merchants/keys").WithTags("Vouchers");
        merchants.MapPost("/", CreateMerchantKey).RequireAuthorization(StaffRoles.Admin).WithName("CreateMerchantKey")
            .WithSummary("Creates an API key (role merchant) bound to a merchant address, or to the city's desk (merchant null); shown once.")
            .Accepts<MerchantKeyRequest>("application/json");
        merchants.MapGet("/", ListMerchantKeys).RequireAuthorization(policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Auditor))
            .WithName("ListMerchantKeys").WithSummary("Merchant keys and the merchant each one accepts vouchers for (never the keys).");
        return routes;
    }

    internal static async Task<Results<Ok<VoucherRedeemed>, ValidationProblem, ProblemHttpResult>> RedeemVoucher(
        string code, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var canonical = VoucherCode.Canonical(code);
        if (canonical is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["code"] = [$"A voucher code is {VoucherCode.Length} characters of 0-9 and A-Z without I, L, O, U (dashes optional)."],
            }, title: "The voucher code is not valid.");
        }
        // The key the caller authenticated with (X-Api-Key, or the dashboard session it signed in) decides which
        // merchant it speaks for.
        var keyId = int.TryParse(user.FindFirstValue(StaffKeyLookup.KeyIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
        var binding = await (from key in db.ApiKeys.AsNoTracking()
                             join merchant in db.Set<MerchantKey>().AsNoTracking() on key.Id equals merchant.ApiKeyId
                             where key.Id == keyId && key.RevokedAt == null
                             select new { key.Id, merchant.Merchant }).SingleOrDefaultAsync(cancellationToken);
        if (binding is null)
        {
            return TypedResults.Problem("This merchant key is not bound to a merchant address; create merchant keys with POST /api/merchants/keys.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not a merchant key.");
        }
        var hash = VoucherCode.Hash(canonical);
        var voucher = await db.Set<Voucher>().AsNoTracking().SingleOrDefaultAsync(v => v.CodeHash == hash, cancellationToken);
        if (voucher is null)
        {
            return TypedResults.Problem("No voucher has this code.", statusCode: StatusCodes.Status404NotFound, title: "Unknown voucher.");
        }
        if (voucher.Merchant != binding.Merchant)
        {
            return TypedResults.Problem("This voucher is for another merchant's reward.", statusCode: StatusCodes.Status403Forbidden, title: "Not your voucher.");
        }
        var redemption = await db.Set<Redemption>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == voucher.RedemptionId && r.TransactionHash == voucher.TransactionHash, cancellationToken);
        if (redemption is null)
        {
            return TypedResults.Problem("This voucher's redemption is no longer on the chain (a reorganisation removed it); the voucher is void.",
                statusCode: StatusCodes.Status409Conflict, title: "Voucher void.");
        }
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        // One conditional UPDATE: of two concurrent attempts exactly one changes the row.
        var marked = await db.Set<Voucher>().Where(v => v.Id == voucher.Id && v.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.UsedAt, now).SetProperty(v => v.UsedByKeyId, binding.Id), cancellationToken);
        if (marked == 0)
        {
            var usedAt = await db.Set<Voucher>().Where(v => v.Id == voucher.Id).Select(v => v.UsedAt).SingleAsync(cancellationToken);
            return TypedResults.Problem($"This voucher was already used at {DateTimeOffset.FromUnixTimeSeconds(usedAt ?? now):O}.",
                statusCode: StatusCodes.Status409Conflict, title: "Voucher already used.");
        }
        var name = await (from reward in db.Set<CatalogReward>()
                          join listing in db.Set<CatalogListing>() on reward.Uri equals listing.Uri
                          where reward.RewardId == voucher.RewardId
                          select listing.Name).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new VoucherRedeemed(voucher.RedemptionId, voucher.RewardId, name, redemption.Quantity,
            DateTimeOffset.FromUnixTimeSeconds(now)));
    }

    internal static async Task<Results<Created<MerchantKeyCreated>, ValidationProblem, ProblemHttpResult>> CreateMerchantKey(
        HttpRequest http, CityTokenDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<MerchantKeyRequest>(http, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }
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
            return TypedResults.ValidationProblem(errors, title: "The merchant key is not valid.");
        }
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            return TypedResults.Problem($"A key named '{name}' exists already (staff and merchant keys share names; revoked keys keep theirs).",
                statusCode: StatusCodes.Status409Conflict, title: "The key name is taken.");
        }
        var secret = ApiKey.Generate();
        var key = new ApiKey { Name = name!, Roles = [StaffRoles.Merchant], KeyHash = ApiKey.Hash(secret), CreatedAt = time.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new MerchantKey { ApiKeyId = key.Id, Merchant = merchant });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/merchants/keys/{key.Id}",
            new MerchantKeyCreated(key.Id, key.Name, merchant == Hex.ZeroAddress ? null : AddressUtil.Current.ConvertToChecksumAddress(merchant), secret));
    }

    internal static async Task<Ok<IReadOnlyList<MerchantKeyView>>> ListMerchantKeys(CityTokenDb db, CancellationToken cancellationToken)
    {
        var rows = await (from key in db.ApiKeys.AsNoTracking()
                          join merchant in db.Set<MerchantKey>().AsNoTracking() on key.Id equals merchant.ApiKeyId
                          orderby key.Id
                          select new { key.Id, key.Name, merchant.Merchant, key.CreatedAt, key.RevokedAt }).ToListAsync(cancellationToken);
        IReadOnlyList<MerchantKeyView> views = rows.Select(r => new MerchantKeyView(r.Id, r.Name,
            r.Merchant == Hex.ZeroAddress ? null : AddressUtil.Current.ConvertToChecksumAddress(r.Merchant), r.CreatedAt, r.RevokedAt)).ToList();
        return TypedResults.Ok(views);
    }
}

/// <summary>Body of POST /api/merchants/keys; <c>merchant</c> null: the city's own desk (vouchers of rewards whose tokens are burned).</summary>
public sealed record MerchantKeyRequest(string? Name, string? Merchant);

/// <summary>A new merchant key: <c>apiKey</c> is shown this once (only its hash is stored).</summary>
public sealed record MerchantKeyCreated(int Id, string Name, string? Merchant, string ApiKey);

public sealed record MerchantKeyView(int Id, string Name, string? Merchant, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A voucher accepted: what to hand over.</summary>
public sealed record VoucherRedeemed(long RedemptionId, long RewardId, string? RewardName, string Quantity, DateTimeOffset UsedAt);
