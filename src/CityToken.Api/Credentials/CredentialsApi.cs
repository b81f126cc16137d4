using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CityToken.Api.Auth;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Ethereum;
using CityToken.Api.Identity;
using CityToken.Api.Indexing;
using CityToken.Api.Storage;
using CityToken.Contracts.CredentialRegistry.ContractDefinition;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace CityToken.Api.Credentials;

/// <summary>
/// Credential issuance and revocation by registrars (/api/credentials), sent to CredentialRegistry through the
/// transaction outbox; staff list and filter, a resident sees the credentials of their own address.
/// </summary>
public static partial class CredentialsApi
{
    private static readonly string[] Writers = [StaffRoles.Registrar, StaffRoles.Admin];
    private static readonly string[] Readers = [StaffRoles.Registrar, StaffRoles.Admin, StaffRoles.Auditor, ResidentPrincipal.Role];

    private static readonly string[] Statuses = ["valid", "expired", "revoked", "pending", "queued", "submitted", "confirmed", "reverted", "failed"];

    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/credentials").WithTags("Credentials");
        group.MapPost("/", IssueAsync)
            .WithName("IssueCredential")
            .WithSummary("Issue a credential to a did:ethr (registrar, admin): person key = HMAC of the official id; sent through the outbox.")
            .Accepts<IssueCredentialRequest>("application/json")
            .Produces<CredentialView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(policy => policy.RequireRole(Writers));
        group.MapGet("/{id}", GetAsync)
            .WithName("GetCredential")
            .WithSummary("A credential request: status, transactions, and the on-chain credential once indexed (staff; a resident: their own).")
            .RequireAuthorization(policy => policy.RequireRole(Readers));
        group.MapDelete("/{id}", RevokeAsync)
            .WithName("RevokeCredential")
            .WithSummary("Revoke the credential of a request (registrar, admin) through the outbox; repeating it answers the same revocation.")
            .Produces<CredentialView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(policy => policy.RequireRole(Writers));
        group.MapGet("/", ListAsync)
            .WithName("ListCredentials")
            .WithSummary("Credential requests, newest first; filter by did, type, status (valid, expired, revoked, pending, queued, submitted, confirmed, reverted, failed). A resident sees their own.")
            .RequireAuthorization(policy => policy.RequireRole(Readers));
        return routes;
    }

    internal static async Task<Results<Accepted<CredentialView>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        HttpRequest http, ClaimsPrincipal user, CityTokenDb db, TransactionOutbox outbox, ChainGateway chain, CredentialTypes types,
        PersonKeyDeriver personKeys, IOptions<ChainOptions> chainOptions, TimeProvider time, CancellationToken cancellationToken)
    {
        IssueCredentialRequest? body;
        try
        {
            body = await http.ReadFromJsonAsync<IssueCredentialRequest>(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            // The parser's message may quote the body (and so the official id): say only where it failed.
            var where = ex is JsonException json ? $" (at {json.Path}, line {json.LineNumber})" : "";
            return TypedResults.Problem($"The body must be a JSON object with did, type, officialId and expiresAt{where}.",
                statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON.");
        }
        if (body is null)
        {
            return TypedResults.Problem("The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest, title: "The body is missing.");
        }

        var errors = new Dictionary<string, string[]>();
        EthrDid? did = null;
        if (string.IsNullOrWhiteSpace(body.Did))
        {
            errors["did"] = ["Required: a did:ethr of this chain (did:ethr:0x7a69:0x… or did:ethr:0x…)."];
        }
        else if (!EthrDid.TryParse(body.Did.Trim(), chainOptions.Value.ChainId, out did, out var didError))
        {
            errors["did"] = [didError!.Message];
        }
        else if (did!.Address == Hex.ZeroAddress)
        {
            errors["did"] = ["The zero address is not an identity."];
        }
        if (!types.IsKnown(body.Type))
        {
            errors["type"] = [$"Must be one of: {string.Join(", ", types.Names)}."];
        }
        if (!PersonKeyDeriver.TryNormalize(body.OfficialId, out var officialId, out var officialIdError))
        {
            errors["officialId"] = [officialIdError];
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        long expiresAt = 0;
        if (!TryParseTime(body.ExpiresAt, out var expiry))
        {
            errors["expiresAt"] = ["Required: an ISO 8601 date-time, e.g. 2030-01-31T00:00:00Z."];
        }
        else if ((expiresAt = expiry.ToUnixTimeSeconds()) <= now)
        {
            errors["expiresAt"] = [$"Must be in the future (the chain's time is {ChainClock.ToTime(now):O})."];
        }
        if (body.IdempotencyKey is { } clientKey && !IdempotencyKeyPattern().IsMatch(clientKey))
        {
            errors["idempotencyKey"] = ["Optional; when given, 1 to 100 characters among letters, digits and . _ : -"];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The credential request is not valid.");
        }

        if (!ContractAddress.TryGet(chain, ContractNames.CredentialRegistry, out var registry, out var noDeployment))
        {
            return noDeployment;
        }

        var personKey = personKeys.Derive(officialId);
        var typeName = body.Type!;
        var data = new JsonObject
        {
            ["credentialType"] = typeName,
            ["subject"] = did!.Did,
            ["expiresAt"] = DidDocumentBuilder.IsoTime(expiresAt),
        }.ToJsonString();
        var dataHash = Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(data));
        // A client's idempotency key names the request (per staff key, so two registrars' keys never collide);
        // without one, every request is new.
        var requestKey = body.IdempotencyKey is { } idempotencyKey
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{user.FindFirstValue(CityTokenClaims.ApiKeyId) ?? user.Identity?.Name}\n{idempotencyKey}")))
            : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var call = new IssueFunction
        {
            Subject = did.Address,
            CredentialType = CredentialTypes.HashBytesOf(typeName),
            PersonKey = personKey,
            ExpiresAt = (ulong)expiresAt,
            DataHash = dataHash,
            Uri = "",
        };
        var outboxRequest = TransactionOutbox.CallRequest(registry, call, "credential-issue:" + requestKey, $"issue {typeName} credential to {did.Did}");
        OutboxEnqueueResult staged;
        try
        {
            staged = await outbox.StageAsync(db, outboxRequest, cancellationToken);
        }
        catch (OutboxConflictException)
        {
            return IdempotencyConflict(body.IdempotencyKey);
        }
        if (staged.Existing)
        {
            return await RepeatAsync(db, requestKey, now, cancellationToken);
        }
        var request = new CredentialRequest
        {
            RequestKey = requestKey,
            Did = did.Did,
            Subject = Hex.Address(did.Address),
            CredentialType = typeName,
            CredentialTypeHash = CredentialTypes.HashOf(typeName),
            PersonKey = Hex.Of(personKey),
            ExpiresAt = expiresAt,
            DataHash = Hex.Of(dataHash),
            Data = data,
            RequestedBy = user.Identity?.Name ?? "",
            RequestedAt = time.GetUtcNow(),
            IssueEntry = staged.Entry,
        };
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (body.IdempotencyKey is not null)
        {
            // A concurrent request with the same key was stored first: answer as its repeat (or a conflict).
            db.ChangeTracker.Clear();
            try
            {
                await outbox.StageAsync(db, outboxRequest, cancellationToken);
            }
            catch (OutboxConflictException)
            {
                return IdempotencyConflict(body.IdempotencyKey);
            }
            return await RepeatAsync(db, requestKey, now, cancellationToken);
        }
        outbox.Wake();
        var view = Describe(new CredentialRow { Request = request, Issue = staged.Entry }, now);
        return TypedResults.Accepted(view.StatusUrl, view);
    }

    /// <summary>The request stored under <paramref name="requestKey"/>, answered as the first time.</summary>
    private static async Task<Results<Accepted<CredentialView>, ValidationProblem, ProblemHttpResult>> RepeatAsync(
        CityTokenDb db, string requestKey, long now, CancellationToken cancellationToken)
    {
        var row = await Rows(db).Where(r => r.Request.RequestKey == requestKey).SingleAsync(cancellationToken);
        var view = Describe(row, now);
        return TypedResults.Accepted(view.StatusUrl, view);
    }

    private static ProblemHttpResult IdempotencyConflict(string? key) => TypedResults.Problem(
        $"The idempotency key '{key}' was already used for a different credential request.",
        statusCode: StatusCodes.Status409Conflict, title: "Idempotency key already used.");

    internal static async Task<Results<Ok<CredentialView>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, CityTokenDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var requestId))
        {
            return IdProblem();
        }
        var row = await Rows(db).Where(r => r.Request.Id == requestId).SingleOrDefaultAsync(cancellationToken);
        if (row is null || !MaySee(user, row.Request))
        {
            return NotFound(requestId);
        }
        return TypedResults.Ok(Describe(row, await ChainClock.NowAsync(db, time, cancellationToken)));
    }

    internal static async Task<Results<Accepted<CredentialView>, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        string id, ClaimsPrincipal user, CityTokenDb db, TransactionOutbox outbox, ChainGateway chain, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var requestId))
        {
            return IdProblem();
        }
        var row = await Rows(db).Where(r => r.Request.Id == requestId).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound(requestId);
        }
        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        if (row.Revoke is not null)
        {
            // Asked before: the same revocation, nothing sent twice.
            var existing = Describe(row, now);
            return TypedResults.Accepted(existing.StatusUrl, existing);
        }
        if (row.Credential is null)
        {
            var step = ChainStepView.StatusOf(row.Issue.Status);
            return TypedResults.Problem(
                step is "reverted" or "failed"
                    ? $"Credential request {requestId} was never issued (its transaction {step}: {row.Issue.Error}); there is nothing to revoke."
                    : $"Credential request {requestId} is not on chain yet (issue transaction {step}); revoke it once it is (GET /api/credentials/{requestId} shows a credentialId).",
                statusCode: StatusCodes.Status409Conflict, title: "The credential is not on chain.");
        }
        if (row.Credential.RevokedAt is not null)
        {
            return TypedResults.Problem(
                $"Credential {row.Credential.Id} was already revoked ({(row.Credential.RevocationReason == 1 ? $"superseded by credential {row.Credential.SupersededBy}" : "by a registrar")}).",
                statusCode: StatusCodes.Status409Conflict, title: "The credential is already revoked.");
        }
        if (!ContractAddress.TryGet(chain, ContractNames.CredentialRegistry, out var registry, out var noDeployment))
        {
            return noDeployment;
        }
        var call = new RevokeFunction { CredentialId = row.Credential.Id };
        var staged = await outbox.StageCallAsync(db, registry, call, "credential-revoke:" + row.Request.RequestKey,
            $"revoke credential {row.Credential.Id} ({row.Request.CredentialType}) of {row.Request.Did}", cancellationToken);
        var request = await db.Set<CredentialRequest>().SingleAsync(r => r.Id == requestId, cancellationToken);
        request.RevokeEntry = staged.Entry;
        request.RevokeRequestedBy = user.Identity?.Name ?? "";
        request.RevokeRequestedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        var view = Describe(row with { Request = request, Revoke = staged.Entry }, now);
        return TypedResults.Accepted(view.StatusUrl, view);
    }

    internal static async Task<Results<Ok<CredentialPage>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, CityTokenDb db, TimeProvider time, CredentialTypes types, IOptions<ChainOptions> chainOptions,
        CancellationToken cancellationToken, string? did = null, string? status = null, string? type = null, string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        string? subject = null;
        if (did is not null)
        {
            if (EthrDid.TryParse(did, chainOptions.Value.ChainId, out var parsed, out var didError))
            {
                subject = Hex.Address(parsed!.Address);
            }
            else
            {
                errors["did"] = [didError!.Message];
            }
        }
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            errors["status"] = [$"Must be one of: {string.Join(", ", Statuses)}."];
        }
        if (type is not null && !types.IsKnown(type))
        {
            errors["type"] = [$"Must be one of: {string.Join(", ", types.Names)}."];
        }
        long? before = null;
        if (cursor is not null)
        {
            if (TryParseId(cursor, out var position))
            {
                before = position;
            }
            else
            {
                errors["cursor"] = ["Not a cursor returned by this endpoint (use nextCursor of the previous page)."];
            }
        }
        var size = limit ?? 50;
        if (size is < 1 or > 200)
        {
            errors["limit"] = ["Must be between 1 and 200."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }

        var now = await ChainClock.NowAsync(db, time, cancellationToken);
        var query = Rows(db);
        if (!IsStaff(user))
        {
            // A resident: the credentials of their own address only.
            var own = Hex.Address(ResidentPrincipal.AddressOf(user) ?? Hex.ZeroAddress);
            query = query.Where(r => r.Request.Subject == own);
        }
        if (subject is not null)
        {
            query = query.Where(r => r.Request.Subject == subject);
        }
        if (type is not null)
        {
            query = query.Where(r => r.Request.CredentialType == type);
        }
        query = status switch
        {
            "revoked" => query.Where(r => r.Credential != null && r.Credential.RevokedAt != null && r.Credential.RevokedAt <= now),
            "expired" => query.Where(r => r.Credential != null && (r.Credential.RevokedAt == null || r.Credential.RevokedAt > now) && r.Credential.ExpiresAt <= now),
            "pending" => query.Where(r => r.Credential != null && (r.Credential.RevokedAt == null || r.Credential.RevokedAt > now) && r.Credential.ExpiresAt > now && r.Credential.IssuedAt > now),
            "valid" => query.Where(r => r.Credential != null && (r.Credential.RevokedAt == null || r.Credential.RevokedAt > now) && r.Credential.ExpiresAt > now && r.Credential.IssuedAt <= now),
            "queued" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Queued),
            "submitted" => query.Where(r => r.Credential == null && (r.Issue.Status == OutboxStatus.Signed || r.Issue.Status == OutboxStatus.Broadcast || r.Issue.Status == OutboxStatus.Mined)),
            "confirmed" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Confirmed),
            "reverted" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Reverted),
            "failed" => query.Where(r => r.Credential == null && r.Issue.Status == OutboxStatus.Failed),
            _ => query,
        };
        if (before is { } b)
        {
            query = query.Where(r => r.Request.Id < b);
        }
        var rows = await query.OrderByDescending(r => r.Request.Id).Take(size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        var items = rows.Take(size).Select(r => Describe(r, now)).ToList();
        return TypedResults.Ok(new CredentialPage(items, more ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>
    /// A request with its outbox entries and, once indexed, the credential its issue transaction created. Built with
    /// member initialisers (not a constructor) so that EF Core can translate filters on it.
    /// </summary>
    internal sealed record CredentialRow
    {
        public required CredentialRequest Request { get; init; }

        public required OutboxEntry Issue { get; init; }

        public OutboxEntry? Revoke { get; init; }

        public CredentialRecord? Credential { get; init; }
    }

    private static IQueryable<CredentialRow> Rows(CityTokenDb db) =>
        from request in db.Set<CredentialRequest>().AsNoTracking()
        join issue in db.Set<OutboxEntry>() on request.IssueEntryId equals issue.Id
        join revoke in db.Set<OutboxEntry>() on request.RevokeEntryId equals (long?)revoke.Id into revokes
        from revoke in revokes.DefaultIfEmpty()
        join credential in db.Set<CredentialRecord>() on issue.TxHash equals credential.IssuedTransaction into credentials
        from credential in credentials.DefaultIfEmpty()
        select new CredentialRow { Request = request, Issue = issue, Revoke = revoke, Credential = credential };

    private static CredentialView Describe(CredentialRow row, long now)
    {
        var (request, issue, revoke, credential) = (row.Request, row.Issue, row.Revoke, row.Credential);
        return new CredentialView(
            request.Id, request.Did, AddressUtil.Current.ConvertToChecksumAddress(request.Subject), request.CredentialType,
            ChainClock.ToTime(request.ExpiresAt),
            credential?.StatusAt(now) ?? ChainStepView.StatusOf(issue.Status),
            credential?.Id,
            credential is null ? null : ChainClock.ToTime(credential.IssuedAt),
            credential?.RevokedAt is { } revokedAt ? ChainClock.ToTime(revokedAt) : null,
            credential?.RevocationReason switch { null => null, 1 => "superseded", _ => "revoked" },
            credential?.SupersededBy,
            request.DataHash,
            ChainStepView.From(issue),
            revoke is null ? null : ChainStepView.From(revoke),
            request.RequestedBy,
            request.RequestedAt,
            $"/api/credentials/{request.Id}");
    }

    private static bool IsStaff(ClaimsPrincipal user) => StaffRoles.All.Any(user.IsInRole);

    private static bool MaySee(ClaimsPrincipal user, CredentialRequest request) =>
        IsStaff(user) || ResidentPrincipal.AddressOf(user) is { } own && Hex.Address(own) == request.Subject;

    private static bool TryParseTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static bool TryParseId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private static ValidationProblem IdProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["A credential request id is a positive integer."] },
            title: "The credential id is not valid.");

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"There is no credential request {id} (or it is not yours).", statusCode: StatusCodes.Status404NotFound, title: "Unknown credential.");

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex IdempotencyKeyPattern();
}
