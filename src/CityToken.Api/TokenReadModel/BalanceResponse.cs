namespace CityToken.Api.TokenReadModel;

/// <summary>A resident's token balance. <see cref="Balance"/> is in base units, as a decimal string.</summary>
public sealed record BalanceResponse(string Address, string Balance, int Decimals, string Symbol);
