namespace CityToken.Tests.Infrastructure;

/// <summary>Locations in the repository the tests drive (the Hardhat toolchain, the deploy script).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>node_modules/.bin: holds Node 22 (npm package `node`) and hardhat; must come first on PATH.</summary>
    public static string NodeBin => Path.Combine(Root, "node_modules", ".bin");

    public static string Hardhat => Path.Combine(NodeBin, "hardhat");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityToken.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (CityToken.sln) above " + AppContext.BaseDirectory);
    }
}
