namespace CityToken.Api.Chain;

/// <summary>
/// Reads the deployment manifest for the configured chain, re-reading it only when the file changes
/// (a redeploy writes a new one while the service may keep running).
/// </summary>
public sealed class DeploymentManifestStore(IOptions<ChainOptions> options, IHostEnvironment environment)
{
    private readonly Lock _gate = new();
    private (DateTime WrittenAt, DeploymentManifest Manifest)? _cached;

    /// <summary>Absolute path of the manifest file for the configured chain id.</summary>
    public string ManifestPath { get; } = Path.GetFullPath(
        Path.Combine(environment.ContentRootPath, options.Value.DeploymentsDirectory, $"{options.Value.ChainId}.json"));

    /// <summary>The current manifest; throws <see cref="DeploymentManifestException"/> when there is none.</summary>
    public DeploymentManifest Current
    {
        get
        {
            var info = new FileInfo(ManifestPath);
            if (!info.Exists)
            {
                throw new DeploymentManifestException(
                    $"No deployment manifest at {ManifestPath}: deploy the contracts first (npm run deploy, or ./scripts/start.sh).");
            }
            lock (_gate)
            {
                if (_cached is { } cached && cached.WrittenAt == info.LastWriteTimeUtc)
                {
                    return cached.Manifest;
                }
                var manifest = DeploymentManifest.Parse(File.ReadAllText(ManifestPath), ManifestPath);
                if (manifest.ChainId != options.Value.ChainId)
                {
                    throw new DeploymentManifestException(
                        $"{ManifestPath} is for chain {manifest.ChainId}, but the service is configured for chain {options.Value.ChainId}.");
                }
                _cached = (info.LastWriteTimeUtc, manifest);
                return manifest;
            }
        }
    }
}
