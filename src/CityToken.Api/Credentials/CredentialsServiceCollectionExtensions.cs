using CityToken.Api.Credentials.Verifiable;

namespace CityToken.Api.Credentials;

public static class CredentialsServiceCollectionExtensions
{
    /// <summary>Credential options (the person-key secret is required and checked at start), types, person keys, the credential service and its projection.</summary>
    public static IHostApplicationBuilder AddCredentials(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<CredentialsOptions>(CredentialsOptions.Section);
        builder.Services.AddSingleton<CredentialTypes>();
        builder.Services.AddSingleton<PersonKeyDeriver>();
        builder.Services.AddScoped<CredentialService>();
        builder.Services.AddSingleton<IEventProjection, CredentialProjection>();
        // Verifiable Credentials and Presentations: the city's issuer key, signed documents, challenges, the verifier.
        builder.Services.AddSingleton<CityIssuer>();
        builder.Services.AddScoped<CredentialDocuments>();
        builder.Services.AddScoped<PresentationChallenges>();
        builder.Services.AddScoped<PresentationVerifier>();
        return builder;
    }
}
