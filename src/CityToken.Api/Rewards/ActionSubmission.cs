using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Rewards;

/// <summary>One action as submitted (REST, CSV row or device event), already well-formed at the door.</summary>
public sealed record ActionSubmission(
    string ExternalId, string Program, string Resident, string Quantity, string? Category,
    DateTimeOffset OccurredAt, string? Evidence, string? DeviceId = null)
{
    /// <summary>SHA-256 over the submitted fields; numbers normalised so "2.50" and 2.5 are the same body.</summary>
    public string Hash()
    {
        var quantity = RewardRule.TryParseQuantity(Quantity, out var q) ? (q / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : Quantity;
        var canonical = string.Join('\u001f', Program, Resident.Trim(), quantity, Category?.Trim().ToLowerInvariant() ?? "",
            OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), Evidence ?? "", DeviceId ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

/// <summary>What intake made of one submission: a new action, a replay of an earlier one, or a conflict with it.</summary>
public enum IntakeKind
{
    /// <summary>A new action was recorded (queued or rejected).</summary>
    Created,

    /// <summary>The same body was seen before under this externalId: the earlier action.</summary>
    Replayed,

    /// <summary>Another body was seen before under this externalId: nothing recorded.</summary>
    Conflict,
}

/// <summary>What intake did with one submission.</summary>
public sealed record IntakeOutcome(IntakeKind Kind, long Id, string Status, string? Reason, string? ReasonDetail);
