using System.Linq.Expressions;

namespace CityToken.Api.Storage;

/// <summary>
/// Newest-first pages keyed by row id: a page holds rows with ids below <see cref="Before"/>, and the next
/// cursor is the last id shown. Fetch <see cref="Size"/> + 1 rows to know whether there is a next page.
/// </summary>
public readonly record struct IdPaging(long? Before, int Size)
{
    /// <summary>Reads <c>cursor</c> and <c>limit</c>; adds a message per bad field to <paramref name="errors"/>.</summary>
    public static IdPaging Parse(string? cursor, int? limit, int defaultSize, int maxSize, Dictionary<string, string[]> errors)
    {
        long? before = null;
        if (cursor is not null)
        {
            if (long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                before = id;
            }
            else
            {
                errors["cursor"] = ["Use the nextCursor of the previous page."];
            }
        }
        var size = limit ?? defaultSize;
        if (size < 1 || size > maxSize)
        {
            errors["limit"] = [$"Between 1 and {maxSize}."];
        }
        return new IdPaging(before, size);
    }

    /// <summary>
    /// Runs <paramref name="query"/> for this page: rows with <paramref name="id"/> below <see cref="Before"/>, newest
    /// first, at most <see cref="Size"/>, and the next cursor.
    /// </summary>
    public async Task<(List<T> Items, string? NextCursor)> PageAsync<T>(IQueryable<T> query, Expression<Func<T, long>> id, CancellationToken ct)
    {
        if (Before is { } before)
        {
            // Through a closure, so that EF Core sends the cursor as a parameter.
            Expression<Func<long>> cursor = () => before;
            query = query.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThan(id.Body, cursor.Body), id.Parameters));
        }
        var fetched = await query.OrderByDescending(id).Take(Size + 1).ToListAsync(ct);
        return Page(fetched, id.Compile());
    }

    /// <summary>The page's rows (at most <see cref="Size"/>) and the next cursor, from the Size + 1 rows fetched.</summary>
    private (List<T> Items, string? NextCursor) Page<T>(List<T> fetched, Func<T, long> idOf) =>
        (fetched.Take(Size).ToList(), fetched.Count > Size ? idOf(fetched[Size - 1]).ToString(CultureInfo.InvariantCulture) : null);
}
