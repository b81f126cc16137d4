using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.RewardCatalog.ContractDefinition
{
    public partial class PermitSignature : PermitSignatureBase { }

    public class PermitSignatureBase 
    {
        [Parameter("uint8", "v", 1)]
        public virtual byte V { get; set; }
        [Parameter("bytes32", "r", 2)]
        public virtual byte[] R { get; set; }
        [Parameter("bytes32", "s", 3)]
        public virtual byte[] S { get; set; }
    }
}
