using System.Collections.Frozen;
using System.Reflection;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.ABI.Model;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Turns revert data into a readable reason: the custom errors of every contract in the generated bindings
/// (e.g. <c>CivicTokenMintCapExceeded(requested=5, remaining=1, cap=1)</c>), Solidity's <c>Error(string)</c> and
/// <c>Panic(uint256)</c>; anything else is shown as its selector and raw data.
/// </summary>
public static class RevertDecoder
{
    private static readonly FrozenDictionary<string, ErrorABI> Errors = LoadErrors();

    /// <summary>All custom errors known from the bindings, keyed by 4-byte selector (0x + 8 hex).</summary>
    public static IReadOnlyDictionary<string, ErrorABI> KnownErrors => Errors;

    public static string Decode(string? revertData)
    {
        if (string.IsNullOrEmpty(revertData) || revertData == "0x")
        {
            return "reverted without reason data";
        }
        var data = revertData.EnsureHexPrefix().ToLowerInvariant();
        if (data.Length < 10)
        {
            return $"reverted with data {data}";
        }
        var selector = data[..10];
        var decoder = new FunctionCallDecoder();
        try
        {
            if (selector == "0x08c379a0")
            {
                return $"Error(\"{decoder.DecodeFunctionErrorMessage(data)}\")";
            }
            if (selector == "0x4e487b71")
            {
                var code = data.Length >= 74 ? data[10..74].HexToBigInteger(false) : BigInteger.Zero;
                return $"Panic(0x{code.ToString("x2", CultureInfo.InvariantCulture)})";
            }
            if (Errors.TryGetValue(selector, out var error))
            {
                var values = decoder.DecodeError(error, data);
                var arguments = error.InputParameters.Select(p =>
                {
                    var output = values.FirstOrDefault(v => v.Parameter.Name == p.Name);
                    return $"{(string.IsNullOrEmpty(p.Name) ? "" : p.Name + "=")}{Format(output?.Result)}";
                });
                return $"{error.Name}({string.Join(", ", arguments)})";
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"reverted with undecodable data {data} ({ex.Message})";
        }
        return $"reverted with unknown error {selector} (data {data})";
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => bytes.ToHex(true),
        string s => s,
        BigInteger n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static FrozenDictionary<string, ErrorABI> LoadErrors()
    {
        var errors = new Dictionary<string, ErrorABI>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(CivicTokenDeployment).Assembly.GetTypes())
        {
            // The generated "…ErrorBase" classes carry the [Error] attribute; skip their empty subclasses.
            if (type.GetCustomAttribute<ErrorAttribute>(inherit: false) is null)
            {
                continue;
            }
            var abi = ABITypedRegistry.GetError(type);
            errors.TryAdd("0x" + abi.Sha3Signature.ToLowerInvariant().Replace("0x", "", StringComparison.Ordinal), abi);
        }
        return errors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
