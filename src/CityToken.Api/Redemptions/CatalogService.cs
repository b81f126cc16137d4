using CityToken.Api.Rewards;
using CityToken.Api.TokenReadModel;
using CityToken.Contracts.RewardCatalog;
using CityToken.Contracts.RewardCatalog.ContractDefinition;

namespace CityToken.Api.Redemptions;

/// <summary>
/// The reward catalog: the listing from the index; admin changes stored off chain and sent to RewardCatalog through
/// the outbox. Used by the catalog API and the dashboard's catalog page.
/// </summary>
public sealed class CatalogService(ChainGateway chain, TransactionOutbox outbox, CityTokenDb db, TimeProvider time)
{
    private const string Burn = Ethereum.Hex.ZeroAddress;

    public async Task<CatalogView> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from reward in db.Set<CatalogReward>().AsNoTracking()
                          join listing in db.Set<CatalogListing>().AsNoTracking() on reward.Uri equals listing.Uri into listings
                          from listing in listings.DefaultIfEmpty()
                          orderby reward.RewardId
                          select new { reward, listing }).ToListAsync(cancellationToken);
        return new CatalogView(rows.Select(r => View(r.reward, r.listing)).ToList());
    }

    /// <summary>Lists a reward: its name and description stored here, addReward staged through the outbox.</summary>
    public async Task<Outcome<CatalogRequestAccepted>> AddAsync(CatalogItemRequest request, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = TextField.Read(request.Name, "name", CatalogLimits.Name, errors);
        var description = TextField.Read(request.Description, "description", CatalogLimits.Description, errors, required: false);
        var price = Price(request.Price, errors);
        var stock = Stock(request.Stock, errors, required: true);
        string merchant = Burn;
        if (request.Merchant is not null)
        {
            if (!ResidentAddress.TryParse(request.Merchant, out var parsed, out var error))
            {
                errors["merchant"] = [error];
            }
            else if (parsed == Burn)
            {
                errors["merchant"] = ["Use null (not the zero address) for a reward whose tokens are burned."];
            }
            else
            {
                merchant = parsed;
            }
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The catalog item is not valid.");
        }
        if (!ContractAddress.TryGet(chain, ContractNames.RewardCatalog, out var catalogAddress, out var noDeployment))
        {
            return noDeployment;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var id = Guid.NewGuid();
        var listing = new CatalogListing { Id = id, Uri = CatalogListing.UriFor(id), Name = name!, Description = description ?? "", CreatedAt = now, UpdatedAt = now };
        db.Add(listing);
        db.Add(new CatalogRequest { Id = id, Kind = "add", ListingId = id, RequestedBy = Who(caller), CreatedAt = now });
        var add = new AddRewardFunction { Price = price!.Value, Stock = stock!.Value, Merchant = merchant, Uri = listing.Uri };
        await outbox.StageCallAsync(db, catalogAddress, add, CatalogRequest.OutboxKey(id, "add"),
            $"catalog add '{name}' at {TokenAmount.FormatTokens(price.Value)} tokens", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        return Accepted(id);
    }

    /// <summary>Changes a reward's terms or active flag (on chain, through the outbox) and its name and description (here).</summary>
    public async Task<Outcome<CatalogRequestAccepted>> UpdateAsync(long id, CatalogItemPatch patch, CurrentCaller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var price = patch.Price is null ? null : Price(patch.Price, errors);
        var stock = Stock(patch.Stock, errors, required: false);
        var name = patch.Name is null ? null : TextField.Read(patch.Name, "name", CatalogLimits.Name, errors);
        var description = patch.Description is null ? null : TextField.Read(patch.Description, "description", CatalogLimits.Description, errors, required: false);
        if (price is null && stock is null && patch.Active is null && name is null && description is null && errors.Count == 0)
        {
            errors["body"] = ["Give at least one of price, stock, active, name, description."];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The catalog change is not valid.");
        }
        if (!ContractAddress.TryGet(chain, ContractNames.RewardCatalog, out var catalogAddress, out var noDeployment))
        {
            return noDeployment;
        }
        // The chain, not the index, is read: updateReward rewrites every term, so the unchanged ones must be current.
        var catalog = new RewardCatalogService(chain.Web3, catalogAddress);
        if (id < 1 || id > (long)await catalog.RewardCountQueryAsync())
        {
            return Problem.NotFound("Unknown reward.", $"There is no reward {id}.");
        }
        var current = (await catalog.GetRewardQueryAsync(id)).ReturnValue1;

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var requestId = Guid.NewGuid();
        var wroteChain = false;
        if (price is not null || stock is not null)
        {
            var update = new UpdateRewardFunction
            {
                RewardId = id,
                Price = price ?? current.Price,
                Stock = stock ?? current.Stock,
                Merchant = current.Merchant,
                Uri = current.Uri,
            };
            await outbox.StageCallAsync(db, catalogAddress, update, CatalogRequest.OutboxKey(requestId, "terms"), $"catalog update reward {id}", cancellationToken);
            wroteChain = true;
        }
        if (patch.Active is { } active && active != current.Active)
        {
            var key = CatalogRequest.OutboxKey(requestId, "active");
            var purpose = $"catalog {(active ? "activate" : "deactivate")} reward {id}";
            await (active
                ? outbox.StageCallAsync(db, catalogAddress, new ActivateRewardFunction { RewardId = id }, key, purpose, cancellationToken)
                : outbox.StageCallAsync(db, catalogAddress, new DeactivateRewardFunction { RewardId = id }, key, purpose, cancellationToken));
            wroteChain = true;
        }
        if (name is not null || description is not null)
        {
            var listing = await db.Set<CatalogListing>().SingleOrDefaultAsync(l => l.Uri == current.Uri, cancellationToken);
            if (listing is null)
            {
                // A reward listed outside the service: give it a description keyed by its on-chain uri.
                listing = new CatalogListing { Id = Guid.NewGuid(), Uri = current.Uri, Name = name ?? "", Description = "", CreatedAt = now };
                db.Add(listing);
            }
            listing.Name = name ?? listing.Name;
            listing.Description = description ?? listing.Description;
            listing.UpdatedAt = now;
        }
        db.Add(new CatalogRequest { Id = requestId, Kind = "update", RewardId = id, RequestedBy = Who(caller), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        if (wroteChain)
        {
            outbox.Wake();
        }
        return Accepted(requestId);
    }

    /// <summary>Progress of a catalog change: its chain writes and, for an addition, the new reward id once indexed.</summary>
    public async Task<Outcome<CatalogRequestView>> GetRequestAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Set<CatalogRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return Problem.NotFound("Not found.", $"There is no catalog request {requestId}.");
        }
        var prefix = CatalogRequest.OutboxKey(requestId, "");
        var entries = await db.Set<OutboxEntry>().AsNoTracking().Where(e => e.IdempotencyKey.StartsWith(prefix))
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var rewardId = request.RewardId;
        if (rewardId is null && request.ListingId is { } listingId)
        {
            var uri = CatalogListing.UriFor(listingId);
            rewardId = await db.Set<CatalogReward>().Where(r => r.Uri == uri).Select(r => (long?)r.RewardId).FirstOrDefaultAsync(cancellationToken);
        }
        var status = entries.Any(e => e.Status is OutboxStatus.Reverted or OutboxStatus.Failed) ? "failed"
            : entries.All(e => e.Status == OutboxStatus.Confirmed) ? "confirmed" : "pending";
        var writes = entries.Select(e => new CatalogWriteView(e.IdempotencyKey[prefix.Length..], e.Id, e.Status.ToString().ToLowerInvariant(), e.TxHash, e.Error)).ToList();
        return new CatalogRequestView(request.Id, request.Kind, rewardId, status, writes);
    }

    private static CatalogItemView View(CatalogReward reward, CatalogListing? listing)
    {
        var unlimited = reward.Stock == CatalogReward.UnlimitedStock;
        return new CatalogItemView(reward.RewardId, listing?.Name, listing?.Description,
            TokenAmount.FormatTokens(BigInteger.Parse(reward.Price, CultureInfo.InvariantCulture)), reward.Price,
            unlimited ? null : reward.Stock, unlimited, reward.Merchant is null ? null : Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress(reward.Merchant),
            reward.Active, reward.Uri);
    }

    private static CatalogRequestAccepted Accepted(Guid id) => new(id, $"/api/catalog/requests/{id:D}");

    private static string Who(CurrentCaller caller) => caller.Name ?? "unknown";

    private static BigInteger? Price(string? value, Dictionary<string, string[]> errors)
    {
        if (!TokenAmount.TryParseTokens(value, out var price) || price.IsZero || price >= BigInteger.One << 128)
        {
            errors["price"] = ["Required: a positive token amount as a decimal string, e.g. \"2.5\" (at most 18 decimals)."];
            return null;
        }
        return price;
    }

    private static ulong? Stock(JsonElement? value, Dictionary<string, string[]> errors, bool required)
    {
        if (value is null || value.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            if (required)
            {
                errors["stock"] = ["Required: a whole number of units, or \"unlimited\"."];
            }
            return null;
        }
        var text = JsonBody.NumberText(value);
        if (string.Equals(text, "unlimited", StringComparison.OrdinalIgnoreCase))
        {
            return ulong.MaxValue;
        }
        if (text is null || !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var stock) || stock == ulong.MaxValue)
        {
            errors["stock"] = ["A whole number of units from 0 to 18446744073709551614, or \"unlimited\"."];
            return null;
        }
        return stock;
    }
}
