namespace CityToken.Tests.Auth;

/// <summary>String lists for expectations and bodies (a params array, which CA1861 does not flag as a constant array).</summary>
internal static class Strings
{
    public static string[] Of(params string[] items) => items;
}
