using CityToken.Contracts.RecordAnchor.ContractDefinition;

namespace CityToken.Api.Anchoring;

/// <summary>Anchored roots (<see cref="AnchoredRoot"/>) from RecordAnchor's Anchored events: a record's proof names its block and time.</summary>
public sealed class AnchorProjection : AppendOnlyProjection<AnchoredRoot>
{
    public override IReadOnlyCollection<string> Contracts { get; } = [ContractNames.RecordAnchor];

    public override IReadOnlyCollection<EventDecoder> Events { get; } = [EventDecoder.For<AnchoredEventDTO>()];

    protected override AnchoredRoot? RowOf(IndexedLog log) =>
        log.TryGet<AnchoredEventDTO>(out var anchored)
            ? new AnchoredRoot { Root = Hex.Of(anchored.Root), Count = Uint256.Format(anchored.Count) }
            : null;
}
