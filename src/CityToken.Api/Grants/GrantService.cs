using System.Text.RegularExpressions;
using CityToken.Api.TokenReadModel;
using CityToken.Contracts.CivicToken.ContractDefinition;

namespace CityToken.Api.Grants;

/// <summary>Body of POST /api/admin/grants. <c>amount</c> in base units (18 decimals).</summary>
public sealed record GrantRequest(string? IdempotencyKey, string? Recipient, JsonElement? Amount, string? Reason);

/// <summary>Answer to a grant: the outbox entry that mints it and where to follow it.</summary>
public sealed record GrantAccepted(long Id, string Status, string StatusUrl, bool Existing);

/// <summary>Manual token grants by the city (admin), minted to a resident through the transaction outbox; idempotent on the key.</summary>
public sealed partial class GrantService(TransactionOutbox outbox, ChainGateway chain, CityTokenDb db)
{
    public async Task<Outcome<GrantAccepted>> GrantAsync(GrantRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || !KeyPattern().IsMatch(request.IdempotencyKey))
        {
            errors["idempotencyKey"] = ["Required: 1 to 100 characters among letters, digits and . _ : -"];
        }
        string? recipient = null;
        if (!ResidentAddress.TryParse(request.Recipient, out recipient, out var addressError))
        {
            errors["recipient"] = [addressError];
        }
        else if (recipient == "0x0000000000000000000000000000000000000000")
        {
            errors["recipient"] = ["Must not be the zero address."];
        }
        if (!TryParseAmount(request.Amount, out var amount))
        {
            errors["amount"] = ["Required: a positive whole number of base units (18 decimals), as a string or number, below 2^128."];
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 200)
        {
            errors["reason"] = ["Required: 1 to 200 characters."];
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The grant is not valid.");
        }

        if (!ContractAddress.TryGet(chain, ContractNames.CivicToken, out var token, out var noDeployment))
        {
            return noDeployment;
        }
        var mint = new MintFunction { To = recipient!, Amount = amount };
        var outboxRequest = TransactionOutbox.CallRequest(token, mint, "grant:" + request.IdempotencyKey,
            $"grant {amount} to {recipient}: {request.Reason!.Trim()}");
        try
        {
            var result = await outbox.EnqueueAsync(db, outboxRequest, cancellationToken);
            var statusUrl = $"/api/outbox/{result.Entry.Id}";
            return new GrantAccepted(result.Entry.Id, result.Entry.Status.ToString().ToLowerInvariant(), statusUrl, result.Existing);
        }
        catch (OutboxConflictException ex)
        {
            return Problem.Conflict("Idempotency key already used.", ex.Message);
        }
    }

    private static bool TryParseAmount(JsonElement? value, out BigInteger amount) =>
        JsonBody.TryReadWholeNumber(value, maxDigits: 40, out amount) && amount > 0 && amount < BigInteger.One << 128;

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex KeyPattern();
}
