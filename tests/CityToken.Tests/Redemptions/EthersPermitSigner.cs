using System.Text.Json;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Redemptions;

/// <summary>Signs permit typed data with ethers v6 (npm) through tests/interop/sign-permit.mjs, as a wallet would.</summary>
internal static class EthersPermitSigner
{
    /// <summary>The address of Hardhat's account <paramref name="index"/>, as ethers derives it.</summary>
    public static async Task<string> AddressAsync(int index) =>
        JsonDocument.Parse(await InteropScript.RunAsync("sign-permit.mjs", [index.ToString(System.Globalization.CultureInfo.InvariantCulture), "--address"]))
            .RootElement.GetProperty("address").GetString()!;

    /// <summary>Signs <paramref name="typedData"/> (the service's JSON) with account <paramref name="index"/>; options alter it first.</summary>
    public static async Task<string> SignAsync(int index, string typedData, params string[] options)
    {
        var output = await InteropScript.RunAsync("sign-permit.mjs", [index.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options], typedData);
        return JsonDocument.Parse(output).RootElement.GetProperty("signature").GetString()!;
    }
}
