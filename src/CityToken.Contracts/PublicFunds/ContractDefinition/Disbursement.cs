using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.PublicFunds.ContractDefinition
{
    public partial class Disbursement : DisbursementBase { }

    public class DisbursementBase 
    {
        [Parameter("uint256", "projectId", 1)]
        public virtual BigInteger ProjectId { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("address", "payee", 3)]
        public virtual string Payee { get; set; }
        [Parameter("uint8", "category", 4)]
        public virtual byte Category { get; set; }
        [Parameter("uint8", "status", 5)]
        public virtual byte Status { get; set; }
        [Parameter("bytes32", "documentHash", 6)]
        public virtual byte[] DocumentHash { get; set; }
        [Parameter("bytes32", "proposer", 7)]
        public virtual byte[] Proposer { get; set; }
        [Parameter("bytes32", "decider", 8)]
        public virtual byte[] Decider { get; set; }
    }
}
