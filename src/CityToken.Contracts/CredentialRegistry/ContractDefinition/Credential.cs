using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CityToken.Contracts.CredentialRegistry.ContractDefinition
{
    public partial class Credential : CredentialBase { }

    public class CredentialBase 
    {
        [Parameter("address", "subject", 1)]
        public virtual string Subject { get; set; }
        [Parameter("uint64", "issuedAt", 2)]
        public virtual ulong IssuedAt { get; set; }
        [Parameter("address", "issuer", 3)]
        public virtual string Issuer { get; set; }
        [Parameter("uint64", "expiresAt", 4)]
        public virtual ulong ExpiresAt { get; set; }
        [Parameter("uint64", "revokedAt", 5)]
        public virtual ulong RevokedAt { get; set; }
        [Parameter("bool", "revoked", 6)]
        public virtual bool Revoked { get; set; }
        [Parameter("uint8", "revocationReason", 7)]
        public virtual byte RevocationReason { get; set; }
        [Parameter("bytes32", "credentialType", 8)]
        public virtual byte[] CredentialType { get; set; }
        [Parameter("bytes32", "personKey", 9)]
        public virtual byte[] PersonKey { get; set; }
        [Parameter("bytes32", "dataHash", 10)]
        public virtual byte[] DataHash { get; set; }
        [Parameter("string", "uri", 11)]
        public virtual string Uri { get; set; }
    }
}
