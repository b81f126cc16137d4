using System.Security.Cryptography;
using System.Text;
using CityToken.Api.Audit;
using CityToken.Api.Rewards;

namespace CityToken.Api.Anchoring;

/// <summary>One audit chain link as exported: its canonical entry and hash, so a verifier recomputes the chain.</summary>
public sealed record AuditChainLinkView(long Sequence, string Source, long EntryId, string Canonical, string Hash);

/// <summary>A page of the audit chain from <c>after</c>; <see cref="Previous"/> is the hash the first link extends.</summary>
public sealed record AuditChainPage(string Previous, IReadOnlyList<AuditChainLinkView> Links, long? NextAfter);

/// <summary>
/// The hash chain over the platform's own records: every staff audit entry (<see cref="AuditEntry"/>) and program change
/// (<see cref="ProgramAudit"/>) gets, in the order the chain takes them, <c>hash = SHA-256(previous hash ‖ canonical
/// entry)</c>. Links are appended by the anchoring run (one writer at a time, under its lock), which also anchors the
/// head, so an export of the trail can be proven complete and unchanged up to an anchored head.
/// </summary>
public static class AuditChain
{
    public const string StaffSource = "staff";
    public const string ProgramSource = "program";

    /// <summary>The hash before the first link: 32 zero bytes.</summary>
    public static readonly string Genesis = Hex.Of(new byte[32]);

    /// <summary>SHA-256(previous hash bytes ‖ UTF-8 of <paramref name="canonical"/>), 0x hex.</summary>
    public static string Next(string previous, string canonical) =>
        Hex.Of(SHA256.HashData([.. Hex.Bytes(previous), .. Encoding.UTF8.GetBytes(canonical)]));

    /// <summary>
    /// Appends links for the entries not chained yet that are older than <paramref name="settledBefore"/>; returns the
    /// head, or null when the chain is empty. "Not chained yet", not "above the last chained id": on PostgreSQL ids are
    /// taken at insert and committed in any order, so an entry can appear below an id already chained; it is chained
    /// then, later in the chain than its id.
    /// </summary>
    public static async Task<AuditChainLink?> ExtendAsync(CityTokenDb db, DateTimeOffset settledBefore, int limit, CancellationToken cancellationToken)
    {
        var links = db.Set<AuditChainLink>();
        var head = await links.OrderByDescending(l => l.Sequence).FirstOrDefaultAsync(cancellationToken);
        var staff = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.At <= settledBefore && !links.Any(l => l.Source == StaffSource && l.EntryId == e.Id))
            .OrderBy(e => e.Id).Take(limit).ToListAsync(cancellationToken);
        var programs = await db.Set<ProgramAudit>().AsNoTracking()
            .Where(a => a.At <= settledBefore && !links.Any(l => l.Source == ProgramSource && l.EntryId == a.Id))
            .OrderBy(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        var fresh = staff.Select(e => (e.At, Source: StaffSource, e.Id, Canonical: Canonical(e)))
            .Concat(programs.Select(a => (a.At, Source: ProgramSource, a.Id, Canonical: Canonical(a))))
            .OrderBy(x => x.At).ThenBy(x => x.Source, StringComparer.Ordinal).ThenBy(x => x.Id);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? Genesis;
        foreach (var (_, source, id, canonical) in fresh)
        {
            previous = Next(previous, canonical);
            head = new AuditChainLink { Sequence = ++sequence, Source = source, EntryId = id, Hash = previous };
            links.Add(head);
        }
        return head;
    }

    /// <summary>Links after <paramref name="after"/> with their canonical entries, for an export and its verification.</summary>
    public static async Task<AuditChainPage> PageAsync(CityTokenDb db, long after, int limit, CancellationToken cancellationToken)
    {
        var links = db.Set<AuditChainLink>().AsNoTracking();
        var previous = after == 0 ? Genesis
            : await links.Where(l => l.Sequence == after).Select(l => l.Hash).SingleOrDefaultAsync(cancellationToken) ?? Genesis;
        var page = await links.Where(l => l.Sequence > after).OrderBy(l => l.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var more = page.Count > limit;
        page = page.Take(limit).ToList();
        var staffIds = page.Where(l => l.Source == StaffSource).Select(l => l.EntryId).ToList();
        var programIds = page.Where(l => l.Source == ProgramSource).Select(l => l.EntryId).ToList();
        var staff = await db.Set<AuditEntry>().AsNoTracking().Where(e => staffIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var programs = await db.Set<ProgramAudit>().AsNoTracking().Where(a => programIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var views = page.Select(l => new AuditChainLinkView(l.Sequence, l.Source, l.EntryId,
            l.Source == StaffSource
                ? staff.TryGetValue(l.EntryId, out var e) ? Canonical(e) : ""
                : programs.TryGetValue(l.EntryId, out var a) ? Canonical(a) : "",
            l.Hash)).ToList();
        return new AuditChainPage(previous, views, more ? page[^1].Sequence : null);
    }

    /// <summary>The staff audit entry as compact JSON, properties in a fixed order, times UTC ISO 8601.</summary>
    public static string Canonical(AuditEntry e) => Write(w =>
    {
        w.WriteString("source", StaffSource);
        w.WriteNumber("id", e.Id);
        w.WriteString("at", Time(e.At));
        Nullable(w, "actorKeyId", e.ActorKeyId);
        w.WriteString("actorName", e.ActorName);
        w.WriteString("actorRoles", e.ActorRoles);
        w.WriteString("method", e.Method);
        w.WriteString("route", e.Route);
        w.WriteString("path", e.Path);
        w.WriteString("targetId", e.TargetId);
        w.WriteNumber("statusCode", e.StatusCode);
        w.WriteString("before", e.BeforeJson);
        w.WriteString("after", e.AfterJson);
    });

    /// <summary>The program change as compact JSON, properties in a fixed order.</summary>
    public static string Canonical(ProgramAudit a) => Write(w =>
    {
        w.WriteString("source", ProgramSource);
        w.WriteNumber("id", a.Id);
        w.WriteNumber("programId", a.ProgramId);
        w.WriteString("at", Time(a.At));
        w.WriteString("actor", a.Actor);
        w.WriteString("change", a.Change);
        w.WriteString("before", a.BeforeJson);
        w.WriteString("after", a.AfterJson);
    });

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Nullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
