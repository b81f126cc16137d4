using Nethereum.JsonRpc.Client;

namespace CityToken.Api.Chain;

/// <summary>Tells failures of the node (down, slow, unreachable) from bugs.</summary>
public static class ChainErrors
{
    /// <summary>True when <paramref name="exception"/> means the chain could not be reached or did not answer in time.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RpcClientTimeoutException or RpcClientUnknownException or HttpRequestException => true,
        TaskCanceledException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    /// <summary>A short, user-facing reason for an unavailable chain.</summary>
    public static string Describe(Exception exception, string rpcUrl) => exception switch
    {
        RpcClientTimeoutException or TaskCanceledException or TimeoutException =>
            $"The chain at {rpcUrl} did not answer in time.",
        _ => $"The chain at {rpcUrl} is unreachable ({Innermost(exception).Message}).",
    };

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}
