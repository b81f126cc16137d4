using System.Security.Cryptography;
using System.Text;
using CityToken.Api.Chain.Signing;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace CityToken.Api.Chain.Outbox;

/// <summary>A state-changing call to send from the service's account.</summary>
/// <param name="IdempotencyKey">Caller's key, unique per intended transaction (e.g. "grant:…", "mint-batch:…").</param>
/// <param name="To">Target contract address.</param>
/// <param name="Data">Calldata, 0x hex (e.g. <c>new MintFunction { … }.GetCallData().ToHex(true)</c>).</param>
/// <param name="Value">Wei to send with the call.</param>
/// <param name="Purpose">What it is for, shown to staff.</param>
/// <param name="GasLimit">Gas limit; null: estimated. Either way the call runs before it is signed (the estimate, or an eth_call with this limit): a revert there ends the entry as reverted without sending.</param>
public sealed record OutboxRequest(string IdempotencyKey, string To, string Data, BigInteger Value, string Purpose, long? GasLimit = null);

/// <summary>Result of enqueueing: the entry, and whether it already existed under this key.</summary>
public sealed record OutboxEnqueueResult(OutboxEntry Entry, bool Existing);

/// <summary>The idempotency key is taken by a different request.</summary>
public sealed class OutboxConflictException(string message) : Exception(message);

/// <summary>
/// Front door of the transaction outbox: records requests durably (idempotent on their key) and wakes the
/// worker. The worker (<see cref="OutboxProcessor"/>) signs, broadcasts and tracks them.
/// </summary>
public sealed partial class TransactionOutbox(ServiceSigner signer, OutboxSignal signal, TimeProvider time, ILogger<TransactionOutbox> logger)
{
    /// <summary>Address of the signing account this outbox sends from.</summary>
    public string Sender => signer.Address;

