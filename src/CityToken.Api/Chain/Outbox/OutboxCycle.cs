namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// What one outbox cycle shares between its phases: the database context, the sender whose entries it works on,
/// and the chain head, read once and re-read only after a phase forgets it (new entries, a broadcast).
/// </summary>
public sealed class OutboxCycle(CityTokenDb db, string sender, IOutboxRpc rpc, OutboxState state)
{
    /// <summary>Entries in these statuses move through the node: they hold a nonce and at least one signed attempt.</summary>
    public static readonly OutboxStatus[] InFlight = [OutboxStatus.Signed, OutboxStatus.Broadcast];

    private long? _head;

    public CityTokenDb Db => db;

    /// <summary>The head was below the one an earlier cycle saw: the chain may have forgotten mined transactions.</summary>
    public bool HeadWentBack { get; private set; }

    /// <summary>The signing account; the cycle works on its entries only.</summary>
    public string Sender => sender;

    /// <summary>This sender's entries.</summary>
    public IQueryable<OutboxEntry> Entries => db.Set<OutboxEntry>().Where(e => e.Sender == sender);

    /// <summary>The chain head this cycle works with (read from the node the first time after <see cref="ForgetHead"/>).</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        if (_head is null)
        {
            _head = await rpc.GetBlockNumberAsync(cancellationToken);
            HeadWentBack |= state.SawHead(_head.Value);
        }
        return _head.Value;
    }

    /// <summary>The next <see cref="HeadAsync"/> reads the head again.</summary>
    public void ForgetHead() => _head = null;
}
