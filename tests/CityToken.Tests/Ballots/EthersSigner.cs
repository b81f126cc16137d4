using System.Text.Json.Nodes;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Ballots;

/// <summary>Signs typed data with ethers v6 (npm) through tests/interop/sign-typed-data.mjs: a wallet library nobody here wrote.</summary>
internal static class EthersSigner
{
    public static async Task<string> SignTypedDataAsync(string privateKey, JsonObject typedData) =>
        (await InteropScript.RunAsync("sign-typed-data.mjs", [],
            new JsonObject { ["privateKey"] = privateKey, ["typedData"] = typedData.DeepClone() }.ToJsonString(), TimeSpan.FromMinutes(1))).Trim();
}
