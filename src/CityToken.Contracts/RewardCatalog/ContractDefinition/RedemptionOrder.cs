using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.RewardCatalog.ContractDefinition
{
    public partial class RedemptionOrder : RedemptionOrderBase { }

    public class RedemptionOrderBase 
    {
        [Parameter("address", "resident", 1)]
        public virtual string Resident { get; set; }
        [Parameter("uint256", "rewardId", 2)]
        public virtual BigInteger RewardId { get; set; }
        [Parameter("uint256", "quantity", 3)]
        public virtual BigInteger Quantity { get; set; }
        [Parameter("uint256", "price", 4)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "deadline", 5)]
        public virtual BigInteger Deadline { get; set; }
    }
}
