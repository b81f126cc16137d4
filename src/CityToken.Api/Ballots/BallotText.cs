using System.Text;
using System.Text.Json.Nodes;
using Nethereum.Util;

namespace CityToken.Api.Ballots;

/// <summary>A ballot's text: title, description and one label per option, kept off chain under its keccak256.</summary>
public sealed record BallotText(string Title, string Description, IReadOnlyList<string> Options, string CredentialType)
{
    /// <summary>The JSON that is hashed and stored; the hash is over exactly these UTF-8 bytes.</summary>
    public string ToJson() => new JsonObject
    {
        ["title"] = Title,
        ["description"] = Description,
        ["options"] = new JsonArray([.. Options.Select(o => (JsonNode)o)]),
        ["credentialType"] = CredentialType,
    }.ToJsonString();

    public static string HashOf(string json) => "0x" + Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(json)));

    /// <summary>The texts of the given metadata hashes that this service stored (ballots created elsewhere have none).</summary>
    public static async Task<Dictionary<string, BallotText>> LoadAsync(CityTokenDb db, IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        var wanted = hashes.Select(h => h.ToLowerInvariant()).Distinct().ToList();
        var rows = await db.Set<BallotMetadata>().AsNoTracking().Where(m => wanted.Contains(m.Hash)).ToListAsync(cancellationToken);
        var texts = new Dictionary<string, BallotText>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (TryParse(row.Json) is { } text)
            {
                texts[row.Hash] = text;
            }
        }
        return texts;
    }

    private static BallotText? TryParse(string json)
    {
        try
        {
            var node = JsonNode.Parse(json)!.AsObject();
            return new BallotText(
                node["title"]!.GetValue<string>(),
                node["description"]?.GetValue<string>() ?? "",
                [.. node["options"]!.AsArray().Select(o => o!.GetValue<string>())],
                node["credentialType"]?.GetValue<string>() ?? "");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            return null;
        }
    }
}
