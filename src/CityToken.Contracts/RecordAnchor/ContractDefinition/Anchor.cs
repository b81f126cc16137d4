using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.RecordAnchor.ContractDefinition
{
    public partial class Anchor : AnchorBase { }

    public class AnchorBase 
    {
        [Parameter("uint64", "blockNumber", 1)]
        public virtual ulong BlockNumber { get; set; }
        [Parameter("uint64", "timestamp", 2)]
        public virtual ulong Timestamp { get; set; }
        [Parameter("uint128", "count", 3)]
        public virtual BigInteger Count { get; set; }
    }
}
