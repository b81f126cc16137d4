namespace CityToken.Api.Redemptions;

/// <summary>Merchants accept vouchers; admins give merchants their keys: over HTTP, served by <see cref="VoucherService"/>.</summary>
public static class VouchersApi
{

    public static IEndpointRouteBuilder MapVouchersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/vouchers/{code}/redeem", RedeemVoucher).WithTags("Vouchers")
            .RequireRoles(AccessRules.Merchants).WithName("RedeemVoucher")
            .WithSummary("A merchant accepts a voucher of one of its rewards, once (a second attempt is 409).");
        var merchants = routes.MapGroup("/api/merchants/keys").WithTags("Vouchers");
        merchants.MapPost("/", CreateMerchantKey).RequireRoles(AccessRules.CatalogManagers).WithName("CreateMerchantKey")
            .WithSummary("Creates an API key (role merchant) bound to a merchant address, or to the city's desk (merchant null); shown once.")
            .Accepts<MerchantKeyRequest>("application/json");
        merchants.MapGet("/", ListMerchantKeys).RequireRoles(AccessRules.CatalogReaders)
            .WithName("ListMerchantKeys").WithSummary("Merchant keys and the merchant each one accepts vouchers for (never the keys).");
        return routes;
    }

    internal static async Task<Results<Ok<VoucherRedeemed>, ValidationProblem, ProblemHttpResult>> RedeemVoucher(
        string code, CurrentCaller caller, VoucherService vouchers, CancellationToken cancellationToken) =>
        (await vouchers.RedeemAsync(code, caller, cancellationToken)).ToOk();

    internal static Task<Results<Created<MerchantKeyCreated>, ValidationProblem, ProblemHttpResult>> CreateMerchantKey(
        HttpRequest http, VoucherService vouchers, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((MerchantKeyRequest body) => vouchers.CreateMerchantKeyAsync(body, cancellationToken),
            created => TypedResults.Created($"/api/merchants/keys/{created.Id}", created), cancellationToken);

    internal static async Task<Ok<IReadOnlyList<MerchantKeyView>>> ListMerchantKeys(VoucherService vouchers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await vouchers.ListMerchantKeysAsync(cancellationToken));
}
