namespace CityToken.Api.Redemptions;

/// <summary>Merchants accept vouchers; admins give merchants their keys: over HTTP, served by <see cref="VoucherService"/>.</summary>
public static class VouchersApi
{

    public static IEndpointRouteBuilder MapVouchersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/vouchers/{code}/redeem", RedeemVoucher).WithTags("Vouchers")
            .RequireRoles(AccessRules.Merchants).WithName("RedeemVoucher")
            .WithSummary("A merchant accepts a voucher of one of its rewards, once (a second attempt is 409).");
        // The caller already holds the code (the portal got it from the resident's own session): nothing is looked up,
        // and the code travels in a POST body, not in a URL that logs keep.
        routes.MapPost("/api/vouchers/qr", VoucherQr).AllowAnonymous().WithTags("Vouchers").WithName("GetVoucherQrCode")
            .WithSummary("An SVG QR code of a voucher code, for the resident to show and the merchant page to scan.")
            .Accepts<VoucherQrRequest>("application/json");
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

    internal static Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> VoucherQr(HttpRequest http, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((VoucherQrRequest body) => Task.FromResult<Outcome<string>>(VoucherCode.Canonical(body.Code) is { } canonical
                ? Credentials.Verifiable.QrCodes.Svg(canonical)
                : Problem.Invalid("code", $"A voucher code is {VoucherCode.Length} characters of 0-9 and A-Z without I, L, O, U (dashes optional).", "The voucher code is not valid.")),
            svg => TypedResults.Text(svg, "image/svg+xml", System.Text.Encoding.UTF8), cancellationToken);

    internal static Task<Results<Created<MerchantKeyCreated>, ValidationProblem, ProblemHttpResult>> CreateMerchantKey(
        HttpRequest http, VoucherService vouchers, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((MerchantKeyRequest body) => vouchers.CreateMerchantKeyAsync(body, cancellationToken),
            created => TypedResults.Created($"/api/merchants/keys/{created.Id}", created), cancellationToken);

    internal static async Task<Ok<IReadOnlyList<MerchantKeyView>>> ListMerchantKeys(VoucherService vouchers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await vouchers.ListMerchantKeysAsync(cancellationToken));
}

/// <summary>A voucher code to draw as a QR code (POST /api/vouchers/qr).</summary>
public sealed record VoucherQrRequest(string? Code);
