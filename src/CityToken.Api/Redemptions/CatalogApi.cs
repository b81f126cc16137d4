namespace CityToken.Api.Redemptions;

/// <summary>The reward catalog over HTTP: public listing, admin changes and their progress, served by <see cref="CatalogService"/>.</summary>
public static class CatalogApi
{

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/catalog").WithTags("Catalog");
        group.MapGet("/", ListCatalog).AllowAnonymous().WithName("ListCatalog")
            .WithSummary("Rewards and city services: price, stock, merchant, active (from the index) with names and descriptions.");
        group.MapPost("/", AddItem).RequireRoles(AccessRules.CatalogManagers).WithName("AddCatalogItem")
            .WithSummary("Lists a reward (admin): stored off-chain, added on chain through the outbox; 202 with a status URL.")
            .Accepts<CatalogItemRequest>("application/json");
        group.MapPatch("/{id:long}", UpdateItem).RequireRoles(AccessRules.CatalogManagers).WithName("UpdateCatalogItem")
            .WithSummary("Changes a reward's price, stock, active flag (on chain, through the outbox) or name and description (admin).")
            .Accepts<CatalogItemPatch>("application/json");
        group.MapGet("/requests/{requestId:guid}", GetRequest)
            .RequireRoles(AccessRules.CatalogReaders).WithName("GetCatalogRequest")
            .WithSummary("Progress of a catalog change: its chain writes and, for an addition, the new reward id.");
        return routes;
    }

    internal static async Task<Ok<CatalogView>> ListCatalog(CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(cancellationToken));

    internal static Task<Results<Accepted<CatalogRequestAccepted>, ValidationProblem, ProblemHttpResult>> AddItem(
        HttpRequest http, CurrentCaller caller, CatalogService catalog, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((CatalogItemRequest request) => catalog.AddAsync(request, caller, cancellationToken), Accepted, cancellationToken);

    internal static Task<Results<Accepted<CatalogRequestAccepted>, ValidationProblem, ProblemHttpResult>> UpdateItem(
        long id, HttpRequest http, CurrentCaller caller, CatalogService catalog, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((CatalogItemPatch patch) => catalog.UpdateAsync(id, patch, caller, cancellationToken), Accepted, cancellationToken);

    internal static async Task<Results<Ok<CatalogRequestView>, ValidationProblem, ProblemHttpResult>> GetRequest(
        Guid requestId, CatalogService catalog, CancellationToken cancellationToken) =>
        (await catalog.GetRequestAsync(requestId, cancellationToken)).ToOk();

    private static Accepted<CatalogRequestAccepted> Accepted(CatalogRequestAccepted accepted) => TypedResults.Accepted(accepted.StatusUrl, accepted);
}
