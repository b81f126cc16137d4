using System.Reflection;
using NetArchTest.Rules;

namespace CityToken.Tests.Architecture;

/// <summary>
/// Keeps the direction of dependencies in the service: Web (pages) → features → Chain, Indexing, Storage and the
/// shared primitives, never back. A lower layer that needs a feature's behaviour declares an interface the feature
/// implements (an event projection, a health contributor) and gets it from dependency injection.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "CityToken.Api";

    /// <summary>The layer under the features: the chain, the indexer, storage and the primitives they share.</summary>
    private static readonly string[] Foundation = ["Chain", "Indexing", "Storage", "Ethereum", "Hosting", "KeyRing"];

    /// <summary>One folder per feature (a feature may use another feature, and the foundation).</summary>
    private static readonly string[] Features =
        ["Anchoring", "Audit", "Auth", "Ballots", "Credentials", "Devices", "Funds", "Grants", "Health", "Identity", "Redemptions", "Rewards", "TokenReadModel"];

    private static readonly Assembly Service = typeof(Program).Assembly;

    [Test]
    public void EveryNamespaceOfTheServiceHasALayer()
    {
        var known = Foundation.Concat(Features).Append("Web").Select(n => $"{Root}.{n}").ToArray();
        var unplaced = Service.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(Root + ".", StringComparison.Ordinal)
                && !known.Any(k => ns == k || ns.StartsWith(k + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .Distinct()
            .ToList();
        Assert.That(unplaced, Is.Empty, "A new folder must be placed in a layer here (foundation, feature or Web).");
    }

    [TestCaseSource(nameof(Foundation))]
    public void TheFoundationUsesNoFeatureAndNoPage(string layer)
    {
        var result = Types.InAssembly(Service)
            .That().ResideInNamespace($"{Root}.{layer}")
            .ShouldNot().HaveDependencyOnAny([.. Features.Append("Web").Select(n => $"{Root}.{n}")])
            .GetResult();
        Assert.That(Failing(result), Is.Empty, $"{layer} must not depend on a feature or on Web.");
    }

    [TestCaseSource(nameof(Features))]
    public void NoFeatureUsesThePages(string feature)
    {
        var result = Types.InAssembly(Service)
            .That().ResideInNamespace($"{Root}.{feature}")
            .ShouldNot().HaveDependencyOn($"{Root}.Web")
            .GetResult();
        Assert.That(Failing(result), Is.Empty, $"{feature} must not depend on Web.");
    }

    [Test]
    public void PagesCallServicesNotFakeRequests()
    {
        var result = Types.InAssembly(Service)
            .That().ResideInNamespace($"{Root}.Web")
            .ShouldNot().HaveDependencyOn("Microsoft.AspNetCore.Http.DefaultHttpContext")
            .GetResult();
        Assert.That(Failing(result), Is.Empty, "A page calls the feature service the endpoint calls, not the endpoint through a made-up request.");
    }

    private static IEnumerable<string> Failing(TestResult result) => result.FailingTypes?.Select(t => t.FullName ?? t.Name) ?? [];
}
