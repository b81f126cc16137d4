using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.RewardCatalog.ContractDefinition
{
    public partial class Reward : RewardBase { }

    public class RewardBase 
    {
        [Parameter("uint256", "price", 1)]
        public virtual BigInteger Price { get; set; }
        [Parameter("address", "merchant", 2)]
        public virtual string Merchant { get; set; }
        [Parameter("uint64", "stock", 3)]
        public virtual ulong Stock { get; set; }
        [Parameter("bool", "active", 4)]
        public virtual bool Active { get; set; }
        [Parameter("string", "uri", 5)]
        public virtual string Uri { get; set; }
    }
}
