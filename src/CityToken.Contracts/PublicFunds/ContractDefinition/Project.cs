using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.PublicFunds.ContractDefinition
{
    public partial class Project : ProjectBase { }

    public class ProjectBase 
    {
        [Parameter("uint256", "budget", 1)]
        public virtual BigInteger Budget { get; set; }
        [Parameter("uint256", "spent", 2)]
        public virtual BigInteger Spent { get; set; }
        [Parameter("bytes3", "currency", 3)]
        public virtual byte[] Currency { get; set; }
        [Parameter("bytes32", "metadataHash", 4)]
        public virtual byte[] MetadataHash { get; set; }
        [Parameter("string", "department", 5)]
        public virtual string Department { get; set; }
    }
}
