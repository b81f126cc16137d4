using CityToken.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace CityToken.Tests.Hosting;

public sealed class LoopbackOnlyTests
{
    [TestCase("http://127.0.0.1:5080", true)]
    [TestCase("http://localhost:5080", true)]
    [TestCase("http://[::1]:5080", true)]
    [TestCase("http://0.0.0.0:5080", false)]
    [TestCase("http://*:5080", false)]
    [TestCase("http://+:5080", false)]
    [TestCase("http://192.168.1.10:5080", false)]
    public void OnlyLoopbackUrlsAreAccepted(string url, bool accepted) =>
        Assert.That(LoopbackOnly.IsLoopback(url), Is.EqualTo(accepted));

    [Test]
    public void AWildcardUrlStopsTheServiceAtStart()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["urls"] = "http://127.0.0.1:5080;http://0.0.0.0:5081";
        var error = Assert.Throws<InvalidOperationException>(() => builder.RequireLoopbackUrls());
        Assert.That(error!.Message, Does.Contain("0.0.0.0:5081").And.Contain(LoopbackOnly.AllowSetting));
    }

    [Test]
    public void AnOperatorMayChooseAnotherAddressExplicitly()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["urls"] = "http://0.0.0.0:5081";
        builder.Configuration[LoopbackOnly.AllowSetting] = "true";
        Assert.DoesNotThrow(() => builder.RequireLoopbackUrls());
        Assert.That(builder.Services.Any(s => s.ServiceType == typeof(IHostedService)), Is.True, "the choice is logged at every start");
    }

    [Test]
    public void TheSettingMustBeTrueNotJustPresent()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["urls"] = "http://0.0.0.0:5081";
        builder.Configuration[LoopbackOnly.AllowSetting] = "false";
        Assert.Throws<InvalidOperationException>(() => builder.RequireLoopbackUrls());
    }
}
