using Npgsql;

namespace CityToken.Api.Indexing;

/// <summary>
/// <see cref="RowInserter"/>'s write on PostgreSQL: buffered rows streamed with one binary <c>COPY … FROM STDIN</c>
/// in the indexer's transaction (no SQL to parse per row, no parameters), each value written as its column's type.
/// </summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, string copy, string[] storeTypes, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is null or DBNull)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(row[c], storeTypes[c], cancellationToken);
                }
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
