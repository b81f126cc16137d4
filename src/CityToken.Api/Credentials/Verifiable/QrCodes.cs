using QRCoder;

namespace CityToken.Api.Credentials.Verifiable;

/// <summary>
/// QR codes as SVG, drawn on the server (QRCoder; nothing from a CDN). Low error correction: the codes are shown on a
/// screen and scanned from it, and low correction is what lets a presentation of a few kilobytes fit in one code.
/// </summary>
public static class QrCodes
{
    /// <summary>The most bytes one code holds at low error correction (version 40, byte mode).</summary>
    public const int MaxBytes = 2_953;

    /// <summary>An SVG QR code of <paramref name="text"/> (UTF-8, at most <see cref="MaxBytes"/> bytes).</summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
