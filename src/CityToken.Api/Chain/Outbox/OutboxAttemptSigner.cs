using CityToken.Api.Chain.Signing;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Signs one attempt of an entry (a first signature or a replacement) at fees the policy sets from the node's quote,
/// and adds it to the entry, to be stored before anything is sent.
/// </summary>
public sealed class OutboxAttemptSigner(ServiceSigner signer, IOutboxRpc rpc, OutboxFeePolicy fees, TimeProvider time)
{
    /// <summary>The fees a new signature pays now.</summary>
    public async Task<OutboxFees> QuoteAsync(CancellationToken cancellationToken)
    {
        return fees.Quote(await rpc.GetFeesAsync(cancellationToken));
    }

    /// <summary>Signs <paramref name="entry"/>'s call with <paramref name="nonce"/> and adds the attempt to it.</summary>
    public OutboxAttempt Sign(OutboxEntry entry, long nonce, long gasLimit, OutboxFees signWith)
    {
        var (maxPriorityFee, maxFee, legacy) = signWith;
        var signed = signer.Sign(new UnsignedTransaction(nonce, maxPriorityFee, maxFee, gasLimit, entry.To,
            BigInteger.Parse(entry.Value, CultureInfo.InvariantCulture), entry.Data, legacy));
        var attempt = new OutboxAttempt
        {
            Number = entry.NextAttemptNumber(),
            Nonce = nonce,
            TxHash = signed.Hash,
            RawTransaction = signed.Raw,
            GasLimit = gasLimit,
            MaxFeePerGas = maxFee.ToString(CultureInfo.InvariantCulture),
            MaxPriorityFeePerGas = maxPriorityFee.ToString(CultureInfo.InvariantCulture),
            Status = OutboxAttemptStatus.Signed,
            SignedAt = time.GetUtcNow(),
        };
        entry.Attempts.Add(attempt);
        return attempt;
    }
}