    /// <summary>
    /// Stores <paramref name="request"/> as a queued entry and wakes the worker. The same key with the same request
    /// returns the existing entry; the same key with another request throws <see cref="OutboxConflictException"/>.
    /// </summary>
    public async Task<OutboxEnqueueResult> EnqueueAsync(CityTokenDb db, OutboxRequest request, CancellationToken cancellationToken)
    {
        var result = await StageAsync(db, request, cancellationToken);
        if (result.Existing)
        {
            return result;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request stored the same key in between: answer as for a repeat.
            db.Entry(result.Entry).State = EntityState.Detached;
            var winner = await FindAsync(db, request.IdempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The outbox entry could not be stored.");
            return Existing(winner, request);
        }
        signal.Wake();
        return result;
    }

    /// <summary>
    /// Stages a call of <paramref name="function"/> on the contract at <paramref name="to"/> (no value sent) under
    /// <paramref name="idempotencyKey"/>, as <see cref="StageAsync"/> does: the caller saves its rows and the entry in
    /// one transaction, then calls <see cref="Wake"/>.
    /// </summary>
    public Task<OutboxEnqueueResult> StageCallAsync<TFunction>(CityTokenDb db, string to, TFunction function, string idempotencyKey, string purpose,
        CancellationToken cancellationToken, long? gasLimit = null)
        where TFunction : FunctionMessage, new() =>
        StageAsync(db, CallRequest(to, function, idempotencyKey, purpose, gasLimit), cancellationToken);

    /// <summary>The outbox request for a call of <paramref name="function"/> on <paramref name="to"/>, no value sent.</summary>
    public static OutboxRequest CallRequest<TFunction>(string to, TFunction function, string idempotencyKey, string purpose, long? gasLimit = null)
        where TFunction : FunctionMessage, new() =>
        new(idempotencyKey, to, function.GetCallData().ToHex(true), BigInteger.Zero, purpose, gasLimit);

    /// <summary>
    /// Adds the entry to <paramref name="db"/> without saving, so a caller (e.g. the rewards engine storing a mint
    /// batch) commits its own rows and the outbox entry in one transaction; call <see cref="Wake"/> after saving.
    /// </summary>
    public async Task<OutboxEnqueueResult> StageAsync(CityTokenDb db, OutboxRequest request, CancellationToken cancellationToken)
    {
        var normalized = Normalize(request);
        var existing = await FindAsync(db, normalized.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return Existing(existing, normalized);
        }
        var now = time.GetUtcNow();
        var entry = new OutboxEntry
        {
            IdempotencyKey = normalized.IdempotencyKey,
            RequestHash = HashOf(normalized),
            Purpose = normalized.Purpose,
            Sender = signer.Address,
            To = normalized.To,
            Data = normalized.Data,
            Value = normalized.Value.ToString(CultureInfo.InvariantCulture),
            RequestedGasLimit = normalized.GasLimit,
            Status = OutboxStatus.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<OutboxEntry>().Add(entry);
        // In the caller's scope (a request's correlation id): what asked for this entry, found by its key.
        LogStaged(logger, entry.IdempotencyKey, entry.Purpose);
        return new OutboxEnqueueResult(entry, Existing: false);
    }

    /// <summary>Wakes the worker (after <see cref="StageAsync"/> and the caller's save).</summary>
    public void Wake() => signal.Wake();

    /// <summary>The entry with its attempts, or null.</summary>
    public static Task<OutboxEntry?> GetAsync(CityTokenDb db, long id, CancellationToken cancellationToken) =>
        db.Set<OutboxEntry>().AsNoTracking().Include(e => e.Attempts).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>The entry stored under an idempotency key, or null.</summary>
    public static Task<OutboxEntry?> FindAsync(CityTokenDb db, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Set<OutboxEntry>().Include(e => e.Attempts).FirstOrDefaultAsync(e => e.IdempotencyKey == idempotencyKey, cancellationToken);

    private static OutboxEnqueueResult Existing(OutboxEntry entry, OutboxRequest request) =>
        entry.RequestHash == HashOf(Normalize(request))
            ? new OutboxEnqueueResult(entry, Existing: true)
            : throw new OutboxConflictException(
                $"The idempotency key '{request.IdempotencyKey}' was already used for a different request (outbox entry {entry.Id}).");

    private static OutboxRequest Normalize(OutboxRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > 200)
        {
            throw new ArgumentException("The idempotency key must be 1 to 200 characters.", nameof(request));
        }
        if (!AddressUtil.Current.IsValidEthereumAddressHexFormat(request.To))
        {
            throw new ArgumentException("The target must be an Ethereum address.", nameof(request));
        }
        var data = string.IsNullOrEmpty(request.Data) ? "0x" : request.Data;
        if (!data.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || data.Length % 2 != 0 || !data[2..].All(Uri.IsHexDigit))
        {
            throw new ArgumentException("The calldata must be 0x-prefixed hex.", nameof(request));
        }
        if (request.Value < 0)
        {
            throw new ArgumentException("Value must not be negative.", nameof(request));
        }
        if (request.GasLimit is < 21_000)
        {
            // Below the intrinsic gas of any transaction the node would reject it forever, holding up later nonces.
            throw new ArgumentException("A gas limit, when given, must be at least 21000.", nameof(request));
        }
        return request with
        {
            To = AddressUtil.Current.ConvertToChecksumAddress(request.To),
            Data = data.ToLowerInvariant(),
            Purpose = request.Purpose.Length > 500 ? request.Purpose[..500] : request.Purpose,
        };
    }

    private static string HashOf(OutboxRequest request)
    {
        var text = string.Join('\n', request.To.ToLowerInvariant(), request.Data, request.Value.ToString(CultureInfo.InvariantCulture),
            request.GasLimit?.ToString(CultureInfo.InvariantCulture) ?? "", request.Purpose);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry staged under {IdempotencyKey}: {Purpose}.")]
    private static partial void LogStaged(ILogger logger, string idempotencyKey, string purpose);
}
