namespace CityToken.Api.Hosting;

public static class ValidatedOptions
{
    /// <summary>
    /// Options of type <typeparamref name="T"/> bound from configuration section <paramref name="section"/>, checked by
    /// their data annotations when the service starts (a bad setting stops the start, with its name, instead of failing
    /// later). Add rules the annotations cannot say with <c>.Validate(...)</c> on the result.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IHostApplicationBuilder builder, string section) where T : class =>
        builder.Services.AddOptions<T>()
            .Bind(builder.Configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
