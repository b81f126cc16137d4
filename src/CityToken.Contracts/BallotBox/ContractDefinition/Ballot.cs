using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.BallotBox.ContractDefinition
{
    public partial class Ballot : BallotBase { }

    public class BallotBase 
    {
        [Parameter("bytes32", "metadataHash", 1)]
        public virtual byte[] MetadataHash { get; set; }
        [Parameter("bytes32", "credentialType", 2)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("uint64", "start", 3)]
        public virtual ulong Start { get; set; }
        [Parameter("uint64", "end", 4)]
        public virtual ulong End { get; set; }
        [Parameter("uint8", "optionCount", 5)]
        public virtual byte OptionCount { get; set; }
        [Parameter("bool", "cancelled", 6)]
        public virtual bool Cancelled { get; set; }
        [Parameter("uint256", "quorum", 7)]
        public virtual BigInteger Quorum { get; set; }
        [Parameter("uint256", "turnout", 8)]
        public virtual BigInteger Turnout { get; set; }
        [Parameter("string", "metadataURI", 9)]
        public virtual string MetadataURI { get; set; }
    }
}
