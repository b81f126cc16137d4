namespace CityToken.Api.TokenReadModel;

/// <summary>The token's decimals and symbol, read once per deployment (they never change).</summary>
public sealed class TokenMetadata(ChainGateway chain)
{
    private volatile Snapshot? _cached;

    public async Task<(int Decimals, string Symbol)> GetAsync()
    {
        var token = chain.CivicToken;
        if (_cached is not { } hit || hit.Address != token.ContractAddress)
        {
            // Two concurrent first reads both query the chain; both get the same answer.
            hit = new Snapshot(token.ContractAddress, await token.DecimalsQueryAsync(), await token.SymbolQueryAsync());
            _cached = hit;
        }
        return (hit.Decimals, hit.Symbol);
    }

    private sealed record Snapshot(string Address, int Decimals, string Symbol);
}
