using System.Net;
using System.Net.Sockets;

namespace CityToken.Tests.Infrastructure;

internal static class LoopbackPort
{
    /// <summary>A port on 127.0.0.1 that was free a moment ago (callers retry if another process takes it first).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
