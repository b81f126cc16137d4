using System.Numerics;
using CityToken.Api.Rewards;
using CityToken.Api.Storage;
using CityToken.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CityToken.Tests.Storage;

/// <summary>KeyReturningInserter (intake's bulk insert) against a real SQLite file with the service's migrations.</summary>
public sealed class KeyReturningInserterTests
{
    [Test]
    public async Task RowsAreStoredExactlyAsSaveChangesStoresThem()
    {
        await using var db = await TestDatabase.CreateAsync();
        var viaSaveChanges = Sample("by-ef");
        db.Add(viaSaveChanges);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var viaInserter = new[] { Sample("by-inserter-1"), Sample("by-inserter-2") };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new KeyReturningInserter<CivicAction>(db).InsertAsync(db, viaInserter, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.That(viaInserter.Select(a => a.Id), Is.EqualTo(new[] { viaSaveChanges.Id + 1, viaSaveChanges.Id + 2 }), "generated keys are set on the entities");
        Assert.That(db.ChangeTracker.Entries().Count(), Is.Zero, "inserted rows are not tracked");
        var stored = await RawRowsAsync(db);
        Assert.That(stored, Has.Count.EqualTo(3));
        // Column by column, value and SQLite storage class, everything but the key and the external id.
        var reference = stored[viaSaveChanges.Id];
        foreach (var action in viaInserter)
        {
            Assert.That(stored[action.Id].Where(c => c.Key is not ("Id" or "ExternalId")),
                Is.EquivalentTo(reference.Where(c => c.Key is not ("Id" or "ExternalId"))));
        }
        var readBack = await db.Set<CivicAction>().AsNoTracking().SingleAsync(a => a.Id == viaInserter[0].Id);
        Assert.That(readBack.Amount, Is.EqualTo(viaSaveChanges.Amount));
        Assert.That(readBack.OccurredAt, Is.EqualTo(viaSaveChanges.OccurredAt));
        Assert.That(readBack.OccurredAt.Offset, Is.EqualTo(TimeSpan.FromHours(2)));
    }

    [Test]
    public async Task ADuplicateFailsLikeSaveChangesAndTheRolledBackTransactionKeepsNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var inserter = new KeyReturningInserter<CivicAction>(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var failure = Assert.ThrowsAsync<DbUpdateException>(() =>
                inserter.InsertAsync(db, [Sample("same"), Sample("other"), Sample("same")], CancellationToken.None));
            Assert.That(failure!.Message, Does.Contain("UNIQUE"));
            await transaction.RollbackAsync();
        }
        Assert.That(await db.Set<CivicAction>().CountAsync(), Is.Zero);
    }

    [Test]
    public async Task InsertingOutsideATransactionIsRefused()
    {
        await using var db = await TestDatabase.CreateAsync();
        Assert.ThrowsAsync<InvalidOperationException>(() =>
            new KeyReturningInserter<CivicAction>(db).InsertAsync(db, [Sample("alone")], CancellationToken.None));
        Assert.That(await db.Set<CivicAction>().CountAsync(), Is.Zero);
    }

    [Test]
    public async Task TheServiceConnectionsWaitInsideSqliteForTheWriteLock()
    {
        await using var db = await TestDatabase.CreateAsync();
        var timeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync();
        Assert.That(timeout, Is.EqualTo(30_000));
    }

    /// <summary>Every column filled, with values that need the model's conversions (big amount, offset time).</summary>
    private static CivicAction Sample(string externalId) => new()
    {
        Reporter = "reporter-key",
        ExternalId = externalId,
        RequestHash = new string('a', 64),
        ProgramSlug = "no-such-program",
        DeviceId = "bin-7",
        Resident = "0x00000000000000000000000000000000000000A1",
        Quantity = "2.5",
        Category = "glass",
        OccurredAt = new DateTimeOffset(2026, 3, 1, 10, 15, 30, TimeSpan.FromHours(2)).AddTicks(1234567),
        LocalDay = "2026-03-01",
        LocalMonth = "2026-03",
        Evidence = "photo:42",
        Status = ActionStatus.Rejected,
        Amount = BigInteger.Parse("1000000000000000000000007"),
        Reason = RejectionReasons.UnknownProgram,
        ReasonDetail = "No program 'no-such-program'.",
        BatchId = "0x" + new string('b', 64),
        TxHash = "0x" + new string('c', 64),
        BlockNumber = 123,
        CreatedAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 3, 1, 8, 0, 1, TimeSpan.Zero),
    };

    private static async Task<Dictionary<long, Dictionary<string, string>>> RawRowsAsync(CityTokenDb db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM CivicActions";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new Dictionary<long, Dictionary<string, string>>();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, string>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? "NULL" : $"{reader.GetValue(i).GetType().Name}:{reader.GetValue(i)}";
                }
                rows[reader.GetInt64(reader.GetOrdinal("Id"))] = row;
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
