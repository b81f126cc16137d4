using CityToken.Api.Identity;
using CityToken.Api.TokenReadModel;

namespace CityToken.Api.Ballots;

/// <summary>How the ballot services read what a caller sends (route ids, voters, numbers), each error under its field.</summary>
internal static class BallotInput
{
    public static long ParseBallotId(string id, Dictionary<string, string[]> errors)
    {
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var ballotId) && ballotId > 0)
        {
            return ballotId;
        }
        errors["id"] = ["A ballot id is a positive integer."];
        return 0;
    }

    /// <summary>The voting identity: an address or a did:ethr of this chain; its checksummed address.</summary>
    public static string? ParseVoter(string? voter, long chainId, Dictionary<string, string[]> errors)
    {
        if (voter is not null && voter.StartsWith("did:", StringComparison.Ordinal))
        {
            if (EthrDid.TryParse(voter, chainId, out var did, out var error))
            {
                return did!.Address;
            }
            errors["voter"] = [error!.Message];
            return null;
        }
        if (ResidentAddress.TryParse(voter, out var address, out var addressError))
        {
            return address;
        }
        errors["voter"] = ["Required: the DID's identity address (0x…) or its did:ethr. " + addressError];
        return null;
    }

    public static bool TryParseUint(JsonElement? value, out BigInteger number) =>
        JsonBody.TryReadWholeNumber(value, maxDigits: 78, out number) && number < BigInteger.One << 256;
}
