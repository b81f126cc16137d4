using System.Text;
using Nethereum.Util;

namespace CityToken.Api.Funds;

/// <summary>
/// Staff members as PublicFunds actors: a staff key's on-chain reference is keccak256("citytoken-staff:" + key id), which
/// the contract accepts from the service (relayer) and which can never equal an account's left-padded address.
/// </summary>
public static class FundsActors
{
    /// <summary>The reference of staff key <paramref name="staffKeyId"/>, 0x + 64 hex digits.</summary>
    public static string Of(int staffKeyId) =>
        Hex.Of(Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes($"citytoken-staff:{staffKeyId.ToString(CultureInfo.InvariantCulture)}")));

    /// <summary>Names of the staff keys behind <paramref name="actors"/> (accounts get none: the page shows their address).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        // Staff keys are few (people, not residents): one read, hashed here, beats a stored mapping to keep in step.
        var keys = await db.ApiKeys.AsNoTracking().Select(k => new { k.Id, k.Name }).ToListAsync(cancellationToken);
        return keys.ToDictionary(k => Of(k.Id), k => k.Name, StringComparer.Ordinal);
    }

    /// <summary>An actor as shown: the staff key's name, or the account address for a direct caller.</summary>
    public static FundsActorView View(string? actor, IReadOnlyDictionary<string, string> names)
    {
        if (actor is null)
        {
            return new FundsActorView("", null, null);
        }
        if (names.TryGetValue(actor, out var name))
        {
            return new FundsActorView(actor, name, null);
        }
        // A left-padded account: twelve zero bytes, then the address.
        return actor.StartsWith("0x000000000000000000000000", StringComparison.Ordinal)
            ? new FundsActorView(actor, null, "0x" + actor[26..])
            : new FundsActorView(actor, null, null);
    }
}
