using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace CityToken.Contracts.EthereumDIDRegistry.ContractDefinition
{


    public partial class EthereumDIDRegistryDeployment : EthereumDIDRegistryDeploymentBase
    {
        public EthereumDIDRegistryDeployment() : base(BYTECODE) { }
        public EthereumDIDRegistryDeployment(string byteCode) : base(byteCode) { }
    }

    public class EthereumDIDRegistryDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "6080604052348015600e575f5ffd5b506112288061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c806380b29f7c11610093578063a7068d6611610063578063a7068d661461025d578063e476af5c14610270578063f00d4b5d14610283578063f96d0f9f14610296575f5ffd5b806380b29f7c146102115780638733d4e81461022457806393072684146102375780639c2c1b2b1461024a575f5ffd5b8063240cf1fa116100ce578063240cf1fa146101a9578063622b2a3c146101bc57806370ae92d2146101df5780637ad4b0a4146101fe575f5ffd5b8062c023da146100fe578063022914a7146101135780630d44625b14610158578063123b5e9814610196575b5f5ffd5b61011161010c366004610ccc565b6102b5565b005b61013b610121366004610d22565b5f602081905290815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b610188610166366004610d3b565b600160209081525f938452604080852082529284528284209052825290205481565b60405190815260200161014f565b6101116101a4366004610d84565b6102d1565b6101116101b7366004610e07565b61035f565b6101cf6101ca366004610d3b565b610428565b604051901515815260200161014f565b6101886101ed366004610d22565b60036020525f908152604090205481565b61011161020c366004610e5a565b610484565b61011161021f366004610d3b565b6104a2565b61013b610232366004610d22565b6104bc565b610111610245366004610eb7565b6104ed565b610111610258366004610f12565b6105c2565b61011161026b366004610f7a565b6106a1565b61011161027e366004610fbb565b6106b7565b610111610291366004611037565b610737565b6101886102a4366004610d22565b60026020525f908152604090205481565b6102bf843361074f565b6102cb848484846107a1565b50505050565b5f601960f81b81306003826102e58e6104bc565b6001600160a01b03166001600160a01b031681526020019081526020015f20548c8989898960405160200161032299989796959493929190611068565b60405160208183030381529060405280519060200120905061034789898989856107fd565b61035489868686866108b4565b505050505050505050565b5f601960f81b81306003826103738b6104bc565b6001600160a01b0316815260208082019290925260409081015f205481516001600160f81b0319968716818501529490951660218501526001600160601b0319606093841b8116602286015260368501959095528a831b851660568501526a31b430b733b2a7bbb732b960a91b606a8501529186901b909316607583015280516069818403018152608990920190528051910120905061041686868686856107fd565b610420868361091e565b505050505050565b6001600160a01b0383165f90815260016020526040812042908261044b866109a4565b81526020019081526020015f205f846001600160a01b03166001600160a01b031681526020019081526020015f20541190509392505050565b61048e853361074f565b61049b85858585856108b4565b5050505050565b6104ac833361074f565b6104b78383836109d5565b505050565b6001600160a01b038082165f9081526020819052604081205490911680156104e457806104e6565b825b9392505050565b5f601960f81b81306003826105018c6104bc565b6001600160a01b0316815260208082019290925260409081015f205481516001600160f81b0319968716818501529490951660218501526001600160601b0319606093841b8116602286015260368501959095528b831b851660568501526d7265766f6b6544656c656761746560901b606a850152607884018890529186901b90931660988301528051608c81840301815260ac9092019052805191012090506105ae87878787856107fd565b6105b98784846109d5565b50505050505050565b5f601960f81b81306003826105d68d6104bc565b6001600160a01b0316815260208082019290925260409081015f205490516001600160f81b031995861692810192909252929093166021840152606090811b6001600160601b0319908116602285015260368401929092528a811b821660568401526a61646444656c656761746560a81b606a8401526075830187905285901b16609582015260a9810183905260c90160405160208183030381529060405280519060200120905061068b88888888856107fd565b61069788858585610a85565b5050505050505050565b6106ab843361074f565b6102cb84848484610a85565b5f601960f81b81306003826106cb8d6104bc565b6001600160a01b03166001600160a01b031681526020019081526020015f20548b8888886040516020016107069897969594939291906110db565b60405160208183030381529060405280519060200120905061072b88888888856107fd565b610697888585856107a1565b610741823361074f565b61074b828261091e565b5050565b610758826104bc565b6001600160a01b0316816001600160a01b03161461074b57604051631f84c49b60e01b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b5f6107ab85610b46565b9050846001600160a01b03167f18ab6b2ae3d64306c00ce663125f2bd680e441a098de1635bd7ad8b0d44965e48585855f866040516107ee959493929190611177565b60405180910390a25050505050565b5f5f61080b83878787610b65565b5090925090505f816003811115610824576108246111a4565b1461084257604051631a136f4b60e01b815260040160405180910390fd5b61084b876104bc565b6001600160a01b0316826001600160a01b03161461088f576040516307d762ad60e31b81526001600160a01b03808916600483015283166024820152604401610798565b506001600160a01b03165f908152600360205260409020805460010190555050505050565b5f6108be82610c2d565b90505f6108ca87610b46565b9050866001600160a01b03167f18ab6b2ae3d64306c00ce663125f2bd680e441a098de1635bd7ad8b0d44965e4878787868660405161090d959493929190611177565b60405180910390a250505050505050565b6001600160a01b038281165f90815260208190526040812080546001600160a01b0319169284169290921790915561095583610b46565b604080516001600160a01b03858116825260208201849052929350918516917f38a5a6e68f30ed1ab45860a4afb34bcb2fc00f22ca462d249b8a8d40cda6f7a3910160405180910390a2505050565b5f816040516020016109b891815260200190565b604051602081830303815290604052805190602001209050919050565b6001600160a01b0383165f90815260016020526040812042916109f7856109a4565b815260208082019290925260409081015f9081206001600160a01b0386168252909252812091909155610a2984610b46565b604080518581526001600160a01b0385811660208301524282840152606082018490529151929350908616917f5a5084339536bcab65f20799fcc58724588145ca054bd2be626174b27ba156f79181900360800190a250505050565b5f610a8f82610c2d565b6001600160a01b0386165f908152600160205260408120919250829190610ab5876109a4565b815260208082019290925260409081015f9081206001600160a01b0388168252909252812091909155610ae786610b46565b604080518781526001600160a01b038781166020830152918101859052606081018390529192508716907f5a5084339536bcab65f20799fcc58724588145ca054bd2be626174b27ba156f79060800160405180910390a2505050505050565b6001600160a01b03165f90815260026020526040902080544390915590565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610b9e57505f91506003905082610c23565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610bef573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610c1a57505f925060019150829050610c23565b92505f91508190505b9450945094915050565b5f610c39425f196111cc565b821115610c5c5760405163349c7fc960e21b815260048101839052602401610798565b610c6682426111df565b92915050565b80356001600160a01b0381168114610c82575f5ffd5b919050565b5f5f83601f840112610c97575f5ffd5b50813567ffffffffffffffff811115610cae575f5ffd5b602083019150836020828501011115610cc5575f5ffd5b9250929050565b5f5f5f5f60608587031215610cdf575f5ffd5b610ce885610c6c565b935060208501359250604085013567ffffffffffffffff811115610d0a575f5ffd5b610d1687828801610c87565b95989497509550505050565b5f60208284031215610d32575f5ffd5b6104e682610c6c565b5f5f5f60608486031215610d4d575f5ffd5b610d5684610c6c565b925060208401359150610d6b60408501610c6c565b90509250925092565b803560ff81168114610c82575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215610d9b575f5ffd5b610da489610c6c565b9750610db260208a01610d74565b965060408901359550606089013594506080890135935060a089013567ffffffffffffffff811115610de2575f5ffd5b610dee8b828c01610c87565b999c989b50969995989497949560c00135949350505050565b5f5f5f5f5f60a08688031215610e1b575f5ffd5b610e2486610c6c565b9450610e3260208701610d74565b93506040860135925060608601359150610e4e60808701610c6c565b90509295509295909350565b5f5f5f5f5f60808688031215610e6e575f5ffd5b610e7786610c6c565b945060208601359350604086013567ffffffffffffffff811115610e99575f5ffd5b610ea588828901610c87565b96999598509660600135949350505050565b5f5f5f5f5f5f60c08789031215610ecc575f5ffd5b610ed587610c6c565b9550610ee360208801610d74565b9450604087013593506060870135925060808701359150610f0660a08801610c6c565b90509295509295509295565b5f5f5f5f5f5f5f60e0888a031215610f28575f5ffd5b610f3188610c6c565b9650610f3f60208901610d74565b9550604088013594506060880135935060808801359250610f6260a08901610c6c565b96999598509396929591949193505060c09091013590565b5f5f5f5f60808587031215610f8d575f5ffd5b610f9685610c6c565b935060208501359250610fab60408601610c6c565b9396929550929360600135925050565b5f5f5f5f5f5f5f60c0888a031215610fd1575f5ffd5b610fda88610c6c565b9650610fe860208901610d74565b955060408801359450606088013593506080880135925060a088013567ffffffffffffffff811115611018575f5ffd5b6110248a828b01610c87565b989b979a50959850939692959293505050565b5f5f60408385031215611048575f5ffd5b61105183610c6c565b915061105f60208401610c6c565b90509250929050565b6001600160f81b03198a81168252891660018201526001600160601b0319606089811b821660028401526016830189905287901b1660368201526b73657441747472696275746560a01b604a82015260568101859052828460768301376076920191820152609601979650505050505050565b6001600160f81b03198981168252881660018201526001600160601b0319606088811b821660028401526016830188905286901b1660368201526e7265766f6b6541747472696275746560881b604a82015260598101849052818360798301375f9101607901908152979650505050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b858152608060208201525f61119060808301868861114f565b604083019490945250606001529392505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c6657610c666111b8565b80820180821115610c6657610c666111b856fea2646970667358221220d9004d8898b4c83aaaceb63ebbd24e9a2dda9d167f3aca1f2b04ff4330511eb364736f6c634300081c0033";
        public EthereumDIDRegistryDeploymentBase() : base(BYTECODE) { }
        public EthereumDIDRegistryDeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class AddDelegateFunction : AddDelegateFunctionBase { }

    [Function("addDelegate")]
    public class AddDelegateFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "delegateType", 2)]
        public virtual byte[] DelegateType { get; set; }
        [Parameter("address", "delegate", 3)]
        public virtual string Delegate { get; set; }
        [Parameter("uint256", "validity", 4)]
        public virtual BigInteger Validity { get; set; }
    }

    public partial class AddDelegateSignedFunction : AddDelegateSignedFunctionBase { }

    [Function("addDelegateSigned")]
    public class AddDelegateSignedFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("uint8", "sigV", 2)]
        public virtual byte SigV { get; set; }
        [Parameter("bytes32", "sigR", 3)]
        public virtual byte[] SigR { get; set; }
        [Parameter("bytes32", "sigS", 4)]
        public virtual byte[] SigS { get; set; }
        [Parameter("bytes32", "delegateType", 5)]
        public virtual byte[] DelegateType { get; set; }
        [Parameter("address", "delegate", 6)]
        public virtual string Delegate { get; set; }
        [Parameter("uint256", "validity", 7)]
        public virtual BigInteger Validity { get; set; }
    }

    public partial class ChangeOwnerFunction : ChangeOwnerFunctionBase { }

    [Function("changeOwner")]
    public class ChangeOwnerFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("address", "newOwner", 2)]
        public virtual string NewOwner { get; set; }
    }

    public partial class ChangeOwnerSignedFunction : ChangeOwnerSignedFunctionBase { }

    [Function("changeOwnerSigned")]
    public class ChangeOwnerSignedFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("uint8", "sigV", 2)]
        public virtual byte SigV { get; set; }
        [Parameter("bytes32", "sigR", 3)]
        public virtual byte[] SigR { get; set; }
        [Parameter("bytes32", "sigS", 4)]
        public virtual byte[] SigS { get; set; }
        [Parameter("address", "newOwner", 5)]
        public virtual string NewOwner { get; set; }
    }

    public partial class ChangedFunction : ChangedFunctionBase { }

    [Function("changed", "uint256")]
    public class ChangedFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
    }

    public partial class DelegatesFunction : DelegatesFunctionBase { }

    [Function("delegates", "uint256")]
    public class DelegatesFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "delegateTypeHash", 2)]
        public virtual byte[] DelegateTypeHash { get; set; }
        [Parameter("address", "delegate", 3)]
        public virtual string Delegate { get; set; }
    }

    public partial class IdentityOwnerFunction : IdentityOwnerFunctionBase { }

    [Function("identityOwner", "address")]
    public class IdentityOwnerFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
    }

    public partial class NonceFunction : NonceFunctionBase { }

    [Function("nonce", "uint256")]
    public class NonceFunctionBase : FunctionMessage
    {
        [Parameter("address", "signer", 1)]
        public virtual string Signer { get; set; }
    }

    public partial class OwnersFunction : OwnersFunctionBase { }

    [Function("owners", "address")]
    public class OwnersFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
    }

    public partial class RevokeAttributeFunction : RevokeAttributeFunctionBase { }

    [Function("revokeAttribute")]
    public class RevokeAttributeFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "name", 2)]
        public virtual byte[] Name { get; set; }
        [Parameter("bytes", "value", 3)]
        public virtual byte[] Value { get; set; }
    }

    public partial class RevokeAttributeSignedFunction : RevokeAttributeSignedFunctionBase { }

    [Function("revokeAttributeSigned")]
    public class RevokeAttributeSignedFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("uint8", "sigV", 2)]
        public virtual byte SigV { get; set; }
        [Parameter("bytes32", "sigR", 3)]
        public virtual byte[] SigR { get; set; }
        [Parameter("bytes32", "sigS", 4)]
        public virtual byte[] SigS { get; set; }
        [Parameter("bytes32", "name", 5)]
        public virtual byte[] Name { get; set; }
        [Parameter("bytes", "value", 6)]
        public virtual byte[] Value { get; set; }
    }

    public partial class RevokeDelegateFunction : RevokeDelegateFunctionBase { }

    [Function("revokeDelegate")]
    public class RevokeDelegateFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "delegateType", 2)]
        public virtual byte[] DelegateType { get; set; }
        [Parameter("address", "delegate", 3)]
        public virtual string Delegate { get; set; }
    }

    public partial class RevokeDelegateSignedFunction : RevokeDelegateSignedFunctionBase { }

    [Function("revokeDelegateSigned")]
    public class RevokeDelegateSignedFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("uint8", "sigV", 2)]
        public virtual byte SigV { get; set; }
        [Parameter("bytes32", "sigR", 3)]
        public virtual byte[] SigR { get; set; }
        [Parameter("bytes32", "sigS", 4)]
        public virtual byte[] SigS { get; set; }
        [Parameter("bytes32", "delegateType", 5)]
        public virtual byte[] DelegateType { get; set; }
        [Parameter("address", "delegate", 6)]
        public virtual string Delegate { get; set; }
    }

    public partial class SetAttributeFunction : SetAttributeFunctionBase { }

    [Function("setAttribute")]
    public class SetAttributeFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "name", 2)]
        public virtual byte[] Name { get; set; }
        [Parameter("bytes", "value", 3)]
        public virtual byte[] Value { get; set; }
        [Parameter("uint256", "validity", 4)]
        public virtual BigInteger Validity { get; set; }
    }

    public partial class SetAttributeSignedFunction : SetAttributeSignedFunctionBase { }

    [Function("setAttributeSigned")]
    public class SetAttributeSignedFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("uint8", "sigV", 2)]
        public virtual byte SigV { get; set; }
        [Parameter("bytes32", "sigR", 3)]
        public virtual byte[] SigR { get; set; }
        [Parameter("bytes32", "sigS", 4)]
        public virtual byte[] SigS { get; set; }
        [Parameter("bytes32", "name", 5)]
        public virtual byte[] Name { get; set; }
        [Parameter("bytes", "value", 6)]
        public virtual byte[] Value { get; set; }
        [Parameter("uint256", "validity", 7)]
        public virtual BigInteger Validity { get; set; }
    }

    public partial class ValidDelegateFunction : ValidDelegateFunctionBase { }

    [Function("validDelegate", "bool")]
    public class ValidDelegateFunctionBase : FunctionMessage
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "delegateType", 2)]
        public virtual byte[] DelegateType { get; set; }
        [Parameter("address", "delegate", 3)]
        public virtual string Delegate { get; set; }
    }

    public partial class DIDAttributeChangedEventDTO : DIDAttributeChangedEventDTOBase { }

    [Event("DIDAttributeChanged")]
    public class DIDAttributeChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "identity", 1, true )]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "name", 2, false )]
        public virtual byte[] Name { get; set; }
        [Parameter("bytes", "value", 3, false )]
        public virtual byte[] Value { get; set; }
        [Parameter("uint256", "validTo", 4, false )]
        public virtual BigInteger ValidTo { get; set; }
        [Parameter("uint256", "previousChange", 5, false )]
        public virtual BigInteger PreviousChange { get; set; }
    }

    public partial class DIDDelegateChangedEventDTO : DIDDelegateChangedEventDTOBase { }

    [Event("DIDDelegateChanged")]
    public class DIDDelegateChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "identity", 1, true )]
        public virtual string Identity { get; set; }
        [Parameter("bytes32", "delegateType", 2, false )]
        public virtual byte[] DelegateType { get; set; }
        [Parameter("address", "delegate", 3, false )]
        public virtual string Delegate { get; set; }
        [Parameter("uint256", "validTo", 4, false )]
        public virtual BigInteger ValidTo { get; set; }
        [Parameter("uint256", "previousChange", 5, false )]
        public virtual BigInteger PreviousChange { get; set; }
    }

    public partial class DIDOwnerChangedEventDTO : DIDOwnerChangedEventDTOBase { }

    [Event("DIDOwnerChanged")]
    public class DIDOwnerChangedEventDTOBase : IEventDTO
    {
        [Parameter("address", "identity", 1, true )]
        public virtual string Identity { get; set; }
        [Parameter("address", "owner", 2, false )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "previousChange", 3, false )]
        public virtual BigInteger PreviousChange { get; set; }
    }

    public partial class EthereumDIDRegistryInvalidSignatureError : EthereumDIDRegistryInvalidSignatureErrorBase { }
    [Error("EthereumDIDRegistryInvalidSignature")]
    public class EthereumDIDRegistryInvalidSignatureErrorBase : IErrorDTO
    {
    }

    public partial class EthereumDIDRegistryUnauthorizedActorError : EthereumDIDRegistryUnauthorizedActorErrorBase { }

    [Error("EthereumDIDRegistryUnauthorizedActor")]
    public class EthereumDIDRegistryUnauthorizedActorErrorBase : IErrorDTO
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("address", "actor", 2)]
        public virtual string Actor { get; set; }
    }

    public partial class EthereumDIDRegistryUnauthorizedSignerError : EthereumDIDRegistryUnauthorizedSignerErrorBase { }

    [Error("EthereumDIDRegistryUnauthorizedSigner")]
    public class EthereumDIDRegistryUnauthorizedSignerErrorBase : IErrorDTO
    {
        [Parameter("address", "identity", 1)]
        public virtual string Identity { get; set; }
        [Parameter("address", "signer", 2)]
        public virtual string Signer { get; set; }
    }

    public partial class EthereumDIDRegistryValidityOverflowError : EthereumDIDRegistryValidityOverflowErrorBase { }

    [Error("EthereumDIDRegistryValidityOverflow")]
    public class EthereumDIDRegistryValidityOverflowErrorBase : IErrorDTO
    {
        [Parameter("uint256", "validity", 1)]
        public virtual BigInteger Validity { get; set; }
    }









    public partial class ChangedOutputDTO : ChangedOutputDTOBase { }

    [FunctionOutput]
    public class ChangedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "blockNumber", 1)]
        public virtual BigInteger BlockNumber { get; set; }
    }

    public partial class DelegatesOutputDTO : DelegatesOutputDTOBase { }

    [FunctionOutput]
    public class DelegatesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "validTo", 1)]
        public virtual BigInteger ValidTo { get; set; }
    }

    public partial class IdentityOwnerOutputDTO : IdentityOwnerOutputDTOBase { }

    [FunctionOutput]
    public class IdentityOwnerOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class NonceOutputDTO : NonceOutputDTOBase { }

    [FunctionOutput]
    public class NonceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "count", 1)]
        public virtual BigInteger Count { get; set; }
    }

    public partial class OwnersOutputDTO : OwnersOutputDTOBase { }

    [FunctionOutput]
    public class OwnersOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }













    public partial class ValidDelegateOutputDTO : ValidDelegateOutputDTOBase { }

    [FunctionOutput]
    public class ValidDelegateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }
}
