using CityToken.Api.Redemptions;
using Microsoft.AspNetCore.DataProtection;

namespace CityToken.Api.Redemptions;

/// <summary>
/// Issues one voucher per indexed redemption (the Redemptions projection, whatever sent the transaction: the
/// relay, or a resident calling <c>redeem</c> directly). Vouchers are keyed by the on-chain redemption (id and
/// transaction), so a reindex, which rebuilds the projection with the same ids, issues nothing twice. A voucher is
/// as final as the indexer's confirmation depth (Indexer:ConfirmationDepth); one whose redemption a reorg removed is void.
/// </summary>
public sealed partial class VoucherIssuer(IDataProtectionProvider dataProtection, TimeProvider time)
{
    private const int BatchSize = 200;
    private readonly IDataProtector _protector = dataProtection.CreateProtector("CityToken.Vouchers.v1");

    /// <summary>Issues vouchers for redemptions that have none; returns how many were issued.</summary>
    public async Task<int> IssuePendingAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var pending = await db.Set<Redemption>().AsNoTracking()
            .Where(r => !db.Set<Voucher>().Any(v => v.RedemptionId == r.Id && v.TransactionHash == r.TransactionHash))
            .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        foreach (var redemption in pending)
        {
            // The merchant as it was at the redemption (the projection's snapshot for that very log), not as it is now.
            var snapshot = await db.Set<CatalogRewardChange>().AsNoTracking()
                .Where(c => c.RewardId == redemption.RewardId && c.BlockNumber == redemption.BlockNumber && c.LogIndex == redemption.LogIndex)
                .Select(c => new { c.Merchant }).FirstOrDefaultAsync(cancellationToken);
            var merchant = snapshot?.Merchant
                ?? await db.Set<CatalogReward>().Where(r => r.RewardId == redemption.RewardId).Select(r => r.Merchant).FirstOrDefaultAsync(cancellationToken);
            var code = VoucherCode.Generate();
            db.Add(new Voucher
            {
                Id = Guid.NewGuid(),
                RedemptionId = redemption.Id,
                TransactionHash = redemption.TransactionHash,
                Resident = redemption.Resident,
                RewardId = redemption.RewardId,
                Merchant = merchant ?? Hex.ZeroAddress,
                CodeHash = VoucherCode.Hash(VoucherCode.Canonical(code)!),
                SealedCode = _protector.Protect(code),
                IssuedAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return pending.Count;
        }
        catch (DbUpdateException)
        {
            // Another issuer (a second instance, or the status endpoint) got there first: its vouchers stand.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>The code in clear, for its resident only.</summary>
    public string Unseal(Voucher voucher) => _protector.Unprotect(voucher.SealedCode);
}

/// <summary>Runs <see cref="VoucherIssuer"/> every <see cref="RedemptionOptions.VoucherPollMilliseconds"/>.</summary>
public sealed partial class VoucherIssuerService(
    IServiceScopeFactory scopes, VoucherIssuer issuer, Microsoft.Extensions.Options.IOptions<RedemptionOptions> options,
    ILogger<VoucherIssuerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.VoucherPollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
                int issued;
                do
                {
                    issued = await issuer.IssuePendingAsync(db, stoppingToken);
                    if (issued > 0)
                    {
                        LogIssued(logger, issued);
                    }
                }
                while (issued > 0 && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued {Count} voucher(s).")]
    private static partial void LogIssued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Voucher issuing failed; retrying.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
