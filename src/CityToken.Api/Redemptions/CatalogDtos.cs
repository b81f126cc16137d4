namespace CityToken.Api.Redemptions;

/// <summary>
/// Body of POST /api/catalog. <c>price</c> in tokens as a decimal string ("2.5"); <c>stock</c> a whole number or
/// "unlimited"; <c>merchant</c> the address paid on redemption, or null to burn the tokens (a city service).
/// </summary>
public sealed record CatalogItemRequest(string? Name, string? Description, string? Price, JsonElement? Stock, string? Merchant);

/// <summary>Body of PATCH /api/catalog/{id}: only the fields given change.</summary>
public sealed record CatalogItemPatch(string? Price, JsonElement? Stock, bool? Active, string? Name, string? Description);

/// <summary>A reward as the public sees it: on-chain terms (indexed) and the off-chain name and description.</summary>
/// <param name="Price">Tokens per unit ("2.5").</param>
/// <param name="PriceBaseUnits">Base units per unit (18 decimals).</param>
/// <param name="Stock">Units left; null when unlimited.</param>
/// <param name="Merchant">Paid on redemption; null: the tokens are burned.</param>
public sealed record CatalogItemView(
    long Id, string? Name, string? Description, string Price, string PriceBaseUnits, string? Stock, bool Unlimited,
    string? Merchant, bool Active, string Uri);

/// <summary>The catalog, by reward id.</summary>
public sealed record CatalogView(IReadOnlyList<CatalogItemView> Items);

/// <summary>Answer to a catalog write: the request and where to follow it.</summary>
public sealed record CatalogRequestAccepted(Guid Id, string StatusUrl);

/// <summary>A catalog request's progress: each chain write (outbox entry) and, for an add, the reward id once indexed.</summary>
/// <param name="Status">pending (some write not final), confirmed (all confirmed), or failed (a write reverted or failed).</param>
public sealed record CatalogRequestView(Guid Id, string Kind, long? RewardId, string Status, IReadOnlyList<CatalogWriteView> Writes);

/// <summary>One chain write of a catalog request.</summary>
public sealed record CatalogWriteView(string Step, long OutboxId, string Status, string? TxHash, string? Error);
