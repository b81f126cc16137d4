using CityToken.Api.Chain;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests;

/// <summary>One deployed Hardhat node shared by the tests that do not need a chain of their own.</summary>
[SetUpFixture]
internal sealed class SharedChain
{
    private static HardhatNode? _node;
    private static DeploymentManifest? _manifest;

    public static HardhatNode Node => _node ?? throw new InvalidOperationException("shared chain not started");

    public static DeploymentManifest Manifest => _manifest ?? throw new InvalidOperationException("shared chain not deployed");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _node = await HardhatNode.StartAsync();
        _manifest = await _node.DeployAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }
}
