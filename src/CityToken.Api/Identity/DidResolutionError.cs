namespace CityToken.Api.Identity;

/// <summary>A DID resolution error: the spec's error code, a message, and the HTTP status of the HTTP(S) binding.</summary>
public sealed record DidResolutionError(string Code, string Message, int HttpStatus)
{
    public static DidResolutionError InvalidDid(string message) => new("invalidDid", message, StatusCodes.Status400BadRequest);

    public static DidResolutionError InvalidOptions(string message) => new("invalidOptions", message, StatusCodes.Status400BadRequest);

    public static DidResolutionError NotFound(string message) => new("notFound", message, StatusCodes.Status404NotFound);

    public static DidResolutionError MethodNotSupported(string message) => new("methodNotSupported", message, StatusCodes.Status501NotImplemented);

    public static DidResolutionError UnknownNetwork(string message) => new("unknownNetwork", message, StatusCodes.Status400BadRequest);

    public static DidResolutionError RepresentationNotSupported(string message) =>
        new("representationNotSupported", message, StatusCodes.Status406NotAcceptable);

    public static DidResolutionError InternalError(string message) => new("internalError", message, StatusCodes.Status500InternalServerError);
}
